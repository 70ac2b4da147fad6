#include "kiosk/core/identity/MobileNumber.h"

#include "kiosk/core/identity/AsciiText.h"

namespace kiosk::core {

Result<MobileNumber> MobileNumber::parse(std::string_view text)
{
    text = ascii::trimSpace(text);
    if (text.empty())
        return Rejection{"mobile.empty", "请输入手机号码"};
    if (text.substr(0, 3) == "+86")
        text.remove_prefix(3);
    std::string digits;
    for (char c : text) {
        if (c == ' ' || c == '-')
            continue;
        if (!ascii::isDigit(c))
            return Rejection{"mobile.characters", "手机号码只能由数字组成"};
        digits += c;
    }
    if (digits.size() != 11)
        return Rejection{"mobile.length",
                         "手机号码应为11位数字，当前为" + std::to_string(digits.size()) + "位"};
    if (digits[0] != '1' || digits[1] < '3')
        return Rejection{"mobile.prefix", "手机号码应以13–19开头"};
    return MobileNumber(digits);
}

} // namespace kiosk::core
