#include "kiosk/core/identity/Masking.h"

#include <gtest/gtest.h>

using kiosk::core::Masking;

TEST(MaskingTest, MobileKeepsFirstThreeAndLastFour)
{
    EXPECT_EQ(Masking::mobile("13512347850"), "135****7850");
    EXPECT_EQ(Masking::mobile("135 1234 7850"), "135****7850");
}

TEST(MaskingTest, InvalidMobileFallsBackToLogMask)
{
    EXPECT_EQ(Masking::mobile("1351234785"), "********85");
    EXPECT_EQ(Masking::mobile("123"), "***");
}

TEST(MaskingTest, CitizenIdShowsOnlyTheLastFour)
{
    EXPECT_EQ(Masking::citizenId("11010519491231002X"), "**************002X");
    EXPECT_EQ(Masking::citizenId("11010519491231002x"), "**************002X");
    EXPECT_EQ(Masking::citizenId("110105491231002"), "***********1002");
    EXPECT_EQ(Masking::citizenId("1234"), "****");
    EXPECT_EQ(Masking::citizenId(""), "");
}

TEST(MaskingTest, NameKeepsTheFirstCharacter)
{
    EXPECT_EQ(Masking::personName("张三"), "张*");
    EXPECT_EQ(Masking::personName("欧阳娜娜"), "欧***");
    EXPECT_EQ(Masking::personName("李"), "*");
    EXPECT_EQ(Masking::personName(""), "");
    EXPECT_EQ(Masking::personName("Anna"), "A***");
}

TEST(MaskingTest, LandlineKeepsAreaCodeAndLastFour)
{
    EXPECT_EQ(Masking::landline("0371-65123456"), "0371-****3456");
    EXPECT_EQ(Masking::landline("01062345678"), "010-****5678");
    EXPECT_EQ(Masking::landline("0431-8123456"), "0431-***3456");
    EXPECT_EQ(Masking::landline("021-62345678-801"), "021-****5678");
}

TEST(MaskingTest, ForLogKeepsAtMostTheLastTwo)
{
    EXPECT_EQ(Masking::forLog("11010519491231002X"), "****************2X");
    EXPECT_EQ(Masking::forLog("12345"), "*****");
    EXPECT_EQ(Masking::forLog("河南省郑州市金水区"), "*******水区");
    EXPECT_EQ(Masking::forLog(""), "");
}

TEST(MaskingTest, NeverCutsAMultibyteCharacterOrCrashesOnJunk)
{
    const std::string broken = "\xE5\xBC"; // first two bytes of a three-byte character
    EXPECT_NO_THROW(Masking::personName(broken));
    EXPECT_NO_THROW(Masking::forLog(broken + "abcdefg"));
    EXPECT_EQ(Masking::personName("\xE5\xBC\xA0\xE4\xB8\x89"), "\xE5\xBC\xA0*"); // 张三 spelled out
}
