#include "kiosk/core/store/DraftStore.h"

#include "kiosk/core/filing/CanonicalJson.h"
#include "kiosk/core/store/SqliteTransaction.h"

namespace kiosk::core {

namespace {

const char *stateText(DraftState state)
{
    switch (state) {
    case DraftState::open:
        return "open";
    case DraftState::queued:
        return "queued";
    case DraftState::submitted:
        return "submitted";
    }
    return "open";
}

std::optional<DraftState> stateFrom(const std::string &text)
{
    if (text == "open")
        return DraftState::open;
    if (text == "queued")
        return DraftState::queued;
    if (text == "submitted")
        return DraftState::submitted;
    return std::nullopt;
}

std::int64_t millis(StoreTime time)
{
    return time.time_since_epoch().count();
}

Rejection corruptRecord()
{
    return {"store.corrupt_record", "本地保存的草稿内容无法读取，请联系运维人员"};
}

} // namespace

Result<void> DraftStore::saveDraft(const Draft &draft, StoreTime now)
{
    if (draft.id.empty())
        return Rejection{"store.draft_id_missing", "草稿缺少编号，未保存"};
    // Canonical JSON doubles as validation: invalid UTF-8 or NaN is refused, not stored.
    const auto fields = CanonicalJson::canonicalize(draft.fields);
    if (!fields.ok())
        return *fields.rejection;

    SqliteTransaction transaction(database_);
    if (!transaction.begun().ok())
        return transaction.begun();

    auto upsert = database_.prepare(
        "INSERT INTO drafts (id, business_id, worker_id, injury_record_id, catalog_version, "
        "fields_json, state, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) "
        "ON CONFLICT (id) DO UPDATE SET business_id = ?2, worker_id = ?3, injury_record_id = ?4, "
        "catalog_version = ?5, fields_json = ?6, state = ?7, updated_at = ?8");
    if (!upsert.ok())
        return upsert.error();
    upsert.value()
        .bindText(1, draft.id)
        .bindText(2, draft.business)
        .bindText(3, draft.workerId)
        .bindText(4, draft.injuryRecordId)
        .bindText(5, draft.catalogVersion)
        .bindText(6, fields.bytes)
        .bindText(7, stateText(draft.state))
        .bindInteger(8, millis(now));
    if (auto done = upsert.value().run(); !done.ok())
        return done;

    auto clear = database_.prepare("DELETE FROM draft_materials WHERE draft_id = ?1");
    if (!clear.ok())
        return clear.error();
    if (auto done = clear.value().bindText(1, draft.id).run(); !done.ok())
        return done;

    auto insert = database_.prepare("INSERT INTO draft_materials (draft_id, type, ord, sha256, "
                                    "file_path) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok())
        return insert.error();
    for (const auto &material : draft.materials) {
        auto &statement = insert.value();
        statement.reset();
        statement.bindText(1, draft.id)
            .bindText(2, material.type)
            .bindInteger(3, material.order)
            .bindText(4, material.sha256)
            .bindText(5, material.filePath);
        if (auto done = statement.run(); !done.ok())
            return done;
    }
    return transaction.commit();
}

Result<std::vector<Draft>> DraftStore::query(const std::string &where,
                                             const std::vector<std::string> &arguments)
{
    auto select = database_.prepare(
        "SELECT id, business_id, worker_id, injury_record_id, catalog_version, fields_json, "
        "state, created_at, updated_at FROM drafts " +
        where);
    if (!select.ok())
        return select.error();
    auto &statement = select.value();
    for (std::size_t i = 0; i < arguments.size(); ++i)
        statement.bindText(static_cast<int>(i + 1), arguments[i]);

    std::vector<Draft> drafts;
    while (true) {
        auto row = statement.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Draft draft;
        draft.id = statement.text(0);
        draft.business = statement.text(1);
        draft.workerId = statement.text(2);
        draft.injuryRecordId = statement.text(3);
        draft.catalogVersion = statement.text(4);
        draft.fields = nlohmann::json::parse(statement.text(5), nullptr, false);
        const auto state = stateFrom(statement.text(6));
        if (draft.fields.is_discarded() || !state)
            return corruptRecord();
        draft.state = *state;
        draft.createdAt = StoreTime(std::chrono::milliseconds(statement.integer(7)));
        draft.updatedAt = StoreTime(std::chrono::milliseconds(statement.integer(8)));
        drafts.push_back(std::move(draft));
    }
    for (auto &draft : drafts) {
        if (auto loaded = loadMaterials(draft); !loaded.ok())
            return loaded.error();
    }
    return drafts;
}

Result<void> DraftStore::loadMaterials(Draft &draft)
{
    auto select = database_.prepare("SELECT type, ord, sha256, file_path FROM draft_materials "
                                    "WHERE draft_id = ?1 ORDER BY type, ord");
    if (!select.ok())
        return select.error();
    auto &statement = select.value();
    statement.bindText(1, draft.id);
    while (true) {
        auto row = statement.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return Result<void>{};
        draft.materials.push_back(
            {statement.text(0), statement.integer(1), statement.text(2), statement.text(3)});
    }
}

Result<std::optional<Draft>> DraftStore::loadDraft(const std::string &id)
{
    auto found = query("WHERE id = ?1", {id});
    if (!found.ok())
        return found.error();
    if (found.value().empty())
        return std::optional<Draft>();
    return std::optional<Draft>(std::move(found.value().front()));
}

Result<std::vector<Draft>> DraftStore::listDrafts(const Filter &filter)
{
    return query("WHERE (?1 = '' OR worker_id = ?1) AND (?2 = '' OR business_id = ?2) "
                 "ORDER BY updated_at DESC, id",
                 {filter.workerId, filter.business});
}

Result<void> DraftStore::deleteDraft(const std::string &id)
{
    auto remove = database_.prepare("DELETE FROM drafts WHERE id = ?1");
    if (!remove.ok())
        return remove.error();
    return remove.value().bindText(1, id).run();
}

Result<std::optional<Draft>> DraftStore::findOpenDraft(const std::string &workerId,
                                                       const std::string &business)
{
    auto found = query("WHERE worker_id = ?1 AND business_id = ?2 AND state = 'open' "
                       "ORDER BY updated_at DESC, id LIMIT 1",
                       {workerId, business});
    if (!found.ok())
        return found.error();
    if (found.value().empty())
        return std::optional<Draft>();
    return std::optional<Draft>(std::move(found.value().front()));
}

} // namespace kiosk::core
