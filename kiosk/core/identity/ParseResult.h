#pragma once

#include "kiosk/core/Rejection.h"

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace kiosk::core {

// Either a checked value or the reason it was refused. A small stand-in for C++23
// std::expected, which g++ 12 does not offer in C++20 mode.
template <typename T> class ParseResult
{
public:
    ParseResult(T value) : m_state(std::move(value)) {}
    ParseResult(Rejection rejection) : m_state(std::move(rejection)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    // Only call value() after ok(); rejection() only after !ok().
    const T &value() const
    {
        assert(ok());
        return std::get<T>(m_state);
    }
    const Rejection &rejection() const
    {
        assert(!ok());
        return std::get<Rejection>(m_state);
    }
    std::optional<T> toOptional() const { return ok() ? std::optional<T>(value()) : std::nullopt; }

private:
    std::variant<T, Rejection> m_state;
};

} // namespace kiosk::core
