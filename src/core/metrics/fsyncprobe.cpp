// SPDX-License-Identifier: GPL-3.0-or-later
// The fsync probe; see fsyncprobe.h.
#include "fsyncprobe.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace mailstore::core::metrics {

namespace {

constexpr std::size_t ProbeBytes = 4096;

class SystemProbeFs final : public ProbeFs {
public:
    int open(const char *path, int flags, mode_t mode) override { return ::open(path, flags, mode); }
    ssize_t write(int fd, const void *data, size_t size) override { return ::write(fd, data, size); }
    int fdatasync(int fd) override { return ::fdatasync(fd); }
    int close(int fd) override { return ::close(fd); }
    int unlink(const char *path) override { return ::unlink(path); }
};

// Writes all bytes, retrying short writes and EINTR. Returns 0 or an errno value.
int writeFully(ProbeFs &fs, int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = fs.write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO; // a regular file never takes zero bytes of a non-empty write
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return 0;
}

} // namespace

ProbeFs &systemProbeFs()
{
    static SystemProbeFs fs;
    return fs;
}

Result<ProbeResult> probeFsync(const std::filesystem::path &mailRoot, ProbeFs &fs)
{
    const std::filesystem::path file = mailRoot / (".mailstore-probe." + std::to_string(::getpid()));
    // O_NOFOLLOW with O_EXCL: never write through a symlink someone placed there.
    const int fd = fs.open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failErrno(errno, "create probe file", file);

    // Non-zero bytes, so no file system can store the block as a hole.
    char block[ProbeBytes];
    std::memset(block, 'm', sizeof block);

    const auto start = std::chrono::steady_clock::now();
    int err = writeFully(fs, fd, block, sizeof block);
    const char *what = "write probe file";
    if (err == 0 && fs.fdatasync(fd) < 0) {
        err = errno;
        what = "fdatasync probe file";
    }
    const auto end = std::chrono::steady_clock::now();

    // Close and unlink whatever happened above: the probe leaves nothing behind.
    // The first failure is the one reported.
    if (fs.close(fd) < 0 && err == 0) {
        err = errno;
        what = "close probe file";
    }
    if (fs.unlink(file.c_str()) < 0 && err == 0) {
        err = errno;
        what = "remove probe file";
    }
    if (err != 0)
        return failErrno(err, what, file);

    ProbeResult r;
    r.latencyUs = std::chrono::duration<double, std::micro>(end - start).count();
    return r;
}

} // namespace mailstore::core::metrics
