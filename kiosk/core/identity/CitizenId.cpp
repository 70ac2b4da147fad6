#include "kiosk/core/identity/CitizenId.h"

#include "kiosk/core/identity/AsciiText.h"

#include <array>

namespace kiosk::core {

namespace {

constexpr std::array<int, 17> kCheckWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckCharacters = "10X98765432";

int twoDigits(std::string_view text, std::size_t at)
{
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

int digitsToInt(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

std::string numberName(DocumentType type)
{
    return std::string(documentTypeName(type)) + "号码";
}

Rejection reject(std::string code, std::string message)
{
    return Rejection{std::move(code), std::move(message)};
}

// Checks the shape of an 18-character candidate: 17 digits then a digit or X.
std::optional<Rejection> checkCharacters18(std::string &number, DocumentType type)
{
    for (std::size_t i = 0; i < 17; ++i) {
        if (ascii::isDigit(number[i]))
            continue;
        if (number[i] == 'X' || number[i] == 'x')
            return reject("id.x_position", numberName(type) + "中的X只能出现在第18位（校验码）");
        return reject("id.characters", numberName(type) + "前17位只能是数字，第18位为数字或X");
    }
    if (number[17] == 'x')
        number[17] = 'X';
    if (!ascii::isDigit(number[17]) && number[17] != 'X')
        return reject("id.characters", numberName(type) + "第18位（校验码）只能是数字或X");
    return std::nullopt;
}

} // namespace

std::string_view sexName(Sex sex)
{
    return sex == Sex::Male ? "男" : "女";
}

bool CitizenId::isMainlandProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

std::optional<DocumentType> CitizenId::impliedDocumentType(std::string_view text)
{
    text = ascii::trimSpace(text);
    if (text.size() < 3 || !ascii::isDigits(text.substr(0, 3)))
        return std::nullopt;
    if (text[0] == '9') // 9 + the issuing province's code, e.g. 931…
        return isMainlandProvinceCode(twoDigits(text, 1))
                   ? std::optional(DocumentType::ForeignPermanentResidentIdCard)
                   : std::nullopt;
    const int prefix = twoDigits(text, 0);
    if (prefix >= 81 && prefix <= 83)
        return DocumentType::HkMacaoTaiwanResidencePermit;
    if (isMainlandProvinceCode(prefix))
        return DocumentType::ResidentIdCard;
    return std::nullopt;
}

std::optional<char> CitizenId::checkCharacter(std::string_view first17Digits)
{
    if (first17Digits.size() != 17 || !ascii::isDigits(first17Digits))
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i)
        sum += (first17Digits[i] - '0') * kCheckWeights[i];
    return kCheckCharacters[static_cast<std::size_t>(sum % 11)];
}

Result<CitizenId> CitizenId::parse(std::string_view text, DocumentType type)
{
    return parse(text, type, CalendarDate::today());
}

Result<CitizenId> CitizenId::parse(std::string_view text, DocumentType type, const CalendarDate &today)
{
    text = ascii::trimSpace(text);
    if (type == DocumentType::Passport)
        return reject("id.type_mismatch", "护照号码不适用公民身份号码规则，请按护照号码校验");
    if (text.empty())
        return reject("id.empty", "请输入" + numberName(type));

    const std::size_t length = ascii::codePointCount(text);
    const bool legacyAllowed = type == DocumentType::ResidentIdCard;
    std::string number(text);
    bool upgraded = false;
    const bool lengthFits = length == 18 || (length == 15 && legacyAllowed);
    if (lengthFits && number.size() != length) // e.g. full-width digits: right count, wrong characters
        return reject("id.characters", numberName(type) + "只能由半角数字和X组成");
    if (length == 15 && legacyAllowed) {
        if (!ascii::isDigits(number))
            return reject("id.characters", "15位旧版" + numberName(type) + "只能由数字组成");
        // First-generation numbers were issued only to people born in the 1900s.
        number = number.substr(0, 6) + "19" + number.substr(6);
        number += *checkCharacter(number);
        upgraded = true;
    } else if (length == 18) {
        if (auto rejection = checkCharacters18(number, type))
            return *rejection;
    } else {
        return reject("id.length", numberName(type) + "应为18位" + (legacyAllowed ? "（旧版为15位）" : "") +
                                       "，当前为" + std::to_string(length) + "位");
    }

    const auto implied = impliedDocumentType(number);
    if (!implied) {
        const std::string region = number[0] == '9' ? number.substr(1, 2) : number.substr(0, 2);
        return reject("id.region", numberName(type) + "中的地区代码" + region + "不是有效的省级行政区划代码");
    }
    if (*implied != type)
        return reject("id.type_mismatch", "号码前缀表明这是" + numberName(*implied) + "，与所选证件类型“" +
                                              std::string(documentTypeName(type)) + "”不符");

    const auto birthDate = CalendarDate::fromYearMonthDay(digitsToInt(std::string_view(number).substr(6, 4)),
                                                          twoDigits(number, 10), twoDigits(number, 12));
    if (!birthDate)
        return reject("id.birth_date_invalid",
                      numberName(type) + "中的出生日期" + number.substr(6, 8) + "不是有效日期");
    if (birthDate->year() < kEarliestBirthYear)
        return reject("id.birth_date_too_early", numberName(type) + "中的出生日期早于" +
                                                     std::to_string(kEarliestBirthYear) + "年，请核对");
    if (*birthDate > today)
        return reject("id.birth_date_future", numberName(type) + "中的出生日期晚于今天，请核对");

    if (number[17] != *checkCharacter(std::string_view(number).substr(0, 17)))
        return reject("id.check_character", numberName(type) + "第18位校验码错误，请核对号码");

    return CitizenId(std::move(number), type, *birthDate, upgraded);
}

Sex CitizenId::sex() const
{
    return (m_number[16] - '0') % 2 == 1 ? Sex::Male : Sex::Female;
}

} // namespace kiosk::core
