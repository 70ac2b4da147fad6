#pragma once

#include "kiosk/core/store/DraftStore.h"
#include "kiosk/core/store/FilingOutbox.h"
#include "kiosk/core/store/SqliteDatabase.h"

#include <memory>
#include <string>

namespace kiosk::core {

// The terminal's durable local store (SQLite): drafts and the filing outbox in one file.
// open() sets WAL + synchronous=FULL (a save that returned survives kill -9 and power loss),
// foreign keys and a busy timeout, then migrates the schema to the current version.
class LocalStore
{
public:
    static Result<LocalStore> open(const std::string &path);

    DraftStore drafts() { return DraftStore(*database_); }
    FilingOutbox outbox(RetryPolicy policy = {}) { return FilingOutbox(*database_, policy); }

    Result<int> schemaVersion();
    // PRAGMA integrity_check; ok() with true when the file is sound.
    Result<bool> integrityCheck();

    // For diagnostics and tests that need raw access.
    SqliteDatabase &database() { return *database_; }

private:
    explicit LocalStore(std::unique_ptr<SqliteDatabase> database) : database_(std::move(database)) {}

    std::unique_ptr<SqliteDatabase> database_; // heap-held so views survive moving the store
};

} // namespace kiosk::core
