#pragma once

#include "kiosk/core/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// 统一社会信用代码 (GB 32100-2015): 18 characters over 0–9 and A–Z without I, O, S, V, Z.
//   1      registration authority (登记管理部门代码): 1–9, A, N, Y
//   2      organisation type (机构类别代码): a digit 1–9
//   3–8    region (登记管理机关行政区划码): six digits
//   9–17   organisation code (主体标识码, GB 11714), whose 9th character is its own check
//   18     check character over the first 17 (MOD 31)
// Lower case is accepted and normalised to upper case.
class CreditCode
{
public:
    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static Result<CreditCode> parse(std::string_view text);

    // GB 32100 check character for the first 17 characters; nullopt if they are not 17 alphabet chars.
    static std::optional<char> checkCharacter(std::string_view first17);
    // GB 11714 check character ('0'–'9' or 'X') for the 8-character organisation code body.
    static std::optional<char> organizationCodeCheckCharacter(std::string_view first8);

    const std::string &normalized() const { return m_code; }
    char registrationAuthority() const { return m_code[0]; }
    char organizationType() const { return m_code[1]; }
    std::string_view regionCode() const { return std::string_view(m_code).substr(2, 6); }
    std::string_view organizationCode() const { return std::string_view(m_code).substr(8, 9); }

private:
    explicit CreditCode(std::string code) : m_code(std::move(code)) {}

    std::string m_code;
};

} // namespace kiosk::core
