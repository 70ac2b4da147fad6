#pragma once

#include "kiosk/core/Result.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// A proleptic Gregorian calendar day without time or zone. Forms take dates as "20191107"
// (the Henan manual's input format) or "2019-11-07"; everything is written back in ISO form.
class CalendarDate
{
public:
    // Only real days: month 1–12, day within the month, leap years honoured, year 1–9999.
    static std::optional<CalendarDate> fromYearMonthDay(int year, int month, int day);
    // Accepts "YYYYMMDD" or "YYYY-MM-DD". Rejections: date.format, date.invalid.
    static Result<CalendarDate> parse(std::string_view text);
    // Today in the machine's local time zone; callers that need determinism pass a date instead.
    static CalendarDate today();

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    std::string toIsoString() const;     // "2019-11-07"
    std::string toCompactString() const; // "20191107"

    friend auto operator<=>(const CalendarDate &, const CalendarDate &) = default;
    friend bool operator==(const CalendarDate &, const CalendarDate &) = default;

private:
    CalendarDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    // Declared in this order so the defaulted comparison orders by year, then month, then day.
    int m_year;
    int m_month;
    int m_day;
};

} // namespace kiosk::core
