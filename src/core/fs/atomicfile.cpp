// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/random.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace mailstore::core::fs {

namespace {

std::string randomSuffix()
{
    unsigned char bytes[8] = {};
    std::size_t got = 0;
    while (got < sizeof bytes) {
        const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    // Without getrandom the pid and a counter keep O_EXCL retries from colliding forever.
    static std::atomic<unsigned> counter{0};
    if (got < sizeof bytes) {
        const unsigned long mix = (static_cast<unsigned long>(getpid()) << 16) ^ ++counter;
        for (std::size_t i = 0; i < sizeof bytes; ++i)
            bytes[i] = static_cast<unsigned char>(mix >> ((i % 4) * 8));
    }
    std::string out;
    char hex[3];
    for (unsigned char b : bytes) {
        std::snprintf(hex, sizeof hex, "%02x", b);
        out += hex;
    }
    return out;
}


} // namespace

Result<void> syncDirectory(const std::filesystem::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return failErrno(errno, "open directory", dir);
    int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some filesystems cannot sync a directory at all; there is nothing more to make durable.
    if (rc < 0 && err != EINVAL)
        return failErrno(err, "fsync directory", dir);
    return ok();
}

Result<void> writeFileAtomic(const std::filesystem::path &target, std::string_view data,
                             mode_t mode)
{
    return writeFileAtomic(target, data, FileOwnership{mode, std::nullopt});
}

Result<void> writeFileAtomic(const std::filesystem::path &target, std::string_view data,
                             const FileOwnership &own)
{
    const mode_t mode = own.mode;
    if (!target.has_filename())
        return fail(ErrorCode::InvalidArgument, "target has no file name", target.string());
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path()
                                                               : std::filesystem::path(".");
    const std::string prefix = "." + target.filename().string() + ".tmp.";

    std::filesystem::path temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = dir / (prefix + randomSuffix());
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST)
            return failErrno(errno, "create temp file", temp);
    }
    if (fd < 0)
        return fail(ErrorCode::Conflict, "no free temp file name", dir.string());

    const auto abandon = [&](Error e) -> Result<void> {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.c_str());
        if (e.path.empty())
            e.path = target.string();
        return std::unexpected(std::move(e));
    };

    // The umask must not decide the mode of mail data.
    if (::fchmod(fd, mode) < 0)
        return abandon(failErrno(errno, "fchmod", temp).error());
    // A file an agent running as root writes for Dovecot must stay Dovecot's to rewrite.
    if (own.owner && ::fchown(fd, own.owner->first, own.owner->second) < 0)
        return abandon(failErrno(errno, "fchown", temp).error());
    if (auto w = writeAll(fd, data); !w)
        return abandon(w.error());
    if (::fsync(fd) < 0)
        return abandon(failErrno(errno, "fsync", temp).error());
    const int closeRc = ::close(fd);
    fd = -1;
    if (closeRc < 0)
        return abandon(failErrno(errno, "close", temp).error());
    if (::rename(temp.c_str(), target.c_str()) < 0)
        return abandon(failErrno(errno, "rename", target).error());
    return syncDirectory(dir);
}

Result<void> writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errorCodeFromErrno(errno), "write: " + std::generic_category().message(errno));
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return ok();
}

} // namespace mailstore::core::fs
