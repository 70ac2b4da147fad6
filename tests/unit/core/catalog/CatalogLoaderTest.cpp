#include "kiosk/core/catalog/CatalogLoader.h"

#include "catalog/EmbeddedCatalog.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace kiosk::core;
using ::testing::Contains;
using ::testing::HasSubstr;

namespace {

std::vector<CatalogSourceFile> embeddedSources()
{
    std::vector<CatalogSourceFile> files;
    for (const auto &file : kiosk::catalog::embeddedCatalogFiles())
        files.push_back({std::string(file.path), std::string(file.contents)});
    return files;
}

// The embedded catalog with one file's text edited: replace `from` by `to` (must occur).
std::vector<CatalogSourceFile> withEdit(const std::string &path, const std::string &from,
                                        const std::string &to)
{
    auto files = embeddedSources();
    for (auto &file : files)
        if (file.path == path) {
            const auto at = file.text.find(from);
            if (at == std::string::npos)
                throw std::runtime_error(from + " not in " + path);
            file.text.replace(at, from.size(), to);
        }
    return files;
}

std::vector<std::string> errorTexts(const CatalogLoadResult &result)
{
    std::vector<std::string> texts;
    for (const auto &error : result.errors)
        texts.push_back(error.text());
    return texts;
}

} // namespace

TEST(CatalogLoader, UnknownDictionaryNamesFileAndField)
{
    const auto result =
        CatalogLoader::load(withEdit("businesses/rehabilitation.json", "\"dictionary\": \"visit_type\"",
                                     "\"dictionary\": \"visit_kind\""));
    EXPECT_FALSE(result.ok());
    EXPECT_THAT(errorTexts(result),
                Contains("businesses/rehabilitation.json: 字段 visitType: 引用了不存在的字典 visit_kind"));
}

TEST(CatalogLoader, BadJsonNamesTheFile)
{
    auto files = embeddedSources();
    files.push_back({"businesses/half_written.json", "{ \"id\": \"x\", "});
    const auto result = CatalogLoader::load(files);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].file, "businesses/half_written.json");
    EXPECT_EQ(result.errors[0].code, "catalog.bad_json");
}

TEST(CatalogLoader, UnknownFieldTypeIsAnError)
{
    const auto result = CatalogLoader::load(
        withEdit("businesses/extended_treatment.json", "\"type\": \"number\"", "\"type\": \"integer\""));
    EXPECT_THAT(errorTexts(result),
                Contains("businesses/extended_treatment.json: 字段 extensionMonths: 未知的字段类型 integer"));
}

TEST(CatalogLoader, ConditionOnUnknownFieldIsAnError)
{
    const auto result = CatalogLoader::load(withEdit("businesses/old_injury_relapse.json",
                                                     "\"visibleWhen\": {\n        \"field\": \"visitType\"",
                                                     "\"visibleWhen\": {\n        \"field\": \"visitKind\""));
    EXPECT_THAT(errorTexts(result), Contains("businesses/old_injury_relapse.json: 字段 admissionDate: "
                                             "visibleWhen 条件引用了不存在的字段 visitKind"));
}

TEST(CatalogLoader, RouteTransitionToUnknownStateIsAnError)
{
    const auto result = CatalogLoader::load(withEdit("routes/institution.json",
                                                     "\"event\": \"agency_approve\", \"to\": \"approved\"",
                                                     "\"event\": \"agency_approve\", \"to\": \"finished\""));
    EXPECT_THAT(errorTexts(result),
                Contains(HasSubstr("routes/institution.json: 迁移 #6: 引用了不存在的状态 finished")));
}

TEST(CatalogLoader, BusinessOnUnknownRouteIsAnError)
{
    const auto result = CatalogLoader::load(withEdit(
        "businesses/injury_recognition.json", "\"route\": \"recognition\"", "\"route\": \"recognise\""));
    EXPECT_THAT(errorTexts(result),
                Contains("businesses/injury_recognition.json: route: 引用了不存在的审核流程 recognise"));
}

TEST(CatalogLoader, DocumentTypeFieldMustNameADocumentTypeSelect)
{
    const auto result = CatalogLoader::load(withEdit("businesses/injury_recognition.json",
                                                     "\"documentTypeField\": \"idDocumentType\"",
                                                     "\"documentTypeField\": \"gender\""));
    EXPECT_THAT(
        errorTexts(result),
        Contains(HasSubstr("businesses/injury_recognition.json: 字段 workerIdNumber: documentTypeField "
                           "应引用一个使用字典 id_document_type 的单选字段，实际为 gender")));
}

