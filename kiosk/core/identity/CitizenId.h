#pragma once

#include "kiosk/core/Result.h"
#include "kiosk/core/identity/CalendarDate.h"
#include "kiosk/core/identity/DocumentType.h"

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

enum class Sex { Male, Female };

// "男" or "女", as forms print it.
std::string_view sexName(Sex sex);

// A citizen identity number (公民身份号码, GB 11643-1999) as printed on a 居民身份证, and the two
// documents that reuse its 18-character form and ISO 7064 MOD 11-2 check: the 港澳台居民居住证
// (prefix 81/82/83) and the 2023 外国人永久居留身份证 (prefix 9). A 15-digit first-generation
// number is accepted for 居民身份证 and upgraded to 18 characters.
class CitizenId
{
public:
    // Earlier birth dates are refused as implausible for a living insured worker; see
    // docs/identifiers.md. The standard itself has no lower bound.
    static constexpr int kEarliestBirthYear = 1900;

    // `today` bounds the birth date; pass it explicitly so results do not depend on the clock.
    static Result<CitizenId> parse(std::string_view text, DocumentType type, const CalendarDate &today);
    static Result<CitizenId> parse(std::string_view text, DocumentType type);

    // The document type a number's prefix implies (81/82/83 → 居住证, 9 → 外国人永久居留身份证,
    // mainland province code → 居民身份证), or nullopt for an unknown prefix.
    static std::optional<DocumentType> impliedDocumentType(std::string_view text);
    // The MOD 11-2 check character ('0'–'9' or 'X') for 17 digits; nullopt if not 17 digits.
    static std::optional<char> checkCharacter(std::string_view first17Digits);
    static bool isMainlandProvinceCode(int code);

    const std::string &normalized() const { return m_number; }
    DocumentType documentType() const { return m_type; }
    CalendarDate birthDate() const { return m_birthDate; }
    Sex sex() const;
    bool upgradedFromLegacyForm() const { return m_upgradedFromLegacy; }

private:
    CitizenId(std::string number, DocumentType type, CalendarDate birthDate, bool upgraded)
        : m_number(std::move(number)), m_type(type), m_birthDate(birthDate), m_upgradedFromLegacy(upgraded)
    {}

    std::string m_number;
    DocumentType m_type;
    CalendarDate m_birthDate;
    bool m_upgradedFromLegacy;
};

} // namespace kiosk::core
