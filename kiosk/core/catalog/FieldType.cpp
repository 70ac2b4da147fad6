#include "kiosk/core/catalog/FieldType.h"

#include <array>
#include <utility>

namespace kiosk::core {

namespace {
constexpr std::array<std::pair<FieldType, std::string_view>, 10> kNames{{
    {FieldType::Text, "text"},
    {FieldType::Date, "date"},
    {FieldType::Select, "select"},
    {FieldType::Multiselect, "multiselect"},
    {FieldType::IdNumber, "idNumber"},
    {FieldType::Phone, "phone"},
    {FieldType::PostalCode, "postalCode"},
    {FieldType::CreditCode, "creditCode"},
    {FieldType::Number, "number"},
    {FieldType::Rows, "rows"},
}};
} // namespace

std::optional<FieldType> fieldTypeFromName(std::string_view name)
{
    for (const auto &[type, typeName] : kNames)
        if (typeName == name)
            return type;
    return std::nullopt;
}

std::string_view fieldTypeName(FieldType type)
{
    for (const auto &[candidate, typeName] : kNames)
        if (candidate == type)
            return typeName;
    return "text";
}

} // namespace kiosk::core
