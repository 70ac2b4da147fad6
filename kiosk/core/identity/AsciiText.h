#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Small text helpers the identifier rules share. Identifiers are ASCII; these never touch
// bytes outside ASCII, so UTF-8 input passes through unchanged and is then refused by the rule.
namespace kiosk::core::ascii {

std::string_view trimSpace(std::string_view text);
std::string toUpper(std::string_view text);
bool isDigit(char c);
bool isDigits(std::string_view text);
// Number of UTF-8 code points, so "位" counts as one character in messages, not three.
std::size_t codePointCount(std::string_view utf8);

} // namespace kiosk::core::ascii
