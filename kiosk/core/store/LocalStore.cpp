#include "kiosk/core/store/LocalStore.h"

#include "kiosk/core/store/StoreSchema.h"

namespace kiosk::core {

namespace {

Result<void> enableWal(SqliteDatabase &connection)
{
    // Scoped so the pragma's statement is finalised before any transaction starts.
    auto journal = connection.prepare("PRAGMA journal_mode = WAL");
    if (!journal.ok())
        return journal.error();
    auto mode = journal.value().step();
    if (!mode.ok())
        return mode.error();
    if (journal.value().text(0) != "wal")
        return Rejection{"store.no_wal", "本地存储无法启用预写日志（WAL），请检查存储目录所在的文件系统"};
    return Result<void>{};
}

} // namespace

Result<LocalStore> LocalStore::open(const std::string &path)
{
    auto database = SqliteDatabase::open(path);
    if (!database.ok())
        return database.error();
    auto &connection = *database.value();

    // WAL: readers never block the writer and a commit is one append to the log.
    // synchronous=FULL: the log is fsynced at every commit, so a save that returned survives
    // power loss too (NORMAL would only survive a process crash). See docs/store.md.
    if (auto wal = enableWal(connection); !wal.ok())
        return wal.error();
    if (auto done = connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                       "PRAGMA busy_timeout = 5000;");
        !done.ok())
        return done.error();
    if (auto migrated = StoreSchema::migrate(connection); !migrated.ok())
        return migrated.error();
    return LocalStore(std::move(database).value());
}

Result<int> LocalStore::schemaVersion()
{
    return StoreSchema::versionOf(*database_);
}

Result<bool> LocalStore::integrityCheck()
{
    auto check = database_->prepare("PRAGMA integrity_check");
    if (!check.ok())
        return check.error();
    auto row = check.value().step();
    if (!row.ok())
        return row.error();
    return row.value() && check.value().text(0) == "ok";
}

} // namespace kiosk::core
