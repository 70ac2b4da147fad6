#include "CrashScenario.h"
#include "TemporaryDirectory.h"
#include "kiosk/core/store/LocalStore.h"

#include <gtest/gtest.h>

using namespace kiosk::core;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

StoreTime at(std::int64_t ms)
{
    return StoreTime(milliseconds(ms));
}

const Rejection kGatewayDown{"gateway.unreachable", "无法连接前置服务"};
const Rejection kRefused{"filing.worker_not_insured", "该职工无参保记录"};

class FilingOutboxTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(directory.file("store.sqlite"));
        ASSERT_TRUE(opened.ok()) << opened.error().code;
        store.emplace(std::move(opened).value());
    }
    FilingOutbox outbox() { return store->outbox(RetryPolicy{seconds(5), seconds(60)}); }

    TemporaryDirectory directory;
    std::optional<LocalStore> store;
};

} // namespace

TEST_F(FilingOutboxTest, EnqueuedEntryIsDueAtOnceWithPayloadAndSignature)
{
    auto enqueued = outbox().enqueue(crash_scenario::submission(1), at(1000));
    ASSERT_TRUE(enqueued.ok());
    EXPECT_FALSE(enqueued.value().alreadyQueued);
    auto due = outbox().nextDue(at(1000));
    ASSERT_TRUE(due.ok() && due.value().has_value());
    EXPECT_EQ(due.value()->id, enqueued.value().id);
    EXPECT_EQ(due.value()->submission.payload, crash_scenario::submission(1).payload);
    EXPECT_EQ(due.value()->submission.signature, std::optional<std::string>("sig-1"));
    EXPECT_EQ(due.value()->attempts, 0);
}

TEST_F(FilingOutboxTest, SameIdempotencyKeyTwiceKeepsOneEntry)
{
    auto first = outbox().enqueue(crash_scenario::submission(1), at(1));
    auto second = outbox().enqueue(crash_scenario::submission(1), at(2));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(second.value().alreadyQueued);
    EXPECT_EQ(first.value().id, second.value().id);
    auto count = store->database().prepare("SELECT count(*) FROM outbox");
    ASSERT_TRUE(count.ok() && count.value().step().ok());
    EXPECT_EQ(count.value().integer(0), 1);
}

TEST_F(FilingOutboxTest, SameKeyWithDifferentContentIsRefused)
{
    ASSERT_TRUE(outbox().enqueue(crash_scenario::submission(1), at(1)).ok());
    auto changed = crash_scenario::submission(1);
    changed.canonicalBytes = "{\"index\":99}";
    auto refused = outbox().enqueue(changed, at(2));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "store.outbox_key_conflict");
}

TEST_F(FilingOutboxTest, TransientFailuresBackOffExponentiallyUpToTheCap)
{
    const auto id = outbox().enqueue(crash_scenario::submission(1), at(0)).value().id;
    std::int64_t now = 0;
    const std::int64_t expectedDelays[] = {5000, 10000, 20000, 40000, 60000, 60000};
    for (const auto delay : expectedDelays) {
        ASSERT_TRUE(outbox().markFailed(id, FilingOutbox::Failure::transient, kGatewayDown, at(now)).ok());
        auto early = outbox().nextDue(at(now + delay - 1));
        ASSERT_TRUE(early.ok());
        EXPECT_FALSE(early.value().has_value()) << "retried before its backoff of " << delay;
        auto due = outbox().nextDue(at(now + delay));
        ASSERT_TRUE(due.ok() && due.value().has_value());
        EXPECT_EQ(due.value()->lastErrorCode, std::optional<std::string>("gateway.unreachable"));
        now += delay;
    }
    EXPECT_EQ(outbox().find(id).value()->attempts, 6);
}

TEST_F(FilingOutboxTest, PermanentFailureMovesToNeedsAttentionAndStopsRetrying)
{
    const auto id = outbox().enqueue(crash_scenario::submission(1), at(0)).value().id;
    ASSERT_TRUE(outbox().markFailed(id, FilingOutbox::Failure::permanent, kRefused, at(10)).ok());
    auto due = outbox().nextDue(at(1'000'000'000));
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due.value().has_value());
    auto attention = outbox().listNeedsAttention();
    ASSERT_TRUE(attention.ok());
    ASSERT_EQ(attention.value().size(), 1u);
    EXPECT_EQ(attention.value()[0].lastErrorMessage, std::optional<std::string>("该职工无参保记录"));
    auto again = outbox().markFailed(id, FilingOutbox::Failure::transient, kGatewayDown, at(20));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "store.outbox_not_pending");
}

TEST_F(FilingOutboxTest, SentEntryIsNoLongerDueAndItsDraftIsSubmitted)
{
    ASSERT_TRUE(store->drafts().saveDraft(crash_scenario::draft(1, 1), at(0)).ok());
    const auto id = outbox().enqueue(crash_scenario::submission(1), at(1)).value().id;
    EXPECT_EQ(store->drafts().loadDraft("draft-1").value()->state, DraftState::queued);

    ASSERT_TRUE(outbox().markSent(id, "ack-123", at(2)).ok());
    ASSERT_TRUE(outbox().markSent(id, "ack-123", at(3)).ok()); // a repeated ack is harmless
    EXPECT_FALSE(outbox().nextDue(at(10)).value().has_value());
    EXPECT_EQ(outbox().find(id).value()->ackId, std::optional<std::string>("ack-123"));
    EXPECT_EQ(store->drafts().loadDraft("draft-1").value()->state, DraftState::submitted);
}

TEST_F(FilingOutboxTest, UnknownEntryIsReported)
{
    auto result = outbox().markSent(4711, "ack", at(1));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "store.outbox_not_found");
}

TEST_F(FilingOutboxTest, DueEntriesComeOldestFirst)
{
    const auto first = outbox().enqueue(crash_scenario::submission(1), at(100)).value().id;
    ASSERT_TRUE(outbox().enqueue(crash_scenario::submission(2), at(50)).ok());
    ASSERT_TRUE(outbox().markFailed(first, FilingOutbox::Failure::transient, kGatewayDown, at(100)).ok());
    auto due = outbox().nextDue(at(200));
    ASSERT_TRUE(due.ok() && due.value().has_value());
    EXPECT_EQ(due.value()->submission.idempotencyKey, "key-2");
}
