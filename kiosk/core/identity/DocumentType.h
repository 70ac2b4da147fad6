#pragma once

#include <optional>
#include <string_view>

namespace kiosk::core {

// 证件类型: the kind of identity document a number belongs to.
enum class DocumentType {
    ResidentIdCard,                 // 居民身份证 (mainland, GB 11643)
    HkMacaoTaiwanResidencePermit,   // 港澳台居民居住证 (prefix 81/82/83, same check as GB 11643)
    ForeignPermanentResidentIdCard, // 外国人永久居留身份证 (2023 form: prefix 9, same check)
    Passport,                       // 护照 (only length and characters are checked)
};

// The Chinese name shown on screens and forms, e.g. "居民身份证".
std::string_view documentTypeName(DocumentType type);
// A stable ASCII key for JSON, logs and command lines, e.g. "resident_id_card".
std::string_view documentTypeKey(DocumentType type);
// Accepts the Chinese name or the ASCII key; nullopt for anything else.
std::optional<DocumentType> documentTypeFromText(std::string_view text);

} // namespace kiosk::core
