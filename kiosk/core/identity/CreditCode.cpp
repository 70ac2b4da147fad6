#include "kiosk/core/identity/CreditCode.h"

#include "kiosk/core/identity/AsciiText.h"

#include <array>

namespace kiosk::core {

namespace {

constexpr std::array<int, 17> kCheckWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrganizationCodeWeights{3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kRegistrationAuthorities = "123456789ANY";
const std::string kField = "统一社会信用代码";

// Position of c in the GB 32100 alphabet, or -1.
int alphabetValue(char c)
{
    const auto at = CreditCode::kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// GB 11714 values: digits are themselves, letters A–Z are 10–35.
int organizationCodeValue(char c)
{
    if (ascii::isDigit(c))
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return -1;
}

std::string position(std::size_t zeroBased)
{
    return "第" + std::to_string(zeroBased + 1) + "位";
}

} // namespace

std::optional<char> CreditCode::checkCharacter(std::string_view first17)
{
    if (first17.size() != 17)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) {
        const int value = alphabetValue(first17[i]);
        if (value < 0)
            return std::nullopt;
        sum += value * kCheckWeights[i];
    }
    return kAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

std::optional<char> CreditCode::organizationCodeCheckCharacter(std::string_view first8)
{
    if (first8.size() != 8)
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const int value = organizationCodeValue(first8[i]);
        if (value < 0)
            return std::nullopt;
        sum += value * kOrganizationCodeWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return 'X';
    if (check == 11)
        return '0';
    return static_cast<char>('0' + check);
}

Result<CreditCode> CreditCode::parse(std::string_view text)
{
    const std::string code = ascii::toUpper(ascii::trimSpace(text));
    if (code.empty())
        return Rejection{"uscc.empty", "请输入" + kField};
    const std::size_t length = ascii::codePointCount(code);
    if (length != 18)
        return Rejection{"uscc.length", kField + "应为18位，当前为" + std::to_string(length) + "位"};
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (alphabetValue(code[i]) < 0)
            return Rejection{"uscc.characters",
                             kField + position(ascii::codePointCount(std::string_view(code).substr(0, i))) +
                                 "字符无效：只能是数字或除I、O、S、V、Z以外的大写字母"};
    }
    if (kRegistrationAuthorities.find(code[0]) == std::string_view::npos)
        return Rejection{"uscc.registration_authority",
                         kField + "第1位登记管理部门代码无效，应为1–9、A、N或Y"};
    if (code[1] < '1' || code[1] > '9')
        return Rejection{"uscc.organization_type", kField + "第2位机构类别代码无效，应为数字1–9"};
    if (!ascii::isDigits(std::string_view(code).substr(2, 6)))
        return Rejection{"uscc.region", kField + "第3–8位登记管理机关行政区划码应为6位数字"};
    if (code[16] != organizationCodeCheckCharacter(std::string_view(code).substr(8, 8)))
        return Rejection{"uscc.organization_code_check",
                         kField + "第9–17位组织机构代码的校验码（第17位）错误，请核对"};
    if (code[17] != checkCharacter(std::string_view(code).substr(0, 17)))
        return Rejection{"uscc.check_character", kField + "第18位校验码错误，请核对"};
    return CreditCode(code);
}

} // namespace kiosk::core
