#include "kiosk/core/store/SqliteStatement.h"

#include "kiosk/core/store/SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace kiosk::core {

SqliteStatement::SqliteStatement(sqlite3 *database, sqlite3_stmt *statement)
    : database_(database), statement_(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : database_(other.database_), statement_(std::exchange(other.statement_, nullptr)),
      firstBindError_(other.firstBindError_)
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(statement_);
        database_ = other.database_;
        statement_ = std::exchange(other.statement_, nullptr);
        firstBindError_ = other.firstBindError_;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(statement_);
}

void SqliteStatement::remember(int resultCode)
{
    if (resultCode != SQLITE_OK && firstBindError_ == 0)
        firstBindError_ = resultCode;
}

SqliteStatement &SqliteStatement::bindText(int index, std::string_view text)
{
    remember(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, std::string_view bytes)
{
    // A zero-length blob must still be a blob, not NULL: pass a non-null pointer.
    static const char empty = 0;
    remember(sqlite3_bind_blob64(statement_, index, bytes.empty() ? &empty : bytes.data(), bytes.size(),
                                 SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement &SqliteStatement::bindOptionalBlob(int index, const std::optional<std::string> &bytes)
{
    if (bytes)
        return bindBlob(index, *bytes);
    remember(sqlite3_bind_null(statement_, index));
    return *this;
}

SqliteStatement &SqliteStatement::bindInteger(int index, std::int64_t value)
{
    remember(sqlite3_bind_int64(statement_, index, value));
    return *this;
}

void SqliteStatement::reset()
{
    sqlite3_reset(statement_); // its code repeats the last step's, already reported
    sqlite3_clear_bindings(statement_);
    firstBindError_ = 0;
}

Result<bool> SqliteStatement::step()
{
    if (firstBindError_ != 0)
        return SqliteError::fromCode(firstBindError_);
    const int resultCode = sqlite3_step(statement_);
    if (resultCode == SQLITE_ROW)
        return true;
    if (resultCode == SQLITE_DONE)
        return false;
    return SqliteError::fromCode(resultCode);
}

Result<void> SqliteStatement::run()
{
    auto stepped = step();
    if (!stepped.ok())
        return stepped.error();
    return Result<void>{};
}

std::string SqliteStatement::text(int column) const
{
    const auto *bytes = sqlite3_column_text(statement_, column);
    const int size = sqlite3_column_bytes(statement_, column);
    return bytes ? std::string(reinterpret_cast<const char *>(bytes), static_cast<std::size_t>(size))
                 : std::string();
}

std::string SqliteStatement::blob(int column) const
{
    const void *bytes = sqlite3_column_blob(statement_, column);
    const int size = sqlite3_column_bytes(statement_, column);
    return bytes ? std::string(static_cast<const char *>(bytes), static_cast<std::size_t>(size))
                 : std::string();
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(statement_, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

} // namespace kiosk::core
