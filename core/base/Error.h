#pragma once
// Errors are values: a stable code, a human-readable detail, and where it happened.
// Core never throws across its API; functions that can fail return Result<T>.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mla {

struct Error
{
    QString code;   // stable, machine-readable, e.g. "draft.xml.entity" (see README "Error codes")
    QString detail; // English detail for logs and the CLI; the GUI maps code to translated text
    QString file;   // the file concerned, if any
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    // "file:line:col: detail" as the CLI prints it (parts that are unknown are left out).
    QString toString() const;
};

// A value or an Error. Small and explicit; std::expected is C++23.
template <typename T> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mla
