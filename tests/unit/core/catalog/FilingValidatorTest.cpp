#include "kiosk/core/catalog/FilingValidator.h"

#include "CatalogTestSupport.h"
#include "kiosk/core/catalog/AutofillResolver.h"
#include "kiosk/core/catalog/CatalogLoader.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace kiosk::core;
using nlohmann::json;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAreArray;

namespace {

std::vector<FieldError> validate(const std::string &businessId, const json &values)
{
    return FilingValidator(catalog_test::embeddedCatalog(), catalog_test::business(businessId))
        .validate(values);
}

std::vector<std::string> fieldsOf(const std::vector<FieldError> &errors)
{
    std::vector<std::string> fields;
    for (const auto &error : errors)
        fields.push_back(error.field);
    return fields;
}

std::vector<std::string> codesFor(const std::vector<FieldError> &errors, const std::string &field)
{
    std::vector<std::string> codes;
    for (const auto &error : errors)
        if (error.field == field)
            codes.push_back(error.code);
    return codes;
}

json validRelapse()
{
    return {{"workerName", "张三"},
            {"workerIdNumber", "410105198506120019"},
            {"employerName", "郑州某机械厂"},
            {"injuryType", "accident"},
            {"recognitionNumber", "豫人社工认（2024）0015号"},
            {"injuryDate", "2024-03-01"},
            {"institutionName", "河南省人民医院"},
            {"visitType", "outpatient"},
            {"diagnosis", "右腕关节骨折术后复发"},
            {"diagnosisDate", "20240305"},
            {"relapseDescription", "原骨折处疼痛肿胀"},
            {"attendingDoctor", "李医生"},
            {"contactPhone", "13812345678"},
            {"applicationDate", "2024-03-10"}};
}

} // namespace

TEST(FilingValidator, CompleteRelapseFilingHasNoErrors)
{
    EXPECT_THAT(validate("old_injury_relapse", validRelapse()), IsEmpty());
}

TEST(FilingValidator, EmptyRelapseFilingReportsEveryRequiredFieldAtOnce)
{
    const auto errors = validate("old_injury_relapse", json::object());
    std::vector<std::string> required;
    for (const auto &field : catalog_test::business("old_injury_relapse").fields)
        if (field.required)
            required.push_back(field.id);
    ASSERT_GE(required.size(), 12u);
    EXPECT_THAT(fieldsOf(errors), UnorderedElementsAreArray(required));
    for (const auto &error : errors) {
        EXPECT_EQ(error.code, "field.required");
        EXPECT_NE(error.message.find("为必填项"), std::string::npos);
    }
    EXPECT_THAT(errors, Contains(FieldError{"visitType", "field.required", "「就诊类型」为必填项"}));
}

TEST(FilingValidator, RequiredWhenAppliesOnlyWhileItsConditionHolds)
{
    auto values = validRelapse();
    EXPECT_THAT(codesFor(validate("old_injury_relapse", values), "admissionDate"), IsEmpty());
    values["visitType"] = "inpatient";
    EXPECT_THAT(codesFor(validate("old_injury_relapse", values), "admissionDate"),
                ElementsAre("field.required"));
    values["admissionDate"] = "2024-03-04";
    EXPECT_THAT(validate("old_injury_relapse", values), IsEmpty());
}

TEST(FilingValidator, HiddenFieldsAreIgnoredAndStripped)
{
    auto values = validRelapse(); // outpatient: 入院日期 is hidden
    values["admissionDate"] = "not a date";
    EXPECT_THAT(validate("old_injury_relapse", values), IsEmpty());
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("old_injury_relapse"));
    EXPECT_FALSE(validator.visibleValues(values).contains("admissionDate"));
    EXPECT_TRUE(validator.visibleValues(values).contains("visitType"));
}

TEST(FilingValidator, HidingCascadesThroughDependentFields)
{
    const auto loaded = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/minimal");
    ASSERT_TRUE(loaded.ok());
    const FilingValidator validator(*loaded.catalog, *loaded.catalog->business("sample"));
    // detail is visible only for kind b; detailNote only when detail is filled (and visible).
    const json values = {{"kind", "a"}, {"detail", "x"}, {"detailNote", "y"}};
    EXPECT_EQ(validator.visibleValues(values), (json{{"kind", "a"}}));
    EXPECT_THAT(codesFor(validator.validate({{"kind", "b"}}), "detail"), ElementsAre("field.required"));
}

