#pragma once

#include "kiosk/core/Rejection.h"
#include "kiosk/core/catalog/Dictionary.h"
#include "kiosk/core/catalog/FieldDefinition.h"
#include "kiosk/core/identity/CalendarDate.h"
#include "kiosk/core/identity/DocumentType.h"

#include <optional>
#include <string>

namespace kiosk::core {

// Checks one filled-in scalar value (a string) against its field's type and limits, using the
// identity rules (CitizenId, CreditCode, MobileNumber/LandlineNumber, PostalCode, CalendarDate).
// Messages name the field by its label. Lists (multiselect, rows) are FilingValidator's job.
class FieldValueChecker
{
public:
    // nullopt when the value is acceptable.
    // `documentType` is the 证件类型 chosen beside an idNumber field; without one the number's
    // prefix decides (居民身份证, residence permit or foreign permanent-resident card).
    static std::optional<Rejection> check(const FieldDefinition &field, const std::string &value,
                                          const Dictionary *dictionary,
                                          std::optional<DocumentType> documentType = std::nullopt);
    // "YYYY-MM-DD" or "YYYYMMDD" → a date, else nullopt.
    static std::optional<CalendarDate> parseDate(const std::string &value);
    // Length in characters (UTF-8 code points), as maxLength counts.
    static std::size_t characterCount(const std::string &text);
};

// "「就诊类型」" — how every message quotes a field.
std::string quotedLabel(const FieldDefinition &field);

} // namespace kiosk::core
