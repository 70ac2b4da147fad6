#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// Strict UTF-8 decoding (RFC 3629): rejects overlong forms, surrogate code points, values
// above U+10FFFF and truncated sequences.
class Utf8Text
{
public:
    static bool isValid(std::string_view text) { return toUtf16(text).has_value(); }

    // The UTF-16 code units of the text; RFC 8785 sorts object members by these.
    static std::optional<std::u16string> toUtf16(std::string_view text);
};

} // namespace kiosk::core
