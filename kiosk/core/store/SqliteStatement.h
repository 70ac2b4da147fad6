#pragma once

#include "kiosk/core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::core {

// Owns one prepared statement. Bind failures are remembered and reported by step(), so call
// sites read as a straight line of binds followed by one checked step.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *database, sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Parameter indexes are 1-based, as in SQLite.
    SqliteStatement &bindText(int index, std::string_view text);
    SqliteStatement &bindBlob(int index, std::string_view bytes);
    SqliteStatement &bindOptionalBlob(int index, const std::optional<std::string> &bytes);
    SqliteStatement &bindInteger(int index, std::int64_t value);

    // Makes the statement ready to run again with new bindings.
    void reset();

    // true while a row is available, false when done.
    Result<bool> step();
    // For statements that return no rows.
    Result<void> run();

    // Column indexes are 0-based, as in SQLite.
    std::string text(int column) const;
    std::string blob(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    void remember(int resultCode);

    sqlite3 *database_ = nullptr;
    sqlite3_stmt *statement_ = nullptr;
    int firstBindError_ = 0;
};

} // namespace kiosk::core
