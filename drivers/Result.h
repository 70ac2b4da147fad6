#pragma once
// The result of a driver or device call: a value, or an Error with a stable code and a
// Chinese message for the user. Drivers map their C return codes (CK_RV, IPP status, ...)
// into Error in one place each; nothing throws across a C callback or the Qt event loop.

#include <string>
#include <utility>
#include <variant>

namespace kiosk {

struct Error
{
    std::string code;    // stable, for logs and tests, e.g. "ukey.pin_incorrect"
    std::string message; // Simplified Chinese, for the user, names the field or rule

    friend bool operator==(const Error &, const Error &) = default;
};

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

private:
    std::variant<T, Error> m_state;
};

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

} // namespace kiosk
