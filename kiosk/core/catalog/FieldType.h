#pragma once

#include <optional>
#include <string_view>

namespace kiosk::core {

// The kinds of input a catalog field can be; each decides how its value is checked.
enum class FieldType {
    Text,        // free text
    Date,        // "YYYY-MM-DD" or "YYYYMMDD"
    Select,      // one code from `dictionary`
    Multiselect, // a list of codes from `dictionary`
    IdNumber,    // 18-digit resident ID number (GB 11643)
    Phone,       // mobile or landline number
    PostalCode,  // six digits
    CreditCode,  // unified social credit code (GB 32100)
    Number,      // a decimal number written as a string
    Rows,        // a list of row objects, each checked against `columns`
};

std::optional<FieldType> fieldTypeFromName(std::string_view name);
std::string_view fieldTypeName(FieldType type);

} // namespace kiosk::core
