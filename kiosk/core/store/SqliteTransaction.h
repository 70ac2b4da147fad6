#pragma once

#include "kiosk/core/store/SqliteDatabase.h"

namespace kiosk::core {

// BEGIN IMMEDIATE on construction (takes the write lock up front, so a busy store fails at
// the start rather than half-way); rolls back on destruction unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // Whether BEGIN succeeded; check before doing work.
    const Result<void> &begun() const { return begun_; }
    Result<void> commit();

private:
    SqliteDatabase &database_;
    Result<void> begun_;
    bool finished_ = false;
};

} // namespace kiosk::core