TEST(FilingValidator, DateOrderRuleReportsTheLaterField)
{
    auto values = validRelapse();
    values["diagnosisDate"] = "2024-02-01"; // before the injury
    values["applicationDate"] = "20240115"; // and before the diagnosis
    const auto errors = validate("old_injury_relapse", values);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].field, "diagnosisDate");
    EXPECT_EQ(errors[0].code, "rule.date_order");
    EXPECT_NE(errors[0].message.find("「诊断时间」（2024-02-01）不能早于「工伤发生时间」（2024-03-01）"),
              std::string::npos)
        << errors[0].message;
    EXPECT_EQ(errors[1].field, "applicationDate");
}

TEST(FilingValidator, SameDayIsInOrder)
{
    auto values = validRelapse();
    values["diagnosisDate"] = "2024-03-01";
    values["applicationDate"] = "20240301";
    EXPECT_THAT(validate("old_injury_relapse", values), IsEmpty());
}

TEST(FilingValidator, FieldTypesAreChecked)
{
    auto values = validRelapse();
    values["workerIdNumber"] = "410105198506120018"; // wrong check character
    values["contactPhone"] = "12345";
    values["diagnosisDate"] = "2024-02-30";
    values["injuryType"] = "meteor";
    values["attendingDoctor"] = 42;
    const auto errors = validate("old_injury_relapse", values);
    EXPECT_THAT(fieldsOf(errors),
                UnorderedElementsAreArray(
                    {"workerIdNumber", "contactPhone", "diagnosisDate", "injuryType", "attendingDoctor"}));
    EXPECT_THAT(codesFor(errors, "contactPhone"), ElementsAre("field.phone"));
    EXPECT_THAT(codesFor(errors, "injuryType"), ElementsAre("field.dictionary"));
    EXPECT_THAT(codesFor(errors, "attendingDoctor"), ElementsAre("field.not_text"));
    for (const auto &error : errors)
        EXPECT_EQ(error.message.rfind("「", 0), 0u) << error.message; // names the field first
}

TEST(FilingValidator, MaxLengthCountsCharactersNotBytes)
{
    auto values = validRelapse();
    values["attendingDoctor"] = std::string(30 * 3 / 3, 'a'); // exactly 30 characters
    EXPECT_THAT(validate("old_injury_relapse", values), IsEmpty());
    std::string chinese;
    for (int i = 0; i < 30; ++i)
        chinese += "医"; // 30 characters, 90 bytes
    values["attendingDoctor"] = chinese;
    EXPECT_THAT(validate("old_injury_relapse", values), IsEmpty());
    values["attendingDoctor"] = chinese + "生";
    const auto errors = validate("old_injury_relapse", values);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].code, "field.max_length");
    EXPECT_EQ(errors[0].message, "「经治医生」最多 30 个字，当前 31 个");
}

TEST(FilingValidator, PatternAndNumberRange)
{
    const auto loaded = CatalogLoader::loadDirectory(std::string(KIOSK_CATALOG_TEST_DATA_DIR) + "/minimal");
    ASSERT_TRUE(loaded.ok());
    const FilingValidator validator(*loaded.catalog, *loaded.catalog->business("sample"));
    EXPECT_THAT(validator.validate({{"kind", "a"}, {"code", "AB1234"}, {"amount", "5"}}), IsEmpty());
    const auto errors =
        validator.validate({{"kind", "a"}, {"code", "ab1234"}, {"amount", "6"}, {"note", "12345"}});
    EXPECT_THAT(codesFor(errors, "code"), ElementsAre("field.pattern"));
    EXPECT_EQ(errors[0].message, "「编码」应为两个大写字母加四位数字");
    EXPECT_THAT(codesFor(errors, "amount"), ElementsAre("field.max"));
    EXPECT_THAT(codesFor(errors, "note"), ElementsAre("field.max_length"));
    EXPECT_THAT(codesFor(validator.validate({{"kind", "a"}, {"amount", "1.5e3x"}}), "amount"),
                ElementsAre("field.number"));
}

