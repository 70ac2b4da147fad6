#pragma once

#include "kiosk/core/Rejection.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace kiosk::ctl {

// Prints the outcome of a `<noun> check`: "valid" plus detail lines, or
// "invalid: <reason> [code]"; with --json one object {valid, code, message, ...details}.
// Returns the exit code (ExitOk or ExitRefused).
class CheckReport
{
public:
    static int printValid(std::ostream &out, bool json, const nlohmann::ordered_json &details);
    static int printInvalid(std::ostream &out, bool json, const std::string &input,
                            const kiosk::core::Rejection &rejection);
};

} // namespace kiosk::ctl
