#pragma once

#include <string>
#include <vector>

namespace kiosk::core {

// A rule across several fields. Only `dateOrder` exists today: the filled-in dates among
// `fields`, taken in the listed order, must not go backwards (受伤时间 ≤ 诊断时间 ≤ 申请日期).
struct CrossFieldRule
{
    enum class Kind { DateOrder };

    Kind kind = Kind::DateOrder;
    std::vector<std::string> fields;
    std::string message;
};

} // namespace kiosk::core
