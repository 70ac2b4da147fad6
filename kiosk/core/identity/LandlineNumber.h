#pragma once

#include "kiosk/core/Result.h"

#include <string>
#include <string_view>

namespace kiosk::core {

// 固定电话: area code + local number + optional extension, written back as
// "0371-65123456" or "010-12345678-801". Accepted input: with or without the hyphen after
// the area code, spaces anywhere, extension after "-", "转" or "#".
// Area codes beginning 01/02 have three digits (010, 020–029), all others four (0371), which
// is what lets an unhyphenated number be split. Local numbers are 7–8 digits starting 2–9.
class LandlineNumber
{
public:
    static Result<LandlineNumber> parse(std::string_view text);

    const std::string &areaCode() const { return m_areaCode; }
    const std::string &localNumber() const { return m_localNumber; }
    const std::string &extension() const { return m_extension; } // empty when none
    std::string normalized() const;

private:
    LandlineNumber(std::string areaCode, std::string localNumber, std::string extension)
        : m_areaCode(std::move(areaCode)), m_localNumber(std::move(localNumber)),
          m_extension(std::move(extension))
    {}

    std::string m_areaCode;
    std::string m_localNumber;
    std::string m_extension;
};

} // namespace kiosk::core
