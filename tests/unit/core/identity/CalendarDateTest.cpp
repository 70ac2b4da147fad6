#include "kiosk/core/identity/CalendarDate.h"

#include <gtest/gtest.h>

using namespace kiosk::core;

TEST(CalendarDateTest, ParsesBothInputForms)
{
    for (const char *text : {"20191107", "2019-11-07"}) {
        const auto date = CalendarDate::parse(text);
        ASSERT_TRUE(date.ok()) << text;
        EXPECT_EQ(date.value().year(), 2019);
        EXPECT_EQ(date.value().month(), 11);
        EXPECT_EQ(date.value().day(), 7);
        EXPECT_EQ(date.value().toIsoString(), "2019-11-07");
        EXPECT_EQ(date.value().toCompactString(), "20191107");
    }
}

TEST(CalendarDateTest, RejectsImpossibleDates)
{
    for (const char *text :
         {"20190230", "2019-13-01", "20190229", "2019-04-31", "20190001", "20190100", "00000101"})
        EXPECT_EQ(CalendarDate::parse(text).error().code, "date.invalid") << text;
}

TEST(CalendarDateTest, RejectsMalformedText)
{
    for (const char *text : {"", "2019117", "201911071", "2019/11/07", "2019-1-07", "2019-11-7", "2019-1a-07",
                             "2019--1107", "二〇一九年", "+2019110"})
        EXPECT_EQ(CalendarDate::parse(text).error().code, "date.format") << text;
}

TEST(CalendarDateTest, LeapYears)
{
    EXPECT_TRUE(CalendarDate::parse("20200229").ok());
    EXPECT_TRUE(CalendarDate::parse("2000-02-29").ok());  // divisible by 400
    EXPECT_FALSE(CalendarDate::parse("1900-02-29").ok()); // divisible by 100 only
    EXPECT_FALSE(CalendarDate::parse("20190229").ok());
    EXPECT_EQ(CalendarDate::daysInMonth(2024, 2), 29);
    EXPECT_EQ(CalendarDate::daysInMonth(2023, 2), 28);
    EXPECT_EQ(CalendarDate::daysInMonth(2023, 13), 0);
}

TEST(CalendarDateTest, Comparison)
{
    const auto a = *CalendarDate::fromYearMonthDay(2019, 11, 7);
    const auto b = *CalendarDate::fromYearMonthDay(2019, 12, 1);
    const auto c = *CalendarDate::fromYearMonthDay(2020, 1, 1);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_GT(c, a);
    EXPECT_LE(a, a);
    EXPECT_EQ(a, CalendarDate::parse("2019-11-07").value());
    EXPECT_NE(a, b);
    EXPECT_LT(*CalendarDate::fromYearMonthDay(2019, 1, 31), *CalendarDate::fromYearMonthDay(2019, 2, 1));
}

TEST(CalendarDateTest, FromYearMonthDayRefusesOutOfRange)
{
    EXPECT_FALSE(CalendarDate::fromYearMonthDay(2019, 2, 29).has_value());
    EXPECT_FALSE(CalendarDate::fromYearMonthDay(0, 1, 1).has_value());
    EXPECT_FALSE(CalendarDate::fromYearMonthDay(10000, 1, 1).has_value());
    EXPECT_TRUE(CalendarDate::fromYearMonthDay(2019, 12, 31).has_value());
}

TEST(CalendarDateTest, TodayIsARealDate)
{
    const auto today = CalendarDate::today();
    EXPECT_TRUE(CalendarDate::fromYearMonthDay(today.year(), today.month(), today.day()).has_value());
    EXPECT_GE(today.year(), 2024);
}

TEST(CalendarDateTest, MessagesNameTheRule)
{
    EXPECT_NE(CalendarDate::parse("2019/11/07").error().message.find("20191107"), std::string::npos);
    EXPECT_NE(CalendarDate::parse("20190230").error().message.find("日期"), std::string::npos);
}
