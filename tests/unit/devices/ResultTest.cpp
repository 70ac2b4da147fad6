#include "kiosk/core/Result.h"

#include <gtest/gtest.h>
#include <string>

using kiosk::Error;
using kiosk::Result;

TEST(Result, HoldsValue)
{
    Result<std::string> r = std::string("token");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), "token");
    EXPECT_EQ(r.valueOr("x"), "token");
}

TEST(Result, HoldsError)
{
    Result<int> r = Error{"printer.offline", "打印机未连接"};
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(static_cast<bool>(r));
    EXPECT_EQ(r.error().code, "printer.offline");
    EXPECT_EQ(r.valueOr(7), 7);
}

TEST(Result, VoidCarriesOnlySuccessOrError)
{
    Result<void> fine;
    EXPECT_TRUE(fine.ok());
    Result<void> failed = Error{"camera.open_failed", "无法打开高拍仪"};
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, "无法打开高拍仪");
}
