#include "kiosk/core/store/FilingOutbox.h"

#include "kiosk/core/store/SqliteTransaction.h"

#include <algorithm>

namespace kiosk::core {

namespace {

std::int64_t millis(StoreTime time)
{
    return time.time_since_epoch().count();
}

StoreTime fromMillis(std::int64_t value)
{
    return StoreTime(std::chrono::milliseconds(value));
}

std::optional<std::string> optionalText(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.text(column);
}

OutboxState stateFrom(const std::string &text)
{
    if (text == "sent")
        return OutboxState::sent;
    if (text == "needs_attention")
        return OutboxState::needsAttention;
    return OutboxState::pending;
}

Result<std::optional<OutboxEntry>> firstOf(Result<std::vector<OutboxEntry>> found)
{
    if (!found.ok())
        return found.error();
    if (found.value().empty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(std::move(found.value().front()));
}

} // namespace

std::chrono::milliseconds RetryPolicy::delayAfter(int failedAttempts) const
{
    auto delay = first;
    for (int i = 1; i < failedAttempts && delay < longest; ++i)
        delay *= 2;
    return std::min(delay, longest);
}

Result<FilingOutbox::Enqueued> FilingOutbox::enqueue(const OutboxSubmission &submission, StoreTime now)
{
    if (submission.idempotencyKey.empty())
        return Rejection{"store.idempotency_key_missing", "申请缺少幂等键，未加入待发送队列"};

    SqliteTransaction transaction(database_);
    if (!transaction.begun().ok())
        return transaction.begun().error();

    auto existing = database_.prepare("SELECT id, canonical_bytes FROM outbox WHERE idempotency_key = ?1");
    if (!existing.ok())
        return existing.error();
    existing.value().bindText(1, submission.idempotencyKey);
    auto row = existing.value().step();
    if (!row.ok())
        return row.error();
    if (row.value()) {
        if (existing.value().blob(1) != submission.canonicalBytes)
            return Rejection{"store.outbox_key_conflict", "同一幂等键已用于内容不同的申请，未加入待发送队列"};
        return Enqueued{existing.value().integer(0), true};
    }

    auto insert = database_.prepare(
        "INSERT INTO outbox (idempotency_key, canonical_bytes, signature, draft_id, state, "
        "next_attempt_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5, ?5)");
    if (!insert.ok())
        return insert.error();
    insert.value()
        .bindText(1, submission.idempotencyKey)
        .bindBlob(2, submission.canonicalBytes)
        .bindOptionalBlob(3, submission.signature)
        .bindText(4, submission.draftId)
        .bindInteger(5, millis(now));
    if (auto done = insert.value().run(); !done.ok())
        return done.error();

    auto lastId = database_.prepare("SELECT last_insert_rowid()");
    if (!lastId.ok())
        return lastId.error();
    if (auto stepped = lastId.value().step(); !stepped.ok())
        return stepped.error();
    const std::int64_t id = lastId.value().integer(0);

    auto payload = database_.prepare("INSERT INTO outbox_payloads (outbox_id, payload) VALUES (?1, ?2)");
    if (!payload.ok())
        return payload.error();
    if (auto done = payload.value().bindInteger(1, id).bindBlob(2, submission.payload).run(); !done.ok())
        return done.error();

    if (!submission.draftId.empty()) {
        auto queued = database_.prepare("UPDATE drafts SET state = 'queued', updated_at = ?2 WHERE id = ?1");
        if (!queued.ok())
            return queued.error();
        if (auto done = queued.value().bindText(1, submission.draftId).bindInteger(2, millis(now)).run();
            !done.ok())
            return done.error();
    }

    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    return Enqueued{id, false};
}

Result<std::vector<OutboxEntry>> FilingOutbox::query(const std::string &where, std::int64_t argument)
{
    auto select = database_.prepare(
        "SELECT o.id, o.idempotency_key, o.canonical_bytes, o.signature, o.draft_id, o.state, "
        "o.attempts, o.next_attempt_at, o.ack_id, o.last_error_code, o.last_error_message, "
        "o.created_at, p.payload FROM outbox AS o JOIN outbox_payloads AS p ON p.outbox_id = o.id " +
        where);
    if (!select.ok())
        return select.error();
    auto &statement = select.value();
    if (where.find("?1") != std::string::npos)
        statement.bindInteger(1, argument);
    std::vector<OutboxEntry> entries;
    while (true) {
        auto row = statement.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return entries;
        OutboxEntry entry;
        entry.id = statement.integer(0);
        entry.submission.idempotencyKey = statement.text(1);
        entry.submission.canonicalBytes = statement.blob(2);
        if (!statement.isNull(3))
            entry.submission.signature = statement.blob(3);
        entry.submission.draftId = statement.text(4);
        entry.state = stateFrom(statement.text(5));
        entry.attempts = static_cast<int>(statement.integer(6));
        entry.nextAttemptAt = fromMillis(statement.integer(7));
        entry.ackId = optionalText(statement, 8);
        entry.lastErrorCode = optionalText(statement, 9);
        entry.lastErrorMessage = optionalText(statement, 10);
        entry.createdAt = fromMillis(statement.integer(11));
        entry.submission.payload = statement.blob(12);
        entries.push_back(std::move(entry));
    }
}

Result<std::optional<OutboxEntry>> FilingOutbox::nextDue(StoreTime now)
{
    return firstOf(query("WHERE o.state = 'pending' AND o.next_attempt_at <= ?1 "
                         "ORDER BY o.next_attempt_at, o.id LIMIT 1",
                         millis(now)));
}

Result<std::optional<OutboxEntry>> FilingOutbox::find(std::int64_t id)
{
    return firstOf(query("WHERE o.id = ?1", id));
}

Result<OutboxEntry> FilingOutbox::existing(std::int64_t id)
{
    auto entry = find(id);
    if (!entry.ok())
        return entry.error();
    if (!entry.value())
        return Rejection{"store.outbox_not_found", "待发送队列中没有这条申请"};
    return std::move(*entry.value());
}

Result<void> FilingOutbox::markSent(std::int64_t id, const std::string &ackId, StoreTime now)
{
    SqliteTransaction transaction(database_);
    if (!transaction.begun().ok())
        return transaction.begun();
    auto entry = existing(id);
    if (!entry.ok())
        return entry.error();
    if (entry.value().state == OutboxState::sent)
        return Result<void>{};
    auto sent = database_.prepare("UPDATE outbox SET state = 'sent', ack_id = ?2, updated_at = ?3 "
                                  "WHERE id = ?1");
    if (!sent.ok())
        return sent.error();
    if (auto done = sent.value().bindInteger(1, id).bindText(2, ackId).bindInteger(3, millis(now)).run();
        !done.ok())
        return done;
    auto submitted =
        database_.prepare("UPDATE drafts SET state = 'submitted', updated_at = ?2 WHERE id = ?1");
    if (!submitted.ok())
        return submitted.error();
    if (auto done =
            submitted.value().bindText(1, entry.value().submission.draftId).bindInteger(2, millis(now)).run();
        !done.ok())
        return done;
    return transaction.commit();
}

Result<void> FilingOutbox::markFailed(std::int64_t id, Failure kind, const Rejection &reason, StoreTime now)
{
    SqliteTransaction transaction(database_);
    if (!transaction.begun().ok())
        return transaction.begun();
    auto entry = existing(id);
    if (!entry.ok())
        return entry.error();
    if (entry.value().state != OutboxState::pending)
        return Rejection{"store.outbox_not_pending", "这条申请已不在待发送状态，无法记录发送失败"};
    const int attempts = entry.value().attempts + 1;
    const bool permanent = kind == Failure::permanent;
    const StoreTime next = permanent ? now : now + policy_.delayAfter(attempts);

    auto update = database_.prepare(
        "UPDATE outbox SET state = ?2, attempts = ?3, next_attempt_at = ?4, last_error_code = ?5, "
        "last_error_message = ?6, updated_at = ?7 WHERE id = ?1");
    if (!update.ok())
        return update.error();
    update.value()
        .bindInteger(1, id)
        .bindText(2, permanent ? "needs_attention" : "pending")
        .bindInteger(3, attempts)
        .bindInteger(4, millis(next))
        .bindText(5, reason.code)
        .bindText(6, reason.message)
        .bindInteger(7, millis(now));
    if (auto done = update.value().run(); !done.ok())
        return done;
    return transaction.commit();
}

Result<std::vector<OutboxEntry>> FilingOutbox::listNeedsAttention()
{
    return query("WHERE o.state = 'needs_attention' ORDER BY o.id", 0);
}

} // namespace kiosk::core
