// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <cerrno>
#include <system_error>

namespace mailstore::core {

ErrorCode errorCodeFromErrno(int err)
{
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        return ErrorCode::NotFound;
    case EACCES:
    case EPERM:
        return ErrorCode::PermissionDenied;
    case ENOSPC:
    case EDQUOT:
        return ErrorCode::NoSpace;
    case EEXIST:
    case EBUSY:
        return ErrorCode::Conflict;
    case EINVAL:
    case ENAMETOOLONG:
        return ErrorCode::InvalidArgument;
    case EFBIG:
        return ErrorCode::TooLarge;
    default:
        return ErrorCode::Io;
    }
}

std::unexpected<Error> failErrno(int err, std::string_view what, const std::filesystem::path &path)
{
    return fail(errorCodeFromErrno(err), std::string(what) + ": " + std::generic_category().message(err),
                path.string());
}

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::PermissionDenied: return "permission-denied";
    case ErrorCode::NoSpace: return "no-space";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Corrupted: return "corrupted";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Io: return "io";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::TooLarge: return "too-large";
    }
    return "io";
}

} // namespace mailstore::core
