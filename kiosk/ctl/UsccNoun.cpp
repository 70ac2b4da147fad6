#include "kiosk/ctl/UsccNoun.h"

#include "kiosk/core/identity/CreditCode.h"
#include "kiosk/ctl/CheckReport.h"
#include "kiosk/ctl/ExitCode.h"

namespace kiosk::ctl {

int UsccNoun::run(const CommandLine &line, std::ostream &out, std::ostream &err) const
{
    const auto verb = line.positional(1);
    if (!verb || *verb != "check") {
        err << "kioskctl uscc: " << (verb ? "未知操作：" + *verb : std::string("缺少操作（check）")) << "\n";
        return ExitUsage;
    }
    const auto text = line.positional(2);
    if (!text || line.positionals().size() > 3) {
        err << "kioskctl uscc check: " << (text ? "多余的参数" : "缺少统一社会信用代码") << "\n";
        return ExitUsage;
    }

    const auto result = kiosk::core::CreditCode::parse(*text);
    if (!result)
        return CheckReport::printInvalid(out, line.json(), *text, result.error());

    const auto &code = result.value();
    const nlohmann::ordered_json details{
        {"normalized", code.normalized()},
        {"registrationAuthority", std::string(1, code.registrationAuthority())},
        {"organizationType", std::string(1, code.organizationType())},
        {"regionCode", std::string(code.regionCode())},
        {"organizationCode", std::string(code.organizationCode())}};
    return CheckReport::printValid(out, line.json(), details);
}

} // namespace kiosk::ctl
