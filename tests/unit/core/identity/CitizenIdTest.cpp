#include "kiosk/core/identity/CitizenId.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {

// Fixed "today" so birth-date bounds do not move with the clock.
const CalendarDate kToday = *CalendarDate::fromYearMonthDay(2026, 11, 24);

std::string rejectionCode(std::string_view text, DocumentType type = DocumentType::ResidentIdCard)
{
    const auto result = CitizenId::parse(text, type, kToday);
    return result ? std::string("accepted") : result.error().code;
}

} // namespace

// Golden values: published examples and numbers whose check characters were computed by hand
// and independently in Python, not by the code under test.
TEST(CitizenIdTest, CheckCharacterMatchesPublishedExamples)
{
    EXPECT_EQ(CitizenId::checkCharacter("11010519491231002"), 'X'); // GB 11643-1999's example
    EXPECT_EQ(CitizenId::checkCharacter("44052418800101001"), '4'); // GB 11643-1999's example
    EXPECT_EQ(CitizenId::checkCharacter("11010119900307001"), '1');
    EXPECT_EQ(CitizenId::checkCharacter("11010519900230001"), 'X');
    EXPECT_EQ(CitizenId::checkCharacter("1101051949123100"), std::nullopt);
    EXPECT_EQ(CitizenId::checkCharacter("1101051949123100A"), std::nullopt);
}

TEST(CitizenIdTest, AcceptsTheStandardsExampleWithItsDetails)
{
    const auto id = CitizenId::parse("11010519491231002X", DocumentType::ResidentIdCard, kToday);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(id.value().normalized(), "11010519491231002X");
    EXPECT_EQ(id.value().birthDate(), *CalendarDate::fromYearMonthDay(1949, 12, 31));
    EXPECT_EQ(id.value().sex(), Sex::Female); // 17th digit 2 is even
    EXPECT_EQ(id.value().documentType(), DocumentType::ResidentIdCard);
    EXPECT_FALSE(id.value().upgradedFromLegacyForm());
}

TEST(CitizenIdTest, NormalisesLowerCaseXAndSurroundingSpace)
{
    const auto id = CitizenId::parse("  11010519491231002x ", DocumentType::ResidentIdCard, kToday);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.value().normalized(), "11010519491231002X");
}

TEST(CitizenIdTest, OddSeventeenthDigitIsMale)
{
    const auto id = CitizenId::parse("110101199003070011", DocumentType::ResidentIdCard, kToday);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(id.value().sex(), Sex::Male);
    EXPECT_EQ(sexName(id.value().sex()), "男");
}

TEST(CitizenIdTest, AcceptsOtherHandVerifiedNumbers)
{
    for (const char *number : {"110101199003070011", "510107196506060025", "310101200002290015",
                               "110105199001010010", "110105199001010029"})
        EXPECT_EQ(rejectionCode(number), "accepted") << number;
}

TEST(CitizenIdTest, RejectsWrongCheckCharacter)
{
    EXPECT_EQ(rejectionCode("110105194912310021"), "id.check_character");
    EXPECT_EQ(rejectionCode("110101199003070012"), "id.check_character");
    const auto result = CitizenId::parse("110105194912310021", DocumentType::ResidentIdCard, kToday);
    EXPECT_NE(result.error().message.find("校验码"), std::string::npos);
    // The message must not hand out the correct check character.
    EXPECT_EQ(result.error().message.find('X'), std::string::npos);
}

TEST(CitizenIdTest, RejectsXOutsideTheCheckPosition)
{
    EXPECT_EQ(rejectionCode("1101051949123X002X"), "id.x_position");
    EXPECT_EQ(rejectionCode("x10105194912310021"), "id.x_position");
}

TEST(CitizenIdTest, RejectsWrongLengthsAndCharacters)
{
    EXPECT_EQ(rejectionCode("11010519491231002"), "id.length");
    EXPECT_EQ(rejectionCode("11010519491231002X1"), "id.length");
    EXPECT_EQ(rejectionCode("1101051949123100AX"), "id.characters");
    EXPECT_EQ(rejectionCode("11010519491231002Y"), "id.characters");
    EXPECT_EQ(rejectionCode("110105１949123１002X"), "id.characters"); // full-width digits
    EXPECT_EQ(rejectionCode(""), "id.empty");
    EXPECT_EQ(rejectionCode("   "), "id.empty");
}

TEST(CitizenIdTest, LengthMessageCountsCharactersNotBytes)
{
    const auto result = CitizenId::parse("身份证", DocumentType::ResidentIdCard, kToday);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("当前为3位"), std::string::npos) << result.error().message;
}

TEST(CitizenIdTest, RejectsImpossibleBirthDates)
{
    EXPECT_EQ(rejectionCode("11010519900230001X"), "id.birth_date_invalid"); // 30 February
    EXPECT_EQ(rejectionCode("110105199002290018"), "id.birth_date_invalid"); // 1990 is not a leap year
    EXPECT_EQ(rejectionCode("110105200004310014"), "id.birth_date_invalid");
    EXPECT_EQ(rejectionCode("110105200013010013"), "id.birth_date_invalid");
    EXPECT_EQ(rejectionCode("110105200012000016"), "id.birth_date_invalid");
}

TEST(CitizenIdTest, RejectsBirthDatesInTheFuture)
{
    EXPECT_EQ(rejectionCode("110105209901010012"), "id.birth_date_future");
    EXPECT_EQ(rejectionCode("110105202611250016"), "id.birth_date_future"); // tomorrow
    EXPECT_EQ(rejectionCode("110105202611240010"), "accepted");             // born today
}

