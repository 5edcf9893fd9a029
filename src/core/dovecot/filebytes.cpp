// SPDX-License-Identifier: GPL-3.0-or-later
#include "filebytes.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace mailstore::core::dovecot::detail {

Result<FileBytes> readFilePrefix(const std::filesystem::path &file, std::uint64_t limit)
{
    // O_NONBLOCK: a FIFO planted under a state file name must not hang the scan.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return failErrno(errno, "open", file);
    struct stat st {};
    if (::fstat(fd, &st) < 0) {
        const int err = errno;
        ::close(fd);
        return failErrno(err, "fstat", file);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(ErrorCode::Unsupported, "not a regular file", file.string());
    }
    FileBytes out;
    out.fileSize = static_cast<std::uint64_t>(st.st_size);
    const std::uint64_t want = std::min(limit, out.fileSize);
    out.bytes.resize(static_cast<std::size_t>(want));
    std::size_t got = 0;
    while (got < want) {
        const ssize_t n = ::pread(fd, out.bytes.data() + got, want - got, static_cast<off_t>(got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return failErrno(err, "read", file);
        }
        if (n == 0)
            break; // shrank since fstat: what we got is the current content
        got += static_cast<std::size_t>(n);
    }
    out.bytes.resize(got);
    ::close(fd);
    return out;
}

Result<std::string> readWholeFile(const std::filesystem::path &file, std::uint64_t cap)
{
    // One byte past the cap tells "exactly cap" from "grew beyond it while we read".
    auto r = readFilePrefix(file, cap + 1);
    if (!r)
        return std::unexpected(r.error());
    if (r->fileSize > cap || r->bytes.size() > cap)
        return fail(ErrorCode::TooLarge,
                    "file is " + std::to_string(r->fileSize) + " bytes, limit "
                        + std::to_string(cap),
                    file.string());
    return std::move(r->bytes);
}

} // namespace mailstore::core::dovecot::detail
