#pragma once

#include <string>
#include <string_view>

namespace kiosk::core {

// The one masking policy for personal data at a public terminal: screens, receipts and logs
// all call these, so a list on screen and a printed receipt hide the same characters.
// Masks never throw and never reveal more than they would for valid input when given junk.
class Masking
{
public:
    // 13512347850 → 135****7850. Anything that is not a mobile number is masked as forLog().
    static std::string mobile(std::string_view text);
    // Only the last 4 characters stay: 11010519491231002X → **************002X.
    static std::string citizenId(std::string_view text);
    // The first character stays, every other one becomes "*": 张三 → 张*, 欧阳娜娜 → 欧***.
    // A one-character name becomes "*".
    static std::string personName(std::string_view utf8);
    // Area code and the last 4 digits stay, the extension is dropped: 0371-65123456 → 0371-****3456.
    static std::string landline(std::string_view text);
    // For logs: only the last 2 characters survive, and nothing at all of values shorter than 6.
    static std::string forLog(std::string_view utf8);
};

} // namespace kiosk::core
