#pragma once

#include "kiosk/core/store/StoreClock.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::core {

// A captured material kept with a draft: where the file is on this terminal and its hash.
struct DraftMaterial
{
    std::string type;
    std::int64_t order = 1; // 1-based within its type
    std::string sha256;
    std::string filePath;

    friend bool operator==(const DraftMaterial &, const DraftMaterial &) = default;
};

// open: being edited; queued: signed and in the outbox; submitted: the gateway acknowledged it.
enum class DraftState { open, queued, submitted };

// A filing in progress, saved locally so nothing typed or captured is lost.
struct Draft
{
    std::string id;
    std::string business;
    std::string workerId;
    std::string injuryRecordId;
    std::string catalogVersion;
    nlohmann::json fields = nlohmann::json::object();
    std::vector<DraftMaterial> materials;
    DraftState state = DraftState::open;
    StoreTime createdAt{}; // set by the store on first save
    StoreTime updatedAt{}; // set by the store on every save
};

} // namespace kiosk::core
