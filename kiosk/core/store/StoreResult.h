#pragma once

#include "kiosk/core/Rejection.h"

#include <utility>
#include <variant>

namespace kiosk::core {

// A store operation's outcome: a value or the reason it failed. The store never throws past
// its API; callers branch on ok().
template <typename T> class StoreResult
{
public:
    StoreResult(T value) : outcome_(std::move(value)) {}
    StoreResult(Rejection why) : outcome_(std::move(why)) {}

    bool ok() const { return std::holds_alternative<T>(outcome_); }
    const T &value() const & { return std::get<T>(outcome_); }
    T &value() & { return std::get<T>(outcome_); }
    T &&value() && { return std::get<T>(std::move(outcome_)); }
    const Rejection &error() const { return std::get<Rejection>(outcome_); }

private:
    std::variant<T, Rejection> outcome_;
};

// For operations that return nothing but may fail.
using StoreStatus = StoreResult<std::monostate>;
inline StoreStatus storeDone()
{
    return std::monostate{};
}

} // namespace kiosk::core
