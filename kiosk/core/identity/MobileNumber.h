#pragma once

#include "kiosk/core/Result.h"

#include <string>
#include <string_view>

namespace kiosk::core {

// 手机号码: 11 digits, 1 then 3–9, e.g. 13512347850. Spaces and hyphens typed for readability
// ("135 1234 7850") and a leading +86 are dropped.
class MobileNumber
{
public:
    static Result<MobileNumber> parse(std::string_view text);

    const std::string &normalized() const { return m_number; }

private:
    explicit MobileNumber(std::string number) : m_number(std::move(number)) {}

    std::string m_number;
};

} // namespace kiosk::core
