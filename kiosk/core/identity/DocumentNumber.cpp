#include "kiosk/core/identity/DocumentNumber.h"

#include "kiosk/core/identity/AsciiText.h"

namespace kiosk::core {

Result<DocumentNumber> DocumentNumber::parse(std::string_view text, DocumentType type,
                                             const CalendarDate &today)
{
    if (type != DocumentType::Passport) {
        auto citizenId = CitizenId::parse(text, type, today);
        if (!citizenId)
            return citizenId.error();
        return DocumentNumber(type, citizenId.value().normalized(), citizenId.value());
    }

    const std::string number = ascii::toUpper(ascii::trimSpace(text));
    if (number.empty())
        return Rejection{"passport.empty", "请输入护照号码"};
    const std::size_t length = ascii::codePointCount(number);
    if (length < kPassportMinLength || length > kPassportMaxLength)
        return Rejection{"passport.length", "护照号码应为" + std::to_string(kPassportMinLength) + "至" +
                                                std::to_string(kPassportMaxLength) + "位，当前为" +
                                                std::to_string(length) + "位"};
    for (char c : number) {
        if (!ascii::isDigit(c) && !(c >= 'A' && c <= 'Z'))
            return Rejection{"passport.characters", "护照号码只能由英文字母和数字组成"};
    }
    return DocumentNumber(type, number, std::nullopt);
}

} // namespace kiosk::core