TEST(FilingValidator, MultiselectChecksMembershipDuplicatesAndMinimum)
{
    const auto &appraisal = catalog_test::business("work_capacity_appraisal");
    const FilingValidator validator(catalog_test::embeddedCatalog(), appraisal);
    auto errors = validator.validate({{"appraisalCategories", json::array()}});
    EXPECT_THAT(codesFor(errors, "appraisalCategories"), ElementsAre("field.required"));
    errors = validator.validate(
        {{"appraisalCategories", {"work_capacity", "self_care", "work_capacity", "flying"}}});
    EXPECT_THAT(codesFor(errors, "appraisalCategories"),
                ElementsAre("field.duplicate_choice", "field.dictionary"));
    errors = validator.validate({{"appraisalCategories", "work_capacity"}});
    EXPECT_THAT(codesFor(errors, "appraisalCategories"), ElementsAre("field.not_list"));
    errors = validator.validate({{"appraisalCategories", {"work_capacity", "self_care"}}});
    EXPECT_THAT(codesFor(errors, "appraisalCategories"), IsEmpty());
}

TEST(FilingValidator, RepeatAppraisalAsksForThePreviousConclusion)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("work_capacity_appraisal"));
    const auto initial = fieldsOf(validator.validate({{"appraisalKind", "initial"}}));
    const auto repeat = fieldsOf(validator.validate({{"appraisalKind", "repeat"}}));
    EXPECT_THAT(initial, ::testing::Not(Contains("previousConclusionNumber")));
    EXPECT_THAT(repeat, Contains("previousConclusionNumber"));
    EXPECT_THAT(repeat, Contains("laborContractTerminated"));
}

TEST(FilingValidator, RowsAreCheckedCellByCell)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("assistive_device"));
    const json rows =
        json::array({{{"product", "FZ010101"}, {"quantity", "1"}, {"configurationDate", "20191107"}},
                     {{"product", "FZ999999"}, {"quantity", "0"}, {"colour", "red"}}});
    const auto errors = validator.validate({{"devices", rows}});
    EXPECT_THAT(codesFor(errors, "devices[1].product"), ElementsAre("field.dictionary"));
    EXPECT_THAT(codesFor(errors, "devices[1].quantity"), ElementsAre("field.min"));
    EXPECT_THAT(codesFor(errors, "devices[1].configurationDate"), ElementsAre("field.required"));
    EXPECT_THAT(codesFor(errors, "devices[1].colour"), ElementsAre("field.unknown"));
    EXPECT_THAT(codesFor(errors, "devices[0].product"), IsEmpty());
    EXPECT_THAT(codesFor(validator.validate({{"devices", json::array()}}), "devices"),
                ElementsAre("field.required"));
}

TEST(FilingValidator, UnknownFieldsAndNonObjectsAreRefused)
{
    auto values = validRelapse();
    values["favouriteColour"] = "blue";
    EXPECT_THAT(validate("old_injury_relapse", values),
                ElementsAre(FieldError{"favouriteColour", "field.unknown",
                                       "「旧伤复发治疗申请」没有字段 favouriteColour"}));
    EXPECT_EQ(validate("old_injury_relapse", json::array()).front().code, "filing.not_object");
}

TEST(FilingValidator, RecognitionChecksCreditCodeAndPostalCode)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("injury_recognition"));
    auto errors = validator.validate(
        {{"businessRegistrationNumber", "91410100MA3X5D4T87"}, {"workerPostalCode", "450000"}});
    EXPECT_THAT(codesFor(errors, "businessRegistrationNumber"), IsEmpty());
    EXPECT_THAT(codesFor(errors, "workerPostalCode"), IsEmpty());
    errors = validator.validate(
        {{"businessRegistrationNumber", "91410100MA3X5D4T88"}, {"workerPostalCode", "4500"}});
    EXPECT_EQ(codesFor(errors, "businessRegistrationNumber").size(), 1u);
    EXPECT_EQ(codesFor(errors, "workerPostalCode").size(), 1u);
}