TEST(CitizenIdTest, RejectsBirthBefore1900EvenWithAValidCheck)
{
    EXPECT_EQ(CitizenId::checkCharacter("44052418800101001"), '4');
    EXPECT_EQ(rejectionCode("440524188001010014"), "id.birth_date_too_early"); // the standard's 1880 example
    EXPECT_EQ(rejectionCode("110105189912310015"), "id.birth_date_too_early");
    EXPECT_EQ(rejectionCode("11010519000101001X"), "accepted");
}

TEST(CitizenIdTest, RejectsUnknownRegionPrefixes)
{
    EXPECT_EQ(rejectionCode("990105199001010014"), "id.region");
    EXPECT_EQ(rejectionCode("900105199001010018"), "id.region");
    EXPECT_EQ(rejectionCode("100105199001010019"), "id.region");
    EXPECT_EQ(rejectionCode("840105199001010011"), "id.region");
}

TEST(CitizenIdTest, ProvinceCodeTableHasTheMainlandRanges)
{
    for (int code : {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65})
        EXPECT_TRUE(CitizenId::isMainlandProvinceCode(code)) << code;
    for (int code : {10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 71, 81, 91})
        EXPECT_FALSE(CitizenId::isMainlandProvinceCode(code)) << code;
}

TEST(CitizenIdTest, ResidencePermitsOfHongKongMacaoAndTaiwanResidents)
{
    for (const char *number : {"810000199408230021", "820000200009090014", "830000198502280016"}) {
        EXPECT_EQ(rejectionCode(number, DocumentType::HkMacaoTaiwanResidencePermit), "accepted") << number;
        EXPECT_EQ(CitizenId::impliedDocumentType(number), DocumentType::HkMacaoTaiwanResidencePermit);
    }
    EXPECT_EQ(rejectionCode("810000199408230022", DocumentType::HkMacaoTaiwanResidencePermit),
              "id.check_character");
}

TEST(CitizenIdTest, ForeignPermanentResidentIdCard2023Form)
{
    EXPECT_EQ(rejectionCode("931586199001010014", DocumentType::ForeignPermanentResidentIdCard), "accepted");
    EXPECT_EQ(rejectionCode("931586199001010022", DocumentType::ForeignPermanentResidentIdCard), "accepted");
    EXPECT_EQ(CitizenId::impliedDocumentType("931586199001010014"),
              DocumentType::ForeignPermanentResidentIdCard);
    EXPECT_EQ(rejectionCode("931586199001010015", DocumentType::ForeignPermanentResidentIdCard),
              "id.check_character");
}

TEST(CitizenIdTest, PrefixMustAgreeWithTheChosenDocumentType)
{
    EXPECT_EQ(rejectionCode("810000199408230021", DocumentType::ResidentIdCard), "id.type_mismatch");
    EXPECT_EQ(rejectionCode("931586199001010014", DocumentType::ResidentIdCard), "id.type_mismatch");
    EXPECT_EQ(rejectionCode("11010519491231002X", DocumentType::HkMacaoTaiwanResidencePermit),
              "id.type_mismatch");
    EXPECT_EQ(rejectionCode("11010519491231002X", DocumentType::Passport), "id.type_mismatch");

    const auto result = CitizenId::parse("810000199408230021", DocumentType::ResidentIdCard, kToday);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("港澳台居民居住证"), std::string::npos);
    EXPECT_NE(result.error().message.find("居民身份证"), std::string::npos);
}

TEST(CitizenIdTest, ImpliedDocumentType)
{
    EXPECT_EQ(CitizenId::impliedDocumentType("11010519491231002X"), DocumentType::ResidentIdCard);
    EXPECT_EQ(CitizenId::impliedDocumentType("110105491231002"), DocumentType::ResidentIdCard);
    EXPECT_EQ(CitizenId::impliedDocumentType("990105199001010014"), std::nullopt);
    EXPECT_EQ(CitizenId::impliedDocumentType("E1234"), std::nullopt);
    EXPECT_EQ(CitizenId::impliedDocumentType(""), std::nullopt);
}

TEST(CitizenIdTest, UpgradesFifteenDigitLegacyNumbers)
{
    const auto id = CitizenId::parse("110105491231002", DocumentType::ResidentIdCard, kToday);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(id.value().normalized(), "11010519491231002X");
    EXPECT_TRUE(id.value().upgradedFromLegacyForm());
    EXPECT_EQ(id.value().birthDate(), *CalendarDate::fromYearMonthDay(1949, 12, 31));
}

TEST(CitizenIdTest, RejectsBadLegacyNumbers)
{
    EXPECT_EQ(rejectionCode("11010549123100X"), "id.characters");
    EXPECT_EQ(rejectionCode("110105000229001"), "id.birth_date_invalid"); // 1900 was not a leap year
    EXPECT_EQ(rejectionCode("990105491231002"), "id.region");
    // Only the 居民身份证 had a 15-digit generation.
    EXPECT_EQ(rejectionCode("810000491231002", DocumentType::HkMacaoTaiwanResidencePermit), "id.length");
}

TEST(CitizenIdTest, EveryRejectionHasAChineseMessage)
{
    for (const char *number :
         {"", "1", "11010519491231002Y", "1101051949123X002X", "990105199001010014", "11010519900230001X",
          "110105209901010012", "440524188001010014", "110105194912310021", "810000199408230021"}) {
        const auto result = CitizenId::parse(number, DocumentType::ResidentIdCard, kToday);
        ASSERT_FALSE(result.ok()) << number;
        EXPECT_FALSE(result.error().message.empty()) << number;
        EXPECT_NE(result.error().message.find("身份证"), std::string::npos) << result.error().message;
    }
}
