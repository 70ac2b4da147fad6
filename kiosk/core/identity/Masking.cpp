#include "kiosk/core/identity/Masking.h"

#include "kiosk/core/identity/AsciiText.h"
#include "kiosk/core/identity/LandlineNumber.h"
#include "kiosk/core/identity/MobileNumber.h"

#include <vector>

namespace kiosk::core {

namespace {

// Splits UTF-8 into code points so masking never cuts a Chinese character in half. A stray
// continuation byte becomes its own "character" rather than being dropped.
std::vector<std::string_view> codePoints(std::string_view utf8)
{
    std::vector<std::string_view> points;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= utf8.size(); ++i) {
        if (i == utf8.size() || (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            points.push_back(utf8.substr(start, i - start));
            start = i;
        }
    }
    return points;
}

std::string keepLast(std::string_view utf8, std::size_t visible)
{
    const auto points = codePoints(utf8);
    std::string masked;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i + visible >= points.size())
            masked += points[i];
        else
            masked += '*';
    }
    return masked;
}

} // namespace

std::string Masking::mobile(std::string_view text)
{
    const auto number = MobileNumber::parse(text);
    if (!number)
        return forLog(text);
    const std::string &digits = number.value().normalized();
    return digits.substr(0, 3) + "****" + digits.substr(7);
}

std::string Masking::citizenId(std::string_view text)
{
    const std::string upper = ascii::toUpper(ascii::trimSpace(text));
    if (ascii::codePointCount(upper) <= 4)
        return std::string(ascii::codePointCount(upper), '*');
    return keepLast(upper, 4);
}

std::string Masking::personName(std::string_view utf8)
{
    const auto points = codePoints(ascii::trimSpace(utf8));
    if (points.empty())
        return {};
    if (points.size() == 1)
        return "*";
    return std::string(points.front()) + std::string(points.size() - 1, '*');
}

std::string Masking::landline(std::string_view text)
{
    const auto number = LandlineNumber::parse(text);
    if (!number)
        return forLog(text);
    const std::string &local = number.value().localNumber();
    return number.value().areaCode() + "-" + std::string(local.size() - 4, '*') +
           local.substr(local.size() - 4);
}

std::string Masking::forLog(std::string_view utf8)
{
    const std::string_view trimmed = ascii::trimSpace(utf8);
    const std::size_t count = ascii::codePointCount(trimmed);
    if (count < 6)
        return std::string(count, '*');
    return keepLast(trimmed, 2);
}

} // namespace kiosk::core
