#pragma once

#include "kiosk/core/Result.h"
#include "kiosk/core/identity/CalendarDate.h"
#include "kiosk/core/identity/CitizenId.h"
#include "kiosk/core/identity/DocumentType.h"

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// 证件号码 of any 证件类型: a CitizenId for the three 18-character kinds, and for 护照 a number
// checked only for length (5–20) and characters (A–Z, 0–9), since passports of every country
// are accepted and follow no common check.
class DocumentNumber
{
public:
    static constexpr std::size_t kPassportMinLength = 5;
    static constexpr std::size_t kPassportMaxLength = 20;

    static Result<DocumentNumber> parse(std::string_view text, DocumentType type, const CalendarDate &today);

    DocumentType documentType() const { return m_type; }
    const std::string &normalized() const { return m_number; }
    // Present for every type except 护照.
    const std::optional<CitizenId> &citizenId() const { return m_citizenId; }

private:
    DocumentNumber(DocumentType type, std::string number, std::optional<CitizenId> citizenId)
        : m_type(type), m_number(std::move(number)), m_citizenId(std::move(citizenId))
    {}

    DocumentType m_type;
    std::string m_number;
    std::optional<CitizenId> m_citizenId;
};

} // namespace kiosk::core
