#pragma once

#include <string>
#include <string_view>

namespace kiosk::core {

// SHA-256 over bytes, as 64 lowercase hex digits. Lives in kiosk_filing_digest (OpenSSL's
// libcrypto) so that kiosk_core itself stays on the standard library and nlohmann-json.
class Sha256
{
public:
    static std::string hex(std::string_view bytes);
};

} // namespace kiosk::core
