#pragma once

#include <string>

namespace kiosk::core {

// Why a piece of user input was refused. `code` is stable (tests, logs and the gateway's
// structured errors match on it, e.g. "id.check_character"); `message` is Simplified Chinese
// for the person at the terminal and names the rule that was broken.
struct Rejection
{
    std::string code;
    std::string message;

    friend bool operator==(const Rejection &, const Rejection &) = default;
};

// A rejection tied to one field of a form, as the validator reports it.
struct FieldError
{
    std::string field; // the field's id in the catalog definition
    std::string code;
    std::string message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace kiosk::core
