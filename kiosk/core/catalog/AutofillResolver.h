#pragma once

#include "kiosk/core/catalog/BusinessDefinition.h"

#include <nlohmann/json.hpp>

namespace kiosk::core {

// Fills a business's autofill fields from what the terminal already knows. `context` is
//   {"worker": {...}, "injuryRecord": {...}, "session": {...}, "today": "YYYY-MM-DD"}
// and a field's `autofill` path ("injuryRecord.injuryType", "session.institutionName", "today")
// is looked up in it. Returns {fieldId: value} for every path that resolves to a string or a
// list; paths that do not resolve are left out, so the field stays empty for the user (or
// is reported as required by the validator when it is read-only).
class AutofillResolver
{
public:
    static nlohmann::json resolve(const BusinessDefinition &business, const nlohmann::json &context);
};

} // namespace kiosk::core
