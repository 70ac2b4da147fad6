#pragma once

#include "kiosk/core/catalog/Condition.h"
#include "kiosk/core/catalog/FieldType.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::core {

// The dictionary whose codes are the document types of identity/DocumentType.h.
inline constexpr const char *kDocumentTypeDictionary = "id_document_type";

// One input of a business form, as the catalog defines it (see docs/catalog.md).
struct FieldDefinition
{
    std::string id;
    std::string label;
    FieldType type = FieldType::Text;
    bool required = false;
    std::optional<Condition> requiredWhen;
    std::optional<Condition> visibleWhen;
    bool readOnly = false;
    std::string autofill; // e.g. "injuryRecord.injuryType", "session.institutionName", "today"
    std::optional<std::size_t> maxLength; // in characters (code points), not bytes
    std::string pattern;                  // ECMAScript regex the whole value must match
    std::string patternMessage;           // Chinese text shown when the pattern fails
    std::string dictionary;               // select / multiselect
    std::string documentTypeField;        // idNumber: the 证件类型 select the number is checked against
    bool searchable = false;              // select: the UI offers a fuzzy search (辅助器具目录)
    std::optional<double> min;            // number
    std::optional<double> max;
    std::optional<std::size_t> minItems; // multiselect / rows
    std::optional<std::size_t> maxItems;
    std::string dateFormat;               // display/entry hint: "YYYY-MM-DD" (default) or "YYYYMMDD"
    std::vector<FieldDefinition> columns; // rows
};

} // namespace kiosk::core
