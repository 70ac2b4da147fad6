#pragma once

#include "kiosk/core/catalog/Catalog.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// A defect in a catalog definition, located by file and by the item inside it
// ("字段 visitType", "材料 outpatient_record", "状态 draft" …).
struct CatalogError
{
    std::string file;
    std::string location; // empty when the whole file is at fault
    std::string code;     // stable: catalog.bad_json, catalog.unknown_dictionary, …
    std::string message;  // Chinese

    // "businesses/rehabilitation.json: 字段 visitType: 引用了不存在的字典 visit_kind"
    [[nodiscard]] std::string text() const
    {
        return file + ": " + (location.empty() ? std::string() : location + ": ") + message;
    }
};

// Either a complete, consistent catalog or every error found (never a partial catalog).
struct CatalogLoadResult
{
    std::optional<Catalog> catalog;
    std::vector<CatalogError> errors;

    [[nodiscard]] bool ok() const { return catalog.has_value(); }
};

} // namespace kiosk::core
