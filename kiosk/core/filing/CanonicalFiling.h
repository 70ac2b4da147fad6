#pragma once

#include "kiosk/core/filing/CanonicalEncoding.h"
#include "kiosk/core/filing/Filing.h"

#include <optional>

namespace kiosk::core {

// The one encoding of a filing that the terminal signs and the gateway verifies and
// deduplicates on: RFC 8785 bytes of
//   {"business","catalogVersion","fields","idempotencyKey","injuryRecordId","materials",
//    "workerId"}
// with materials as [{"order","sha256","type"}] sorted by (type, order) so the bytes do not
// depend on the order in which pages were captured. Members are always present (an absent
// injury record is ""), so both sides build the same object.
class CanonicalFiling
{
public:
    // The filing as the JSON object that gets canonicalised (also the wire shape).
    static nlohmann::json toJson(const Filing &filing);

    // Reads the wire shape back; refuses with the same codes as validate().
    struct Parsed
    {
        std::optional<Filing> filing;
        std::optional<Rejection> rejection;
    };
    static Parsed fromJson(const nlohmann::json &json);

    // Checks the shape: required ids present, field values are strings, arrays of strings or
    // arrays of objects, material hashes are 64 lowercase hex digits, no duplicate material.
    static std::optional<Rejection> validate(const Filing &filing);
};

// validate() then RFC 8785; the bytes to sign, verify and deduplicate on.
CanonicalEncoding canonicalFilingBytes(const Filing &filing);

} // namespace kiosk::core
