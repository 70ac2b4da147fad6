#include "CatalogTestSupport.h"
#include "kiosk/core/catalog/CatalogLoader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <sstream>

using namespace kiosk::core;
using ::testing::UnorderedElementsAre;

TEST(EmbeddedCatalog, EmbedsEveryJsonFileByteForByte)
{
    const auto files = kiosk::catalog::embeddedCatalogFiles();
    ASSERT_GE(files.size(), 10u);
    EXPECT_TRUE(
        std::any_of(files.begin(), files.end(), [](const auto &f) { return f.path == "catalog.json"; }));
    for (const auto &file : files) {
        std::ifstream in(std::filesystem::path(KIOSK_CATALOG_SOURCE_DIR) / std::string(file.path),
                         std::ios::binary);
        ASSERT_TRUE(in) << file.path;
        std::ostringstream disk;
        disk << in.rdbuf();
        EXPECT_EQ(file.contents, disk.str()) << file.path;
    }
}

TEST(EmbeddedCatalog, LoadsTheSameFromDisk)
{
    const auto fromDisk = CatalogLoader::loadDirectory(KIOSK_CATALOG_SOURCE_DIR);
    ASSERT_TRUE(fromDisk.ok());
    EXPECT_EQ(fromDisk.catalog->businesses().size(), catalog_test::embeddedCatalog().businesses().size());
}

TEST(EmbeddedCatalog, LoadsCleanlyWithVersion)
{
    const auto loaded = kiosk::catalog::loadEmbeddedCatalog();
    for (const auto &error : loaded.errors)
        ADD_FAILURE() << error.text();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.catalog->version(), "2026.11.1");
}

TEST(EmbeddedCatalog, HasTheSevenBusinessesAndThreeRoutes)
{
    const auto &catalog = catalog_test::embeddedCatalog();
    std::vector<std::string> businesses, routes;
    for (const auto &business : catalog.businesses())
        businesses.push_back(business.title);
    for (const auto &route : catalog.routes())
        routes.push_back(route.id());
    EXPECT_THAT(businesses, UnorderedElementsAre("旧伤复发治疗申请", "职工转诊转院申请", "职工康复申请",
                                                 "职工辅助器具配置申请", "职工延长就医申请", "工伤认定申请",
                                                 "工伤劳动能力鉴定申请"));
    EXPECT_THAT(routes, UnorderedElementsAre("institution", "recognition", "appraisal"));
}

TEST(EmbeddedCatalog, HenanFilingsUseInstitutionRouteAndOpenExistingDrafts)
{
    for (const char *id : {"old_injury_relapse", "referral_transfer", "rehabilitation", "assistive_device",
                           "extended_treatment"}) {
        const auto &business = catalog_test::business(id);
        EXPECT_EQ(business.route, "institution") << id;
        EXPECT_EQ(business.draftPolicy, DraftPolicy::OpenExisting) << id;
        const auto *injuryType = business.field("injuryType");
        ASSERT_NE(injuryType, nullptr) << id;
        EXPECT_TRUE(injuryType->readOnly);
        EXPECT_EQ(injuryType->autofill, "injuryRecord.injuryType");
        ASSERT_NE(business.field("institutionName"), nullptr) << id;
        EXPECT_EQ(business.field("institutionName")->autofill, "session.institutionName");
    }
    EXPECT_EQ(catalog_test::business("injury_recognition").draftPolicy, DraftPolicy::ReplaceAfterConfirm);
    EXPECT_EQ(catalog_test::business("injury_recognition").route, "recognition");
    EXPECT_EQ(catalog_test::business("work_capacity_appraisal").route, "appraisal");
}

TEST(EmbeddedCatalog, AssistiveDeviceRowsSearchTheDeviceCatalog)
{
    const auto &devices = *catalog_test::business("assistive_device").field("devices");
    ASSERT_EQ(devices.type, FieldType::Rows);
    ASSERT_EQ(devices.columns.size(), 3u);
    EXPECT_EQ(devices.columns[0].label, "产品名称");
    EXPECT_TRUE(devices.columns[0].searchable);
    const auto *dictionary = catalog_test::embeddedCatalog().dictionary(devices.columns[0].dictionary);
    ASSERT_NE(dictionary, nullptr);
    const auto wheelchairs = dictionary->search("轮椅");
    EXPECT_GE(wheelchairs.size(), 2u);
    EXPECT_EQ(devices.columns[2].dateFormat, "YYYYMMDD");
}
