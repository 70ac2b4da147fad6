#include "kiosk/core/catalog/FieldValueChecker.h"

#include "kiosk/core/identity/CitizenId.h"
#include "kiosk/core/identity/CreditCode.h"
#include "kiosk/core/identity/DocumentNumber.h"
#include "kiosk/core/identity/LandlineNumber.h"
#include "kiosk/core/identity/MobileNumber.h"
#include "kiosk/core/identity/PostalCode.h"

#include <charconv>
#include <cmath>
#include <regex>

namespace kiosk::core {

std::string quotedLabel(const FieldDefinition &field)
{
    return "「" + field.label + "」";
}

namespace {

std::string formatNumber(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return std::to_string(value);
}

Rejection withLabel(const FieldDefinition &field, const Rejection &rejection)
{
    return {rejection.code, quotedLabel(field) + "：" + rejection.message};
}

std::optional<Rejection> checkNumber(const FieldDefinition &field, const std::string &value)
{
    double number = 0;
    const auto *end = value.data() + value.size();
    const auto [stop, failure] = std::from_chars(value.data(), end, number, std::chars_format::fixed);
    if (failure != std::errc() || stop != end || value.front() == '+')
        return Rejection{"field.number", quotedLabel(field) + "必须是数字"};
    if (field.min && number < *field.min)
        return Rejection{"field.min", quotedLabel(field) + "不能小于 " + formatNumber(*field.min)};
    if (field.max && number > *field.max)
        return Rejection{"field.max", quotedLabel(field) + "不能大于 " + formatNumber(*field.max)};
    return std::nullopt;
}

std::optional<Rejection> checkType(const FieldDefinition &field, const std::string &value,
                                   const Dictionary *dictionary, std::optional<DocumentType> documentType)
{
    switch (field.type) {
    case FieldType::Date:
        if (auto date = CalendarDate::parse(value); !date)
            return withLabel(field, date.error());
        return std::nullopt;
    case FieldType::Select:
    case FieldType::Multiselect:
        if (dictionary && !dictionary->contains(value))
            return Rejection{"field.dictionary",
                             quotedLabel(field) + "的值 " + value + " 不在「" + dictionary->label() + "」中"};
        return std::nullopt;
    case FieldType::IdNumber: {
        const auto type = documentType
                              ? *documentType
                              : CitizenId::impliedDocumentType(value).value_or(DocumentType::ResidentIdCard);
        if (auto number = DocumentNumber::parse(value, type, CalendarDate::today()); !number)
            return withLabel(field, number.error());
        return std::nullopt;
    }
    case FieldType::Phone:
        if (MobileNumber::parse(value) || LandlineNumber::parse(value))
            return std::nullopt;
        return Rejection{"field.phone", quotedLabel(field) + "不是有效的手机号码或固定电话"};
    case FieldType::PostalCode:
        if (auto code = PostalCode::parse(value); !code)
            return withLabel(field, code.error());
        return std::nullopt;
    case FieldType::CreditCode:
        if (auto code = CreditCode::parse(value); !code)
            return withLabel(field, code.error());
        return std::nullopt;
    case FieldType::Number:
        return checkNumber(field, value);
    case FieldType::Text:
    case FieldType::Rows:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<Rejection> FieldValueChecker::check(const FieldDefinition &field, const std::string &value,
                                                  const Dictionary *dictionary,
                                                  std::optional<DocumentType> documentType)
{
    if (field.maxLength) {
        const auto length = characterCount(value);
        if (length > *field.maxLength)
            return Rejection{"field.max_length", quotedLabel(field) + "最多 " +
                                                     std::to_string(*field.maxLength) + " 个字，当前 " +
                                                     std::to_string(length) + " 个"};
    }
    if (auto rejected = checkType(field, value, dictionary, documentType))
        return rejected;
    if (!field.pattern.empty()) {
        try {
            if (!std::regex_match(value, std::regex(field.pattern, std::regex::ECMAScript)))
                return Rejection{"field.pattern", field.patternMessage.empty()
                                                      ? quotedLabel(field) + "的格式不正确"
                                                      : quotedLabel(field) + field.patternMessage};
        } catch (const std::regex_error &) {
            // The loader compiled this pattern already; a runtime failure (e.g. complexity) is
            // reported as a format error rather than thrown at the caller.
            return Rejection{"field.pattern", quotedLabel(field) + "的格式无法校验"};
        }
    }
    return std::nullopt;
}

std::optional<CalendarDate> FieldValueChecker::parseDate(const std::string &value)
{
    return CalendarDate::parse(value).toOptional();
}

std::size_t FieldValueChecker::characterCount(const std::string &text)
{
    std::size_t count = 0;
    for (const unsigned char byte : text)
        if ((byte & 0xC0) != 0x80)
            ++count;
    return count;
}

} // namespace kiosk::core
