#include "kiosk/core/filing/EcmaNumber.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace kiosk::core {

namespace {

// Shortest round-trip decimal digits of a positive finite value and the ECMAScript exponent n,
// such that value = 0.d1d2...dk × 10^n.
struct DecimalDigits
{
    std::string digits;
    int pointPosition = 0; // ECMAScript's "n"
};

DecimalDigits shortestDigits(double positive)
{
    // Scientific to_chars gives the shortest digits that round-trip (and the closest of them),
    // the same choice ECMAScript's Number::toString makes.
    char buffer[64];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, positive, std::chars_format::scientific);
    (void)error; // 64 bytes always suffice for a double
    const std::string text(buffer, end);
    const auto exponentAt = text.find('e');
    DecimalDigits result;
    for (std::size_t i = 0; i < exponentAt; ++i) {
        if (text[i] != '.')
            result.digits.push_back(text[i]);
    }
    while (result.digits.size() > 1 && result.digits.back() == '0')
        result.digits.pop_back();
    result.pointPosition = std::atoi(text.c_str() + exponentAt + 1) + 1;
    return result;
}

} // namespace

std::optional<std::string> EcmaNumber::format(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (value == 0.0)
        return std::string("0"); // also -0
    if (value < 0.0) {
        auto magnitude = format(-value);
        return "-" + *magnitude;
    }

    const DecimalDigits decimal = shortestDigits(value);
    const std::string &digits = decimal.digits;
    const int k = static_cast<int>(digits.size());
    const int n = decimal.pointPosition;

    if (k <= n && n <= 21)
        return digits + std::string(static_cast<std::size_t>(n - k), '0');
    if (0 < n && n <= 21)
        return digits.substr(0, static_cast<std::size_t>(n)) + "." +
               digits.substr(static_cast<std::size_t>(n));
    if (-6 < n && n <= 0)
        return "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;

    const int exponent = n - 1;
    std::string result = digits.substr(0, 1);
    if (k > 1)
        result += "." + digits.substr(1);
    result += exponent < 0 ? "e-" : "e+";
    result += std::to_string(std::abs(exponent));
    return result;
}

} // namespace kiosk::core
