// SPDX-License-Identifier: GPL-3.0-or-later
// statvfs() into SpaceUsage.
#include "spaceusage.h"

#include <cerrno>
#include <sys/statvfs.h>

namespace mailstore::core::metrics {

Result<SpaceUsage> spaceOf(const std::filesystem::path &path)
{
    struct statvfs st {};
    int rc;
    do
        rc = ::statvfs(path.c_str(), &st);
    while (rc < 0 && errno == EINTR);
    if (rc < 0)
        return failErrno(errno, "statvfs", path);
    // Block counts are in f_frsize units (f_bsize is only the preferred I/O size).
    const std::uint64_t unit = st.f_frsize ? st.f_frsize : st.f_bsize;
    SpaceUsage u;
    u.bytesTotal = std::uint64_t(st.f_blocks) * unit;
    u.bytesFree = std::uint64_t(st.f_bfree) * unit;
    u.bytesAvailable = std::uint64_t(st.f_bavail) * unit;
    // File systems without an inode table report 0 total; free then means nothing.
    u.inodesTotal = st.f_files;
    u.inodesFree = st.f_files ? std::uint64_t(st.f_ffree) : 0;
    return u;
}

} // namespace mailstore::core::metrics
