#pragma once
// The one result type of the project: a value, or the Rejection that says why there is none
// (a stable code and a Chinese message). Identifier checks, the store, drivers and devices
// all return it; drivers map their C return codes (CK_RV, IPP status, SQLite codes, ...)
// into it in one place each, and nothing throws across a C callback or the Qt event loop.
// A small stand-in for C++23 std::expected, which g++ 12 does not offer in C++20 mode.
#include "kiosk/core/Rejection.h"

#include <optional>
#include <utility>
#include <variant>

namespace kiosk {

using Error = core::Rejection;

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT: implicit on purpose
    Result(Error error) : m_state(std::move(error)) {} // NOLINT: implicit on purpose

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    // Precondition: ok(). Checked by std::get (throws bad_variant_access otherwise).
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    // Precondition: !ok().
    const Error &error() const { return std::get<Error>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    std::optional<T> toOptional() const { return ok() ? std::optional<T>(value()) : std::nullopt; }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT: implicit

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

namespace core {
using kiosk::Result;
} // namespace core

} // namespace kiosk
