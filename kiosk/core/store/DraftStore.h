#pragma once

#include "kiosk/core/store/Draft.h"
#include "kiosk/core/store/SqliteDatabase.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// Drafts and their materials. Each call is one transaction: a save that returned is durable,
// and a draft is never visible with only part of its materials.
class DraftStore
{
public:
    explicit DraftStore(SqliteDatabase &database) : database_(database) {}

    // Inserts or replaces the draft (its material list is replaced as a whole). Keeps the
    // first save's createdAt. Refuses an empty id or fields that are not valid UTF-8 JSON.
    Result<void> saveDraft(const Draft &draft, StoreTime now);
    Result<std::optional<Draft>> loadDraft(const std::string &id);
    // Empty filter members match everything; newest first.
    struct Filter
    {
        std::string workerId;
        std::string business;
    };
    Result<std::vector<Draft>> listDrafts(const Filter &filter = {});
    // Deleting a draft that does not exist is not an error.
    Result<void> deleteDraft(const std::string &id);
    // The open draft of this worker for this business, for the `open_existing` policy.
    Result<std::optional<Draft>> findOpenDraft(const std::string &workerId, const std::string &business);

private:
    Result<std::vector<Draft>> query(const std::string &where, const std::vector<std::string> &arguments);
    Result<void> loadMaterials(Draft &draft);

    SqliteDatabase &database_;
};

} // namespace kiosk::core
