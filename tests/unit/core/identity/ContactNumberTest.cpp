#include "kiosk/core/identity/LandlineNumber.h"
#include "kiosk/core/identity/MobileNumber.h"
#include "kiosk/core/identity/PostalCode.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {

template <typename T> std::string rejectionCode(std::string_view text)
{
    const auto result = T::parse(text);
    return result ? std::string("accepted") : result.error().code;
}

} // namespace

TEST(MobileNumberTest, AcceptsElevenDigitsStartingOneThreeToNine)
{
    for (const char *number : {"13512347850", "19912345678", "16612345678"})
        EXPECT_EQ(rejectionCode<MobileNumber>(number), "accepted") << number;
}

TEST(MobileNumberTest, DropsReadabilitySeparatorsAndCountryCode)
{
    for (const char *number : {"135 1234 7850", "135-1234-7850", "+8613512347850", " 13512347850 "}) {
        const auto mobile = MobileNumber::parse(number);
        ASSERT_TRUE(mobile.ok()) << number;
        EXPECT_EQ(mobile.value().normalized(), "13512347850");
    }
}

TEST(MobileNumberTest, Rejections)
{
    EXPECT_EQ(rejectionCode<MobileNumber>(""), "mobile.empty");
    EXPECT_EQ(rejectionCode<MobileNumber>("1351234785"), "mobile.length");
    EXPECT_EQ(rejectionCode<MobileNumber>("135123478501"), "mobile.length");
    EXPECT_EQ(rejectionCode<MobileNumber>("1351234785a"), "mobile.characters");
    EXPECT_EQ(rejectionCode<MobileNumber>("12512347850"), "mobile.prefix");
    EXPECT_EQ(rejectionCode<MobileNumber>("23512347850"), "mobile.prefix");
    EXPECT_NE(MobileNumber::parse("12512347850").error().message.find("手机号码"), std::string::npos);
}

TEST(LandlineNumberTest, AcceptsCommonForms)
{
    struct Case
    {
        const char *input;
        const char *normalized;
    };
    for (const Case &c :
         {Case{"010-62345678", "010-62345678"}, Case{"01062345678", "010-62345678"},
          Case{"0371-65123456", "0371-65123456"}, Case{"037165123456", "0371-65123456"},
          Case{"0431 8123456", "0431-8123456"}, Case{"021-62345678-801", "021-62345678-801"},
          Case{"02162345678-801", "021-62345678-801"}, Case{"0371-65123456转1234", "0371-65123456-1234"},
          Case{"010-62345678#12", "010-62345678-12"}}) {
        const auto number = LandlineNumber::parse(c.input);
        ASSERT_TRUE(number.ok()) << c.input << ": " << number.error().code;
        EXPECT_EQ(number.value().normalized(), c.normalized);
    }
}

TEST(LandlineNumberTest, ExposesParts)
{
    const auto number = LandlineNumber::parse("0371-65123456转1234");
    ASSERT_TRUE(number.ok());
    EXPECT_EQ(number.value().areaCode(), "0371");
    EXPECT_EQ(number.value().localNumber(), "65123456");
    EXPECT_EQ(number.value().extension(), "1234");
}

TEST(LandlineNumberTest, Rejections)
{
    EXPECT_EQ(rejectionCode<LandlineNumber>(""), "landline.empty");
    EXPECT_EQ(rejectionCode<LandlineNumber>("12345678"), "landline.area_code");      // no area code
    EXPECT_EQ(rejectionCode<LandlineNumber>("0010-62345678"), "landline.area_code"); // international prefix
    EXPECT_EQ(rejectionCode<LandlineNumber>("0101-2345678"), "landline.area_code");  // 01x is 3 digits
    EXPECT_EQ(rejectionCode<LandlineNumber>("371-65123456"), "landline.area_code");
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-623456"), "landline.number");    // too short
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-623456789"), "landline.number"); // too long
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-02345678"), "landline.number");  // starts with 0
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-12345678"), "landline.number");  // 1 is for service numbers
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-62345678-1234567"), "landline.extension");
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-62345678转"), "landline.extension");
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-6234567a"), "landline.format");
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-1234-5678-9"), "landline.format");
    EXPECT_EQ(rejectionCode<LandlineNumber>("010-62345678-1转2"), "landline.format");
}

TEST(PostalCodeTest, SixDigitsAnyFirstDigit)
{
    for (const char *code : {"450000", "010000", "130000", " 710000 "})
        EXPECT_EQ(rejectionCode<PostalCode>(code), "accepted") << code;
    EXPECT_EQ(PostalCode::parse(" 710000 ").value().normalized(), "710000");
}

TEST(PostalCodeTest, Rejections)
{
    EXPECT_EQ(rejectionCode<PostalCode>(""), "postal_code.empty");
    for (const char *code : {"45000", "4500000", "45000a", "45 000", "４50000"})
        EXPECT_EQ(rejectionCode<PostalCode>(code), "postal_code.format") << code;
}
