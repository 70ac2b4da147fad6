#pragma once

#include "kiosk/core/filing/CanonicalEncoding.h"

#include <nlohmann/json.hpp>

namespace kiosk::core {

// RFC 8785 JSON Canonicalization Scheme (JCS).
//
// - object members sorted by the UTF-16 code units of their names, no insignificant whitespace;
// - strings escape only '"', '\\' and the C0 controls (\b \f \n \r \t, else \u00xx in lowercase
//   hex); everything else, '/' and all non-ASCII included, is written as literal UTF-8;
// - numbers as ECMAScript writes them (see EcmaNumber). Integers held as int64/uint64 are first
//   converted to double, exactly as an ECMAScript reader would, so integers beyond 2^53 lose
//   precision the same way on every side; values that must be exact belong in strings.
//
// Refused (never thrown): strings or member names that are not valid UTF-8
// ("canonical.invalid_utf8"), NaN and infinities ("canonical.non_finite_number"), and values
// that JSON cannot carry, such as binary or discarded values ("canonical.unsupported_value").
class CanonicalJson
{
public:
    static CanonicalEncoding canonicalize(const nlohmann::json &value);
};

} // namespace kiosk::core
