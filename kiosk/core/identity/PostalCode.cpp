#include "kiosk/core/identity/PostalCode.h"

#include "kiosk/core/identity/AsciiText.h"

namespace kiosk::core {

Result<PostalCode> PostalCode::parse(std::string_view text)
{
    text = ascii::trimSpace(text);
    if (text.empty())
        return Rejection{"postal_code.empty", "请输入邮政编码"};
    if (text.size() != 6 || !ascii::isDigits(text))
        return Rejection{"postal_code.format", "邮政编码应为6位数字"};
    return PostalCode(std::string(text));
}

} // namespace kiosk::core
