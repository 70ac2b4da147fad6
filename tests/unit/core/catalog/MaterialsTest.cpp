#include "CatalogTestSupport.h"
#include "kiosk/core/catalog/CatalogLoader.h"
#include "kiosk/core/catalog/FilingValidator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace kiosk::core;
using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {
std::vector<std::string> typesOf(const std::vector<MaterialShortfall> &list)
{
    std::vector<std::string> types;
    for (const auto &item : list)
        types.push_back(item.type);
    return types;
}

std::vector<std::string> applicableTypes(const FilingValidator &validator, const json &values)
{
    std::vector<std::string> types;
    for (const auto *material : validator.applicableMaterials(values))
        types.push_back(material->type);
    return types;
}
} // namespace

TEST(Materials, VisitTypeDecidesWhichRecordIsNeeded)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("old_injury_relapse"));
    EXPECT_THAT(applicableTypes(validator, {{"visitType", "outpatient"}}),
                ElementsAre("diagnosis_certificate", "outpatient_record", "examination_report"));
    EXPECT_THAT(applicableTypes(validator, {{"visitType", "inpatient"}}),
                ElementsAre("diagnosis_certificate", "inpatient_record_front_page", "examination_report"));
    const auto status =
        validator.checkMaterials({{"visitType", "inpatient"}}, {{"diagnosis_certificate", 1}});
    EXPECT_FALSE(status.complete());
    ASSERT_EQ(status.missing.size(), 1u);
    EXPECT_EQ(status.missing[0].label, "住院病历首页");
}

TEST(Materials, TrafficAccidentNeedsLiabilityFinding)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("injury_recognition"));
    const std::map<std::string, int> pages{{"application_form", 1},
                                           {"id_card", 2},
                                           {"labor_relation_proof", 1},
                                           {"medical_diagnosis", 1},
                                           {"outpatient_record", 3}};
    const json workplace{
        {"visitType", "outpatient"}, {"applicationKind", "workplace_accident"}, {"died", "0"}};
    EXPECT_TRUE(validator.checkMaterials(workplace, pages).complete());
    json traffic = workplace;
    traffic["applicationKind"] = "commute_traffic";
    const auto status = validator.checkMaterials(traffic, pages);
    EXPECT_FALSE(status.complete());
    EXPECT_THAT(typesOf(status.missing), ElementsAre("traffic_liability", "work_schedule_route"));
}

TEST(Materials, CountsAboveMaximumAndStrayTypesAreReported)
{
    const auto loaded = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/minimal");
    ASSERT_TRUE(loaded.ok());
    const FilingValidator validator(*loaded.catalog, *loaded.catalog->business("sample"));
    const auto status = validator.checkMaterials({{"kind", "a"}, {"note", "有"}},
                                                 {{"proof", 3}, {"b_proof", 1}, {"selfie", 1}});
    EXPECT_THAT(typesOf(status.excess), ElementsAre("proof"));
    EXPECT_THAT(status.notApplicable, ElementsAre("b_proof"));
    EXPECT_THAT(status.unknownTypes, ElementsAre("selfie"));
    EXPECT_THAT(status.missing, IsEmpty());
    EXPECT_FALSE(status.complete());
}

TEST(Materials, RequiredWhenFalseMakesAMaterialOptional)
{
    const auto loaded = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/minimal");
    ASSERT_TRUE(loaded.ok());
    const FilingValidator validator(*loaded.catalog, *loaded.catalog->business("sample"));
    // optional_extra is required unless a note is given.
    EXPECT_THAT(typesOf(validator.checkMaterials({{"kind", "a"}}, {{"proof", 1}}).missing),
                ElementsAre("optional_extra"));
    EXPECT_TRUE(validator.checkMaterials({{"kind", "a"}, {"note", "有"}}, {{"proof", 1}}).complete());
}

TEST(Materials, AssistiveDeviceCategoryAddsPrescription)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("work_capacity_appraisal"));
    const auto without = applicableTypes(validator, {{"appraisalCategories", {"work_capacity"}}});
    const auto with =
        applicableTypes(validator, {{"appraisalCategories", {"work_capacity", "assistive_device"}}});
    EXPECT_EQ(with.size(), without.size() + 1);
    EXPECT_EQ(with.back(), "device_prescription");
}
