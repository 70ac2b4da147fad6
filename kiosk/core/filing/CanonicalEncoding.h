#pragma once

#include "kiosk/core/Rejection.h"

#include <optional>
#include <string>

namespace kiosk::core {

// The outcome of a canonicalisation: the canonical bytes, or why the value has none.
// A value, never an exception, so both the terminal and the gateway can report the reason.
struct CanonicalEncoding
{
    std::string bytes;                  // meaningful only when ok()
    std::optional<Rejection> rejection; // set when the input cannot be canonicalised

    bool ok() const { return !rejection.has_value(); }

    static CanonicalEncoding success(std::string canonicalBytes)
    {
        return CanonicalEncoding{std::move(canonicalBytes), std::nullopt};
    }
    static CanonicalEncoding failure(Rejection why) { return CanonicalEncoding{{}, std::move(why)}; }
};

} // namespace kiosk::core
