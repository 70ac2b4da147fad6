#include "kiosk/core/identity/DocumentType.h"

#include <array>

namespace kiosk::core {

namespace {

struct DocumentTypeNames
{
    DocumentType type;
    std::string_view name;
    std::string_view key;
};

constexpr std::array<DocumentTypeNames, 4> kNames{{
    {DocumentType::ResidentIdCard, "居民身份证", "resident_id_card"},
    {DocumentType::HkMacaoTaiwanResidencePermit, "港澳台居民居住证", "hk_macao_taiwan_residence_permit"},
    {DocumentType::ForeignPermanentResidentIdCard, "外国人永久居留身份证",
     "foreign_permanent_resident_id_card"},
    {DocumentType::Passport, "护照", "passport"},
}};

const DocumentTypeNames &namesOf(DocumentType type)
{
    for (const auto &entry : kNames) {
        if (entry.type == type)
            return entry;
    }
    return kNames[0]; // unreachable for valid enum values; keeps the function total
}

} // namespace

std::string_view documentTypeName(DocumentType type)
{
    return namesOf(type).name;
}

std::string_view documentTypeKey(DocumentType type)
{
    return namesOf(type).key;
}

std::optional<DocumentType> documentTypeFromText(std::string_view text)
{
    for (const auto &entry : kNames) {
        if (text == entry.name || text == entry.key)
            return entry.type;
    }
    return std::nullopt;
}

} // namespace kiosk::core
