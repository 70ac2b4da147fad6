#pragma once

#include "kiosk/core/store/OutboxEntry.h"
#include "kiosk/core/store/SqliteDatabase.h"

#include <chrono>
#include <optional>
#include <vector>

namespace kiosk::core {

// Transient failures wait first, 2×first, 4×first, ... capped at longest, and retry forever:
// a filing is never dropped because the gateway was away for a long time.
struct RetryPolicy
{
    std::chrono::milliseconds first = std::chrono::seconds(5);
    std::chrono::milliseconds longest = std::chrono::minutes(10);

    std::chrono::milliseconds delayAfter(int failedAttempts) const;
};

// Signed filings waiting for the gateway. Entries are keyed by idempotency key, so queueing
// the same filing twice (double tap, crash and retry) keeps one entry.
class FilingOutbox
{
public:
    explicit FilingOutbox(SqliteDatabase &database, RetryPolicy policy = {})
        : database_(database), policy_(policy)
    {}

    struct Enqueued
    {
        std::int64_t id = 0;
        bool alreadyQueued = false; // the key was there before; nothing new was written
    };
    // Stores the entry and its payload, and marks its draft `queued`, in one transaction.
    // The same key with different canonical bytes is refused ("store.outbox_key_conflict").
    Result<Enqueued> enqueue(const OutboxSubmission &submission, StoreTime now);

    // The pending entry whose next attempt is due at `now`, oldest first.
    Result<std::optional<OutboxEntry>> nextDue(StoreTime now);
    Result<std::optional<OutboxEntry>> find(std::int64_t id);

    // The gateway acknowledged it: sent, and its draft `submitted`. Repeating is harmless.
    Result<void> markSent(std::int64_t id, const std::string &ackId, StoreTime now);

    enum class Failure { transient, permanent };
    // transient: count the attempt and wait per RetryPolicy; permanent: needs attention.
    Result<void> markFailed(std::int64_t id, Failure kind, const Rejection &reason, StoreTime now);

    Result<std::vector<OutboxEntry>> listNeedsAttention();

private:
    Result<std::vector<OutboxEntry>> query(const std::string &where, std::int64_t argument);
    // find(), with "not in the outbox" as the error rather than an empty optional.
    Result<OutboxEntry> existing(std::int64_t id);

    SqliteDatabase &database_;
    RetryPolicy policy_;
};

} // namespace kiosk::core
