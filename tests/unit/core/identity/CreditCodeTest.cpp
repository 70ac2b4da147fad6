#include "kiosk/core/identity/CreditCode.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {

std::string rejectionCode(std::string_view text)
{
    const auto result = CreditCode::parse(text);
    return result ? std::string("accepted") : result.error().code;
}

} // namespace

// Real codes as published on business licences; both check characters were verified
// independently (Python) before they were written here.
TEST(CreditCodeTest, AcceptsRealCodes)
{
    for (const char *code :
         {"91350100M000100Y43", "911100007109288314", "91110108551385082Q", "91440300708461136T",
          "914403001922038216", "12100000400000624D", "53100000500021676K", "91310000MA1FL4B24G"})
        EXPECT_EQ(rejectionCode(code), "accepted") << code;
}

TEST(CreditCodeTest, ExposesItsParts)
{
    const auto code = CreditCode::parse("91350100M000100Y43");
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code.value().normalized(), "91350100M000100Y43");
    EXPECT_EQ(code.value().registrationAuthority(), '9');
    EXPECT_EQ(code.value().organizationType(), '1');
    EXPECT_EQ(code.value().regionCode(), "350100");
    EXPECT_EQ(code.value().organizationCode(), "M000100Y4");
}

TEST(CreditCodeTest, NormalisesLowerCaseAndSpace)
{
    const auto code = CreditCode::parse(" 91350100m000100y43 ");
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code.value().normalized(), "91350100M000100Y43");
}

TEST(CreditCodeTest, CheckCharacters)
{
    EXPECT_EQ(CreditCode::checkCharacter("91350100M000100Y4"), '3');
    EXPECT_EQ(CreditCode::checkCharacter("91110108551385082"), 'Q');
    EXPECT_EQ(CreditCode::checkCharacter("9135010"), std::nullopt);
    EXPECT_EQ(CreditCode::checkCharacter("91350100I000100Y4"), std::nullopt);
    EXPECT_EQ(CreditCode::organizationCodeCheckCharacter("M000100Y"), '4');
    EXPECT_EQ(CreditCode::organizationCodeCheckCharacter("10000018"), 'X'); // remainder 10
    EXPECT_EQ(CreditCode::organizationCodeCheckCharacter("87654321"), '0'); // remainder 11
    EXPECT_EQ(CreditCode::organizationCodeCheckCharacter("8765432"), std::nullopt);
}

TEST(CreditCodeTest, OrganizationCodeCheckOfXIsAccepted)
{
    EXPECT_EQ(rejectionCode("9111000010000018XH"), "accepted");
}

TEST(CreditCodeTest, RejectsWrongCheckCharacter)
{
    EXPECT_EQ(rejectionCode("91350100M000100Y44"), "uscc.check_character");
    EXPECT_EQ(rejectionCode("91110108551385082R"), "uscc.check_character");
    const auto result = CreditCode::parse("91350100M000100Y44");
    EXPECT_NE(result.error().message.find("第18位"), std::string::npos);
}

TEST(CreditCodeTest, RejectsWrongEmbeddedOrganizationCodeCheck)
{
    // The 18th character is right for these 17, so only the organisation code check fails.
    EXPECT_EQ(rejectionCode("91350100M000100Y56"), "uscc.organization_code_check");
}

TEST(CreditCodeTest, RejectsWrongLengthAndCharacters)
{
    EXPECT_EQ(rejectionCode(""), "uscc.empty");
    EXPECT_EQ(rejectionCode("91350100M000100Y4"), "uscc.length");
    EXPECT_EQ(rejectionCode("91350100M000100Y433"), "uscc.length");
    for (const char *code :
         {"91350100I000100Y43", "91350100O000100Y43", "91350100S000100Y43", "91350100V000100Y43",
          "91350100Z000100Y43", "91350100M000100Y4-", "9135０100M000100Y43"})
        EXPECT_EQ(rejectionCode(code), "uscc.characters") << code;
    const auto result = CreditCode::parse("91350100I000100Y43");
    EXPECT_NE(result.error().message.find("第9位"), std::string::npos) << result.error().message;
}

TEST(CreditCodeTest, RejectsBadStructureWithOtherwiseValidChecks)
{
    EXPECT_EQ(rejectionCode("B1350100M000100Y41"), "uscc.registration_authority");
    EXPECT_EQ(rejectionCode("90350100M000100Y46"), "uscc.organization_type");
    EXPECT_EQ(rejectionCode("9135A100M000100Y4Y"), "uscc.region");
}