TEST(FilingValidator, IdNumberIsCheckedAgainstTheChosenDocumentType)
{
    const FilingValidator validator(catalog_test::embeddedCatalog(),
                                    catalog_test::business("injury_recognition"));
    const auto idErrors = [&](const char *type, const char *number) {
        return codesFor(validator.validate({{"idDocumentType", type}, {"workerIdNumber", number}}),
                        "workerIdNumber");
    };
    EXPECT_THAT(idErrors("resident_id_card", "11010519491231002X"), IsEmpty());
    EXPECT_THAT(idErrors("passport", "E12345678"), IsEmpty()); // no GB 11643 check for passports
    // An 81 prefix is a Hong Kong residence permit, not a 居民身份证.
    EXPECT_THAT(idErrors("resident_id_card", "810000199408230021"), ::testing::Not(IsEmpty()));
    EXPECT_THAT(idErrors("hk_macao_taiwan_residence_permit", "810000199408230021"), IsEmpty());
    EXPECT_THAT(codesFor(validator.validate({{"workerIdNumber", "11010519491231002X"}}), "idDocumentType"),
                ElementsAre("field.required"));
}

TEST(AutofillResolver, FillsInjuryRecordAndSessionFields)
{
    const json context = {{"worker", {{"name", "张三"}, {"idNumber", "410105198506120019"}}},
                          {"injuryRecord",
                           {{"injuryType", "accident"},
                            {"recognitionNumber", "豫（2024）15号"},
                            {"injuryDate", "2024-03-01"},
                            {"employerName", "郑州某机械厂"}}},
                          {"session", {{"institutionName", "河南省人民医院"}}},
                          {"today", "2024-03-10"}};
    const auto values = AutofillResolver::resolve(catalog_test::business("rehabilitation"), context);
    EXPECT_EQ(values.at("injuryType"), "accident");
    EXPECT_EQ(values.at("recognitionNumber"), "豫（2024）15号");
    EXPECT_EQ(values.at("institutionName"), "河南省人民医院");
    EXPECT_EQ(values.at("applicationDate"), "2024-03-10");
    EXPECT_EQ(values.at("workerIdNumber"), "410105198506120019");
    EXPECT_FALSE(values.contains("diagnosis"));
    EXPECT_TRUE(AutofillResolver::resolve(catalog_test::business("rehabilitation"), json::array()).empty());
}

namespace {
// A plausible value for any field type; every date is the same day, which every date-order
// rule accepts, so a complete filing built from these must validate.
json plausibleValue(const Catalog &catalog, const FieldDefinition &field)
{
    const auto firstCode = [&] { return catalog.dictionary(field.dictionary)->entries().front().code; };
    switch (field.type) {
    case FieldType::Date:
        return "2024-03-01";
    case FieldType::Select:
        return firstCode();
    case FieldType::Multiselect:
        return json::array({firstCode()});
    case FieldType::IdNumber:
        return "410105198506120019";
    case FieldType::Phone:
        return "13812345678";
    case FieldType::PostalCode:
        return "450000";
    case FieldType::CreditCode:
        return "91410100MA3X5D4T87";
    case FieldType::Number:
        return field.min ? std::to_string(static_cast<int>(*field.min)) : "1";
    case FieldType::Rows: {
        json row = json::object();
        for (const auto &column : field.columns)
            row[column.id] = plausibleValue(catalog, column);
        return json::array({row});
    }
    case FieldType::Text:
        break;
    }
    return "测试";
}
} // namespace

TEST(FilingValidator, EveryBusinessAcceptsAPlausibleCompleteFiling)
{
    const auto &catalog = catalog_test::embeddedCatalog();
    for (const auto &business : catalog.businesses()) {
        json values = json::object();
        for (const auto &field : business.fields)
            values[field.id] = plausibleValue(catalog, field);
        const auto errors = FilingValidator(catalog, business).validate(values);
        for (const auto &error : errors)
            ADD_FAILURE() << business.id << ": " << error.field << " " << error.code << " " << error.message;
    }
}
