#pragma once

#include "kiosk/core/store/StoreClock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::core {

// What the terminal hands to the outbox when a filing is signed and queued.
struct OutboxSubmission
{
    std::string idempotencyKey;           // the filing's key; unique in the outbox
    std::string canonicalBytes;           // canonicalFilingBytes() of the filing
    std::string payload;                  // the request body to send
    std::optional<std::string> signature; // over canonicalBytes, when made on a token
    std::string draftId;                  // the draft this came from; "" if none
};

// pending: waiting to be sent (again); sent: the gateway acknowledged it;
// needs_attention: the gateway refused it for good, a person must look at it.
enum class OutboxState { pending, sent, needsAttention };

struct OutboxEntry
{
    std::int64_t id = 0;
    OutboxSubmission submission;
    OutboxState state = OutboxState::pending;
    int attempts = 0; // failed sends so far
    StoreTime nextAttemptAt{};
    std::optional<std::string> ackId;
    std::optional<std::string> lastErrorCode;
    std::optional<std::string> lastErrorMessage;
    StoreTime createdAt{};
};

} // namespace kiosk::core
