#include "kiosk/core/filing/Sha256.h"

#include <openssl/sha.h>

namespace kiosk::core {

std::string Sha256::hex(std::string_view bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(), digest);
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 * SHA256_DIGEST_LENGTH);
    for (const unsigned char byte : digest) {
        text.push_back(digits[byte >> 4]);
        text.push_back(digits[byte & 0x0F]);
    }
    return text;
}

} // namespace kiosk::core
