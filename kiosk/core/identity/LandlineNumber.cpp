#include "kiosk/core/identity/LandlineNumber.h"

#include "kiosk/core/identity/AsciiText.h"

#include <vector>

namespace kiosk::core {

namespace {

std::size_t areaCodeLengthFor(std::string_view digits)
{
    return digits.size() >= 2 && (digits[1] == '1' || digits[1] == '2') ? 3 : 4;
}

std::vector<std::string> splitOnHyphen(const std::string &text)
{
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == '-')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

Rejection formatRejection()
{
    return {"landline.format",
            "固定电话格式不正确，应为区号-号码（如0371-65123456），分机号可写在“-”或“转”之后"};
}

} // namespace

Result<LandlineNumber> LandlineNumber::parse(std::string_view text)
{
    text = ascii::trimSpace(text);
    if (text.empty())
        return Rejection{"landline.empty", "请输入固定电话"};

    std::string compact;
    for (char c : text) {
        if (c != ' ')
            compact += c;
    }
    std::string extension;
    bool extensionMarked = false;
    for (std::string_view marker : {std::string_view("转"), std::string_view("#")}) {
        if (const auto at = compact.find(marker); at != std::string::npos) {
            extension = compact.substr(at + marker.size());
            compact.erase(at);
            extensionMarked = true;
            break;
        }
    }

    const auto parts = splitOnHyphen(compact);
    std::string areaCode, localNumber;
    if (parts.size() == 1 || (parts.size() == 2 && parts[0].size() > 4)) {
        // Area code and number run together, perhaps followed by "-extension".
        const std::string &digits = parts[0];
        if (digits.empty() || digits[0] != '0')
            return Rejection{"landline.area_code", "固定电话须包含以0开头的区号"};
        const std::size_t areaLength = areaCodeLengthFor(digits);
        areaCode = digits.substr(0, areaLength);
        localNumber = digits.size() > areaLength ? digits.substr(areaLength) : std::string();
        if (parts.size() == 2) {
            if (extensionMarked)
                return formatRejection();
            extension = parts[1];
            extensionMarked = true;
        }
    } else if (parts.size() == 2 || parts.size() == 3) {
        areaCode = parts[0];
        localNumber = parts[1];
        if (parts.size() == 3) {
            if (extensionMarked)
                return formatRejection();
            extension = parts[2];
            extensionMarked = true;
        }
    } else {
        return formatRejection();
    }

    if (!ascii::isDigits(areaCode) || !ascii::isDigits(localNumber) || !ascii::isDigits(extension))
        return formatRejection();
    if (areaCode.size() < 3 || areaCode[0] != '0' || areaCode[1] == '0' ||
        areaCode.size() != areaCodeLengthFor(areaCode))
        return Rejection{"landline.area_code",
                         "固定电话区号无效：010、020–029为3位，其余区号为4位，均以0开头"};
    if (localNumber.size() < 7 || localNumber.size() > 8 || localNumber[0] < '2')
        return Rejection{"landline.number", "固定电话号码应为7–8位数字，且不以0或1开头"};
    if (extensionMarked && (extension.empty() || extension.size() > 6))
        return Rejection{"landline.extension", "固定电话分机号应为1–6位数字"};
    return LandlineNumber(areaCode, localNumber, extension);
}

std::string LandlineNumber::normalized() const
{
    std::string text = m_areaCode + "-" + m_localNumber;
    if (!m_extension.empty())
        text += "-" + m_extension;
    return text;
}

} // namespace kiosk::core
