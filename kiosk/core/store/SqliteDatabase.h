#pragma once

#include "kiosk/core/Result.h"
#include "kiosk/core/store/SqliteStatement.h"

#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace kiosk::core {

// Owns one SQLite connection (closed on destruction).
class SqliteDatabase
{
public:
    static Result<std::unique_ptr<SqliteDatabase>> open(const std::string &path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs one or more statements that take no parameters (schema, pragmas).
    Result<void> execute(std::string_view sql);
    Result<SqliteStatement> prepare(std::string_view sql);
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;

private:
    explicit SqliteDatabase(sqlite3 *handle) : handle_(handle) {}
    sqlite3 *handle_ = nullptr;
};

} // namespace kiosk::core
