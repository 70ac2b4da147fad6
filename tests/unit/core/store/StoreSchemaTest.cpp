#include "kiosk/core/store/StoreSchema.h"

#include "TemporaryDirectory.h"
#include "kiosk/core/store/LocalStore.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

TEST(StoreSchema, NewStoreIsAtCurrentVersionInWalMode)
{
    TemporaryDirectory directory;
    auto store = LocalStore::open(directory.file("s.sqlite"));
    ASSERT_TRUE(store.ok()) << store.error().code;
    auto version = store.value().schemaVersion();
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value(), StoreSchema::currentVersion());
    auto mode = store.value().database().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok() && mode.value().step().ok());
    EXPECT_EQ(mode.value().text(0), "wal");
    auto sync = store.value().database().prepare("PRAGMA synchronous");
    ASSERT_TRUE(sync.ok() && sync.value().step().ok());
    EXPECT_EQ(sync.value().integer(0), 2); // FULL
}

TEST(StoreSchema, UpgradesVersionOneKeepingDraftsAndTheirMaterials)
{
    TemporaryDirectory directory;
    const auto path = directory.file("v1.sqlite");
    {
        auto database = SqliteDatabase::open(path);
        ASSERT_TRUE(database.ok());
        ASSERT_TRUE(StoreSchema::migrate(*database.value(), 1).ok());
        ASSERT_TRUE(database.value()
                        ->execute(R"sql(INSERT INTO drafts (id, business_id, worker_id,
                            catalog_version, fields_json, materials_json, created_at, updated_at)
                            VALUES ('old', 'rehabilitation', '11010519491231002X', '2023.1',
                            '{"diagnosis":"腰椎骨折"}',
                            '[{"type":"id_card","order":1,"sha256":"aa","path":"/p/1"},
                              {"type":"id_card","order":2,"sha256":"bb"}]', 10, 20))sql")
                        .ok());
        auto version = StoreSchema::versionOf(*database.value());
        ASSERT_TRUE(version.ok());
        EXPECT_EQ(version.value(), 1);
    }
    auto store = LocalStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().code;
    EXPECT_EQ(store.value().schemaVersion().value(), StoreSchema::currentVersion());
    auto draft = store.value().drafts().loadDraft("old");
    ASSERT_TRUE(draft.ok() && draft.value().has_value());
    EXPECT_EQ(draft.value()->fields["diagnosis"], "腰椎骨折");
    const std::vector<DraftMaterial> expected = {{"id_card", 1, "aa", "/p/1"}, {"id_card", 2, "bb", ""}};
    EXPECT_EQ(draft.value()->materials, expected);
}

TEST(StoreSchema, RefusesDatabaseNewerThanTheCode)
{
    TemporaryDirectory directory;
    const auto path = directory.file("future.sqlite");
    {
        auto store = LocalStore::open(path);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(store.value()
                        .database()
                        .execute("PRAGMA user_version = " + std::to_string(StoreSchema::currentVersion() + 1))
                        .ok());
    }
    auto reopened = LocalStore::open(path);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, "store.schema_too_new");
    EXPECT_NE(reopened.error().message.find("升级"), std::string::npos);
}

TEST(StoreSchema, UnopenablePathIsAReportedError)
{
    auto store = LocalStore::open("/nonexistent-dir/for/sure/store.sqlite");
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, "store.cannot_open");
}
