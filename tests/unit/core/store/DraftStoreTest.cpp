#include "CrashScenario.h"
#include "TemporaryDirectory.h"
#include "kiosk/core/store/LocalStore.h"

#include <gtest/gtest.h>

using namespace kiosk::core;
using std::chrono::milliseconds;

namespace {

StoreTime at(std::int64_t ms)
{
    return StoreTime(milliseconds(ms));
}

class DraftStoreTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = LocalStore::open(directory.file("store.sqlite"));
        ASSERT_TRUE(opened.ok()) << opened.error().code;
        store.emplace(std::move(opened).value());
    }
    DraftStore drafts() { return store->drafts(); }

    TemporaryDirectory directory;
    std::optional<LocalStore> store;
};

} // namespace

TEST_F(DraftStoreTest, SavedDraftLoadsBackWithFieldsMaterialsAndTimes)
{
    const Draft draft = crash_scenario::draft(7, 2);
    ASSERT_TRUE(drafts().saveDraft(draft, at(1000)).ok());
    auto loaded = drafts().loadDraft("draft-7");
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded.value().has_value());
    EXPECT_EQ(loaded.value()->fields, draft.fields);
    EXPECT_EQ(loaded.value()->materials, draft.materials);
    EXPECT_EQ(loaded.value()->workerId, draft.workerId);
    EXPECT_EQ(loaded.value()->state, DraftState::open);
    EXPECT_EQ(loaded.value()->createdAt, at(1000));
}

TEST_F(DraftStoreTest, ResavingReplacesContentAndKeepsCreationTime)
{
    ASSERT_TRUE(drafts().saveDraft(crash_scenario::draft(1, 2), at(1000)).ok());
    ASSERT_TRUE(drafts().saveDraft(crash_scenario::draft(1, 1), at(5000)).ok());
    auto loaded = drafts().loadDraft("draft-1");
    ASSERT_TRUE(loaded.ok() && loaded.value().has_value());
    EXPECT_EQ(loaded.value()->materials.size(), 3u);
    EXPECT_EQ(loaded.value()->fields["revision"], "1");
    EXPECT_EQ(loaded.value()->createdAt, at(1000));
    EXPECT_EQ(loaded.value()->updatedAt, at(5000));
}

TEST_F(DraftStoreTest, MissingDraftIsEmptyNotAnError)
{
    auto loaded = drafts().loadDraft("nope");
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded.value().has_value());
}

TEST_F(DraftStoreTest, ListFiltersByWorkerAndBusinessNewestFirst)
{
    Draft a = crash_scenario::draft(1, 1);
    Draft b = crash_scenario::draft(2, 1);
    Draft c = crash_scenario::draft(3, 1);
    c.workerId = "220102198805120013";
    b.business = "rehabilitation";
    ASSERT_TRUE(drafts().saveDraft(a, at(1)).ok());
    ASSERT_TRUE(drafts().saveDraft(b, at(2)).ok());
    ASSERT_TRUE(drafts().saveDraft(c, at(3)).ok());

    auto all = drafts().listDrafts();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().size(), 3u);
    EXPECT_EQ(all.value().front().id, "draft-3");

    auto byWorker = drafts().listDrafts({a.workerId, ""});
    ASSERT_TRUE(byWorker.ok());
    EXPECT_EQ(byWorker.value().size(), 2u);
    auto byBoth = drafts().listDrafts({a.workerId, "rehabilitation"});
    ASSERT_TRUE(byBoth.ok());
    ASSERT_EQ(byBoth.value().size(), 1u);
    EXPECT_EQ(byBoth.value().front().id, "draft-2");
}

TEST_F(DraftStoreTest, FindOpenDraftIgnoresQueuedDraftsAndOtherBusinesses)
{
    Draft queued = crash_scenario::draft(1, 1);
    queued.state = DraftState::queued;
    ASSERT_TRUE(drafts().saveDraft(queued, at(1)).ok());
    auto none = drafts().findOpenDraft(queued.workerId, queued.business);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value().has_value());

    ASSERT_TRUE(drafts().saveDraft(crash_scenario::draft(2, 1), at(2)).ok());
    auto open = drafts().findOpenDraft(queued.workerId, queued.business);
    ASSERT_TRUE(open.ok() && open.value().has_value());
    EXPECT_EQ(open.value()->id, "draft-2");
    auto otherBusiness = drafts().findOpenDraft(queued.workerId, "rehabilitation");
    ASSERT_TRUE(otherBusiness.ok());
    EXPECT_FALSE(otherBusiness.value().has_value());
}

TEST_F(DraftStoreTest, DeleteRemovesDraftAndItsMaterials)
{
    ASSERT_TRUE(drafts().saveDraft(crash_scenario::draft(1, 2), at(1)).ok());
    ASSERT_TRUE(drafts().deleteDraft("draft-1").ok());
    auto loaded = drafts().loadDraft("draft-1");
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded.value().has_value());
    auto count = store->database().prepare("SELECT count(*) FROM draft_materials");
    ASSERT_TRUE(count.ok() && count.value().step().ok());
    EXPECT_EQ(count.value().integer(0), 0);
    EXPECT_TRUE(drafts().deleteDraft("draft-1").ok());
}

TEST_F(DraftStoreTest, RefusesInvalidInputWithoutStoringAnything)
{
    Draft noId = crash_scenario::draft(1, 1);
    noId.id.clear();
    auto refused = drafts().saveDraft(noId, at(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "store.draft_id_missing");

    Draft badText = crash_scenario::draft(2, 1);
    badText.fields["remark"] = std::string("\xC3\x28");
    refused = drafts().saveDraft(badText, at(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "canonical.invalid_utf8");

    Draft duplicateMaterial = crash_scenario::draft(3, 1);
    duplicateMaterial.materials.push_back(duplicateMaterial.materials.front());
    refused = drafts().saveDraft(duplicateMaterial, at(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "store.constraint");
    EXPECT_FALSE(refused.error().message.empty());

    auto all = drafts().listDrafts();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all.value().empty()) << "a refused save left rows behind";
}
