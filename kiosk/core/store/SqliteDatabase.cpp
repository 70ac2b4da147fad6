#include "kiosk/core/store/SqliteDatabase.h"

#include "kiosk/core/store/SqliteError.h"

#include <sqlite3.h>

namespace kiosk::core {

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string &path)
{
    sqlite3 *handle = nullptr;
    const int resultCode = sqlite3_open_v2(
        path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    // SQLite hands back a handle even on failure; it must still be closed.
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(handle));
    if (resultCode != SQLITE_OK)
        return SqliteError::fromCode(resultCode);
    sqlite3_extended_result_codes(handle, 1);
    return database;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(handle_);
}

Result<void> SqliteDatabase::execute(std::string_view sql)
{
    const std::string statements(sql);
    const int resultCode = sqlite3_exec(handle_, statements.c_str(), nullptr, nullptr, nullptr);
    if (resultCode != SQLITE_OK)
        return SqliteError::fromCode(resultCode);
    return Result<void>{};
}

Result<SqliteStatement> SqliteDatabase::prepare(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    const int resultCode =
        sqlite3_prepare_v2(handle_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    if (resultCode != SQLITE_OK) {
        sqlite3_finalize(statement);
        return SqliteError::fromCode(resultCode);
    }
    return SqliteStatement(handle_, statement);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(handle_);
}

} // namespace kiosk::core
