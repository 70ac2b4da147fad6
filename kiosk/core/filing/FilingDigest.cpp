#include "kiosk/core/filing/FilingDigest.h"

#include "kiosk/core/filing/CanonicalFiling.h"
#include "kiosk/core/filing/Sha256.h"

namespace kiosk::core {

CanonicalEncoding filingDigest(const Filing &filing)
{
    auto encoding = canonicalFilingBytes(filing);
    if (!encoding.ok())
        return encoding;
    return CanonicalEncoding::success(Sha256::hex(encoding.bytes));
}

} // namespace kiosk::core
