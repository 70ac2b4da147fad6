#include "kiosk/core/store/StoreSchema.h"

#include "kiosk/core/store/SqliteTransaction.h"

#include <string>

namespace kiosk::core {

namespace {

// v1: drafts with their materials as a JSON column; the outbox with payloads kept apart so
// that listing entries does not read megabytes of payload.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE drafts (
    id               TEXT PRIMARY KEY,
    business_id      TEXT NOT NULL,
    worker_id        TEXT NOT NULL,
    injury_record_id TEXT NOT NULL DEFAULT '',
    catalog_version  TEXT NOT NULL,
    fields_json      TEXT NOT NULL CHECK (json_valid(fields_json)),
    materials_json   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(materials_json)),
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'queued', 'submitted')),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX drafts_by_worker_business ON drafts (worker_id, business_id, state);
CREATE TABLE outbox (
    id                 INTEGER PRIMARY KEY,
    idempotency_key    TEXT NOT NULL UNIQUE,
    canonical_bytes    BLOB NOT NULL,
    signature          BLOB,
    draft_id           TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL DEFAULT 'pending'
                       CHECK (state IN ('pending', 'sent', 'needs_attention')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER NOT NULL,
    ack_id             TEXT,
    last_error_code    TEXT,
    last_error_message TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE TABLE outbox_payloads (
    outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
    payload   BLOB NOT NULL
);
)sql";

// v2: materials become rows (one per captured file) so a draft's material list is replaced
// row by row inside the draft's transaction; the due-entry scan gets an index.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE draft_materials (
    draft_id  TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    type      TEXT NOT NULL,
    ord       INTEGER NOT NULL CHECK (ord >= 1),
    sha256    TEXT NOT NULL,
    file_path TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, type, ord)
);
INSERT INTO draft_materials (draft_id, type, ord, sha256, file_path)
    SELECT d.id, json_extract(m.value, '$.type'), json_extract(m.value, '$.order'),
           json_extract(m.value, '$.sha256'), coalesce(json_extract(m.value, '$.path'), '')
    FROM drafts AS d, json_each(d.materials_json) AS m;
ALTER TABLE drafts DROP COLUMN materials_json;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
)sql";

} // namespace

const std::vector<StoreSchema::Migration> &StoreSchema::migrations()
{
    static const std::vector<Migration> steps = {{1, kVersion1}, {2, kVersion2}};
    return steps;
}

int StoreSchema::currentVersion()
{
    return migrations().back().version;
}

Result<int> StoreSchema::versionOf(SqliteDatabase &database)
{
    auto statement = database.prepare("PRAGMA user_version");
    if (!statement.ok())
        return statement.error();
    auto row = statement.value().step();
    if (!row.ok())
        return row.error();
    return static_cast<int>(statement.value().integer(0));
}

Result<void> StoreSchema::migrate(SqliteDatabase &database, int targetVersion)
{
    auto version = versionOf(database);
    if (!version.ok())
        return version.error();
    if (version.value() > currentVersion())
        return Rejection{"store.schema_too_new", "本地存储的数据版本（" + std::to_string(version.value()) +
                                                     "）高于本程序支持的版本（" +
                                                     std::to_string(currentVersion()) + "），请升级终端软件"};
    for (const auto &step : migrations()) {
        if (step.version <= version.value() || step.version > targetVersion)
            continue;
        SqliteTransaction transaction(database);
        if (!transaction.begun().ok())
            return transaction.begun();
        auto applied = database.execute(step.sql);
        if (!applied.ok())
            return applied;
        auto bumped = database.execute("PRAGMA user_version = " + std::to_string(step.version));
        if (!bumped.ok())
            return bumped;
        auto committed = transaction.commit();
        if (!committed.ok())
            return committed;
    }
    return Result<void>{};
}

} // namespace kiosk::core
