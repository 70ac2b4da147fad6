#include "kiosk/ctl/CheckReport.h"

#include "kiosk/ctl/ExitCode.h"

namespace kiosk::ctl {

int CheckReport::printValid(std::ostream &out, bool json, const nlohmann::ordered_json &details)
{
    if (json) {
        nlohmann::ordered_json object{{"valid", true}, {"code", nullptr}, {"message", nullptr}};
        object.update(details);
        out << object.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
        out << "valid\n";
        for (const auto &[key, value] : details.items())
            out << "  " << key << ": " << (value.is_string() ? value.get<std::string>() : value.dump())
                << "\n";
    }
    return ExitOk;
}

int CheckReport::printInvalid(std::ostream &out, bool json, const std::string &input,
                              const kiosk::core::Rejection &rejection)
{
    if (json) {
        const nlohmann::ordered_json object{
            {"valid", false}, {"code", rejection.code}, {"message", rejection.message}, {"input", input}};
        // "replace" keeps a stray invalid UTF-8 byte in the operator's input from throwing.
        out << object.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
        out << "invalid: " << rejection.message << " [" << rejection.code << "]\n";
    }
    return ExitRefused;
}

} // namespace kiosk::ctl
