#pragma once

#include <optional>
#include <string>

namespace kiosk::core {

// Number formatting exactly as ECMAScript's Number.prototype.toString(10) does it, which is
// what RFC 8785 §3.2.2.3 prescribes for JSON numbers: shortest round-trip digits, plain
// notation for 1e-6 <= |x| < 1e21, exponent form ("1e+21", "1e-7") outside, and -0 as "0".
class EcmaNumber
{
public:
    // std::nullopt for NaN and the infinities, which JSON cannot carry.
    static std::optional<std::string> format(double value);
};

} // namespace kiosk::core
