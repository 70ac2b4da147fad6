#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::core {

// One piece of evidence attached to a filing, identified by the hash of its bytes.
struct FilingMaterial
{
    std::string type;   // material type id from the catalog, e.g. "outpatient_record"
    std::int64_t order; // 1-based position among the materials of that type
    std::string sha256; // lowercase hex SHA-256 of the material's file

    friend bool operator==(const FilingMaterial &, const FilingMaterial &) = default;
};

// What is signed, submitted and deduplicated: the content of one filing (DESIGN.md §5).
struct Filing
{
    std::string business;       // business id from the catalog
    std::string catalogVersion; // version of the catalog the filing was made with
    std::string workerId;       // the injured worker's ID number
    std::string injuryRecordId; // empty where the business has no injury record yet (工伤认定)
    nlohmann::json fields = nlohmann::json::object(); // field id → string | [string] | [object]
    std::vector<FilingMaterial> materials;
    std::string idempotencyKey; // chosen by the terminal once per filing; survives retries

    friend bool operator==(const Filing &, const Filing &) = default;
};

} // namespace kiosk::core
