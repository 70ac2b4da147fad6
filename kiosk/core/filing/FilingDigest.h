#pragma once

#include "kiosk/core/filing/CanonicalEncoding.h"
#include "kiosk/core/filing/Filing.h"

namespace kiosk::core {

// SHA-256 (lowercase hex) of canonicalFilingBytes(filing): the filing's identity for
// deduplication and display. On refusal `bytes` is empty and `rejection` says why.
CanonicalEncoding filingDigest(const Filing &filing);

} // namespace kiosk::core
