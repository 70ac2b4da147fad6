#include "kiosk/ctl/IdNoun.h"

#include "kiosk/core/identity/CitizenId.h"
#include "kiosk/core/identity/DocumentNumber.h"
#include "kiosk/ctl/CheckReport.h"
#include "kiosk/ctl/ExitCode.h"

namespace kiosk::ctl {

using kiosk::core::CalendarDate;
using kiosk::core::CitizenId;
using kiosk::core::DocumentNumber;
using kiosk::core::DocumentType;

std::string IdNoun::usage() const
{
    return "kioskctl id check NUMBER [--type TYPE] [--json]\n"
           "    TYPE: 居民身份证 | 港澳台居民居住证 | 外国人永久居留身份证 | 护照\n"
           "          (or resident_id_card | hk_macao_taiwan_residence_permit |\n"
           "           foreign_permanent_resident_id_card | passport)\n";
}

int IdNoun::run(const CommandLine &line, std::ostream &out, std::ostream &err) const
{
    const auto verb = line.positional(1);
    if (!verb || *verb != "check") {
        err << "kioskctl id: " << (verb ? "未知操作：" + *verb : std::string("缺少操作（check）")) << "\n";
        return ExitUsage;
    }
    const auto number = line.positional(2);
    if (!number || line.positionals().size() > 3) {
        err << "kioskctl id check: " << (number ? "多余的参数" : "缺少证件号码") << "\n";
        return ExitUsage;
    }

    DocumentType type = CitizenId::impliedDocumentType(*number).value_or(DocumentType::ResidentIdCard);
    if (const auto typeText = line.option("--type")) {
        const auto chosen = kiosk::core::documentTypeFromText(*typeText);
        if (!chosen) {
            err << "kioskctl id check: 未知证件类型：" << *typeText << "\n";
            return ExitUsage;
        }
        type = *chosen;
    }

    const auto result = DocumentNumber::parse(*number, type, CalendarDate::today());
    if (!result)
        return CheckReport::printInvalid(out, line.json(), *number, result.error());

    const DocumentNumber &document = result.value();
    nlohmann::ordered_json details{{"normalized", document.normalized()},
                                   {"documentType", kiosk::core::documentTypeKey(type)},
                                   {"documentTypeName", kiosk::core::documentTypeName(type)}};
    if (const auto &citizenId = document.citizenId()) {
        details["birthDate"] = citizenId->birthDate().toIsoString();
        details["sex"] = kiosk::core::sexName(citizenId->sex());
        details["upgradedFromLegacyForm"] = citizenId->upgradedFromLegacyForm();
    }
    return CheckReport::printValid(out, line.json(), details);
}

} // namespace kiosk::ctl
