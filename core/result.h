#pragma once

// Errors as values at the core's edges: every store, policy and CLI operation returns a
// Status or a Result<T>; nothing throws across a thread or slot boundary.

#include <QString>
#include <optional>
#include <utility>

namespace airlock {

enum class ErrorCode {
    None,
    InvalidArgument, // bad input: names what was wrong
    NotFound,        // unknown connector, run, request…
    Conflict,        // someone else changed or decided it first
    SelfApproval,    // a requester tried to decide their own request
    Expired,         // the request expired before it was decided
    Denied,          // refused by policy or by the database's roles
    StoreUnavailable,// cannot open, locked, gone, read-only
    Integrity        // the evidence chain or the schema is not what it must be
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error e) : error_(std::move(e)) {}
    static Status failure(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

    bool ok() const { return error_.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return error_; }
    ErrorCode code() const { return error_.code; }
    const QString &message() const { return error_.message; }

private:
    Error error_;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : value_(std::move(value)) {}
    Result(Error e) : error_(std::move(e)) {}
    Result(const Status &s) : error_(s.error()) {}

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() & { return *value_; }
    const T &value() const & { return *value_; }
    T &&value() && { return std::move(*value_); }
    T *operator->() { return &*value_; }
    const T *operator->() const { return &*value_; }
    T &operator*() { return *value_; }
    const T &operator*() const { return *value_; }
    const Error &error() const { return error_; }
    ErrorCode code() const { return error_.code; }
    const QString &message() const { return error_.message; }
    Status status() const { return ok() ? Status() : Status(error_); }

private:
    std::optional<T> value_;
    Error error_;
};

} // namespace airlock
