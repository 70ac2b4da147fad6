#pragma once

#include "kiosk/core/catalog/CrossFieldRule.h"
#include "kiosk/core/catalog/FieldDefinition.h"
#include "kiosk/core/catalog/MaterialDefinition.h"

#include <string>
#include <vector>

namespace kiosk::core {

// How a new filing meets an open draft of the same business for the same worker.
enum class DraftPolicy {
    OpenExisting,        // one open draft per worker and business: open it (Henan)
    ReplaceAfterConfirm, // a new draft replaces the old one once the user confirms (Jilin 工伤认定)
};

// One business of the catalog: its form, rules, materials, route and draft policy.
struct BusinessDefinition
{
    std::string id;
    std::string title;
    std::string description;
    std::string route; // id of a ReviewRoute
    DraftPolicy draftPolicy = DraftPolicy::OpenExisting;
    std::string formTemplate; // id of the printable form template
    std::vector<FieldDefinition> fields;
    std::vector<CrossFieldRule> rules;
    std::vector<MaterialDefinition> materials;
    std::string sourceFile; // catalog-relative path it was loaded from

    // nullptr when the business has no such top-level field.
    [[nodiscard]] const FieldDefinition *field(const std::string &fieldId) const
    {
        for (const auto &candidate : fields)
            if (candidate.id == fieldId)
                return &candidate;
        return nullptr;
    }
};

} // namespace kiosk::core
