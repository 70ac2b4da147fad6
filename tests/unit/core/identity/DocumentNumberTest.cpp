#include "kiosk/core/identity/DocumentNumber.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {
const CalendarDate kToday = *CalendarDate::fromYearMonthDay(2026, 11, 24);
}

TEST(DocumentTypeTest, NamesAndKeysRoundTrip)
{
    for (DocumentType type : {DocumentType::ResidentIdCard, DocumentType::HkMacaoTaiwanResidencePermit,
                              DocumentType::ForeignPermanentResidentIdCard, DocumentType::Passport}) {
        EXPECT_EQ(documentTypeFromText(documentTypeName(type)), type);
        EXPECT_EQ(documentTypeFromText(documentTypeKey(type)), type);
    }
    EXPECT_EQ(documentTypeName(DocumentType::ResidentIdCard), "居民身份证");
    EXPECT_EQ(documentTypeName(DocumentType::HkMacaoTaiwanResidencePermit), "港澳台居民居住证");
    EXPECT_EQ(documentTypeName(DocumentType::ForeignPermanentResidentIdCard), "外国人永久居留身份证");
    EXPECT_EQ(documentTypeName(DocumentType::Passport), "护照");
    EXPECT_EQ(documentTypeFromText("驾驶证"), std::nullopt);
}

TEST(DocumentNumberTest, CitizenIdTypesGoThroughTheCitizenIdRules)
{
    const auto number = DocumentNumber::parse("110105491231002", DocumentType::ResidentIdCard, kToday);
    ASSERT_TRUE(number.ok());
    EXPECT_EQ(number.value().normalized(), "11010519491231002X");
    ASSERT_TRUE(number.value().citizenId().has_value());
    EXPECT_EQ(number.value().citizenId()->birthDate().toIsoString(), "1949-12-31");

    const auto wrong = DocumentNumber::parse("110105194912310021", DocumentType::ResidentIdCard, kToday);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, "id.check_character");
}

TEST(DocumentNumberTest, PassportChecksOnlyLengthAndCharacters)
{
    const auto passport = DocumentNumber::parse(" e12345678 ", DocumentType::Passport, kToday);
    ASSERT_TRUE(passport.ok());
    EXPECT_EQ(passport.value().normalized(), "E12345678");
    EXPECT_EQ(passport.value().documentType(), DocumentType::Passport);
    EXPECT_FALSE(passport.value().citizenId().has_value());

    EXPECT_EQ(DocumentNumber::parse("", DocumentType::Passport, kToday).error().code, "passport.empty");
    EXPECT_EQ(DocumentNumber::parse("E123", DocumentType::Passport, kToday).error().code, "passport.length");
    EXPECT_EQ(DocumentNumber::parse("E12345678901234567890", DocumentType::Passport, kToday).error().code,
              "passport.length");
    EXPECT_EQ(DocumentNumber::parse("E1234-5678", DocumentType::Passport, kToday).error().code,
              "passport.characters");
    EXPECT_EQ(DocumentNumber::parse("护照12345", DocumentType::Passport, kToday).error().code,
              "passport.characters");
}
