#pragma once

#include "kiosk/core/Result.h"

#include <string>
#include <string_view>

namespace kiosk::core {

// 邮政编码: six digits. Any first digit is allowed: 0 is real (010000 is Hohhot).
class PostalCode
{
public:
    static Result<PostalCode> parse(std::string_view text);

    const std::string &normalized() const { return m_code; }

private:
    explicit PostalCode(std::string code) : m_code(std::move(code)) {}

    std::string m_code;
};

} // namespace kiosk::core
