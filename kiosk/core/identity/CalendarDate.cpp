#include "kiosk/core/identity/CalendarDate.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace kiosk::core {

namespace {

bool allDigits(std::string_view text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int toNumber(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

Rejection formatRejection()
{
    return {"date.format", "日期格式不正确，应为YYYYMMDD（如20191107）或YYYY-MM-DD（如2019-11-07）"};
}

} // namespace

bool CalendarDate::isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int CalendarDate::daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<CalendarDate> CalendarDate::fromYearMonthDay(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return std::nullopt;
    if (day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return CalendarDate(year, month, day);
}

Result<CalendarDate> CalendarDate::parse(std::string_view text)
{
    std::string_view year, month, day;
    if (text.size() == 8 && allDigits(text)) {
        year = text.substr(0, 4);
        month = text.substr(4, 2);
        day = text.substr(6, 2);
    } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        year = text.substr(0, 4);
        month = text.substr(5, 2);
        day = text.substr(8, 2);
        if (!allDigits(year) || !allDigits(month) || !allDigits(day))
            return formatRejection();
    } else {
        return formatRejection();
    }
    if (auto date = fromYearMonthDay(toNumber(year), toNumber(month), toNumber(day)))
        return *date;
    return Rejection{"date.invalid", "日期不存在：" + std::string(text) + "不是有效的日历日期"};
}

CalendarDate CalendarDate::today()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return CalendarDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string CalendarDate::toIsoString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", m_year, m_month, m_day);
    return buffer;
}

std::string CalendarDate::toCompactString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", m_year, m_month, m_day);
    return buffer;
}

} // namespace kiosk::core
