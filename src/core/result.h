// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: the one error-return shape of the storage core. Core functions that can
// fail return Result<T>; they never throw across the API, never print and never exit.
// The error carries a stable code (mapped to API errors and tr() text at the edges), a
// technical detail for logs, and the path involved, if any.

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

namespace mailstore::core {

enum class ErrorCode {
    NotFound,
    PermissionDenied,
    NoSpace,
    Conflict,
    Corrupted,
    Cancelled,
    Io,
    InvalidArgument,
    Unsupported,
    TooLarge,
};

struct Error {
    ErrorCode code = ErrorCode::Io;
    std::string detail; // technical, for logs; never the headline shown to people
    std::string path;   // file or folder involved, may be empty
};

template <typename T>
using Result = std::expected<T, Error>;

// A Result<void> success value, for readability at return sites.
inline Result<void> ok() { return {}; }

inline std::unexpected<Error> fail(ErrorCode code, std::string detail, std::string path = {})
{
    return std::unexpected<Error>(Error{code, std::move(detail), std::move(path)});
}

// An Error from an errno value: the mapped code, "what: <system message>" as detail,
// and the path involved.
std::unexpected<Error> failErrno(int err, std::string_view what, const std::filesystem::path &path = {});

// Maps an errno value to the closest ErrorCode.
ErrorCode errorCodeFromErrno(int err);

// Stable lower-case name of a code ("not-found"), used on the wire and in logs.
std::string_view errorCodeName(ErrorCode code);

} // namespace mailstore::core