TEST(CatalogLoader, DuplicateFieldIdIsAnError)
{
    const auto result = CatalogLoader::load(
        withEdit("businesses/referral_transfer.json", "\"id\": \"targetHospital\"", "\"id\": \"diagnosis\""));
    EXPECT_THAT(errorTexts(result),
                Contains("businesses/referral_transfer.json: 字段 diagnosis: 字段 id 重复"));
}

TEST(CatalogLoader, MisspeltKeyIsAnErrorNotIgnored)
{
    const auto result =
        CatalogLoader::load(withEdit("businesses/rehabilitation.json",
                                     "\"id\": \"diagnosis\",\n      \"label\": \"疾病诊断\",\n      "
                                     "\"type\": \"text\",\n      \"required\"",
                                     "\"id\": \"diagnosis\",\n      \"label\": \"疾病诊断\",\n      "
                                     "\"type\": \"text\",\n      \"requierd\""));
    EXPECT_THAT(errorTexts(result),
                Contains("businesses/rehabilitation.json: 字段 diagnosis: 未知的键 requierd"));
}

TEST(CatalogLoader, MissingManifestIsAnError)
{
    auto files = embeddedSources();
    files.erase(
        std::remove_if(files.begin(), files.end(), [](const auto &f) { return f.path == "catalog.json"; }),
        files.end());
    const auto result = CatalogLoader::load(files);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.front().code, "catalog.missing_manifest");
}

TEST(CatalogLoader, WrongValueTypesDoNotThrow)
{
    // Every key given a value of the wrong JSON type: reported, never thrown.
    auto files = embeddedSources();
    files.push_back({"businesses/garbage.json",
                     R"({"id": 5, "title": [], "route": {}, "draftPolicy": null, "formTemplate": true,
                         "fields": [{"id": "a", "label": "甲", "type": "text", "maxLength": -3,
                                     "requiredWhen": {"field": 1, "equals": 2}, "columns": 7},
                                    "not an object"],
                         "rules": [{"kind": "dateOrder", "fields": [1]}], "materials": {"x": 1}})"});
    files.push_back({"routes/garbage.json", R"({"states": [1, {"id": []}], "transitions": "none"})"});
    files.push_back({"dictionaries/garbage.json", R"([1, 2, 3])"});
    files.push_back({"catalog.json.bak", "{}"});
    CatalogLoadResult result;
    EXPECT_NO_THROW(result = CatalogLoader::load(files));
    EXPECT_FALSE(result.ok());
    EXPECT_GE(result.errors.size(), 10u);
    for (const auto &error : result.errors)
        EXPECT_FALSE(error.file.empty()) << error.text();
}

TEST(CatalogLoader, BrokenDirectoryReportsEveryFileAndItem)
{
    const auto result = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/broken");
    ASSERT_FALSE(result.ok());
    const auto texts = errorTexts(result);
    EXPECT_THAT(texts, Contains("dictionaries/kind.json: 条目 a: 字典代码重复"));
    EXPECT_THAT(texts, Contains("dictionaries/not_json.json: 不是有效的 JSON"));
    EXPECT_THAT(texts, Contains("routes/bad_state.json: 迁移 #1: 引用了不存在的状态 nowhere"));
    EXPECT_THAT(texts, Contains("businesses/bad_type.json: 字段 when: 未知的字段类型 datetime"));
    EXPECT_THAT(texts, Contains("businesses/bad_type.json: route: 引用了不存在的审核流程 simple"));
}

TEST(CatalogLoader, MissingDirectoryIsAnErrorValue)
{
    const auto result = CatalogLoader::loadDirectory("/nonexistent/catalog/dir");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.front().code, "catalog.unreadable");
}

TEST(CatalogLoader, MinimalDirectoryLoads)
{
    const auto result = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/minimal");
    for (const auto &text : errorTexts(result))
        ADD_FAILURE() << text;
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.catalog->version(), "test.1");
    EXPECT_NE(result.catalog->business("sample"), nullptr);
}

TEST(CatalogLoader, RowColumnErrorsNameFieldAndColumn)
{
    const auto result = CatalogLoader::load(withEdit("businesses/assistive_device.json",
                                                     "\"dictionary\": \"assistive_device_catalog\"",
                                                     "\"dictionary\": \"device_list\""));
    EXPECT_THAT(
        errorTexts(result),
        Contains("businesses/assistive_device.json: 字段 devices.product: 引用了不存在的字典 device_list"));
}
