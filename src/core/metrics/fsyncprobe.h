// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fsync probe: how long a small durable write takes on the mail root's file
// system right now. This is the latency Dovecot's own fsyncs see, so it is the
// series the degradation rule watches. The probe writes 4 KiB once per sample;
// it must never leave a file behind and never touch anything but its own file.

#include "../result.h"

#include <filesystem>
#include <sys/types.h>

namespace mailstore::core::metrics {

// The file-system calls of the probe, so a test can inject a slow or failing
// fsync at exactly this boundary. Each call has the POSIX contract: -1 with errno
// set on failure.
class ProbeFs {
public:
    virtual ~ProbeFs() = default;
    virtual int open(const char *path, int flags, mode_t mode) = 0;
    virtual ssize_t write(int fd, const void *data, size_t size) = 0;
    virtual int fdatasync(int fd) = 0;
    virtual int close(int fd) = 0;
    virtual int unlink(const char *path) = 0;
};

// The real system calls.
ProbeFs &systemProbeFs();

struct ProbeResult {
    double latencyUs = 0; // write + fdatasync, steady clock, microseconds
};

// Creates <mailRoot>/.mailstore-probe.<pid> (O_EXCL, O_NOFOLLOW, mode 0600), writes
// 4 KiB, fdatasyncs, closes and unlinks it. An error names the probe file's path;
// the file is removed on every path after it was created. A probe file that already
// exists (another probe in this process, or one left by a crash of a process with
// the same pid) is a Conflict: it is not ours to remove.
Result<ProbeResult> probeFsync(const std::filesystem::path &mailRoot, ProbeFs &fs = systemProbeFs());

} // namespace mailstore::core::metrics
