// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Space and inodes of the file system holding a path: the input of the full-disk
// forecast. Both bytes and inodes matter for Maildir, one file per message.

#include "../result.h"

#include <cstdint>
#include <filesystem>

namespace mailstore::core::metrics {

struct SpaceUsage {
    std::uint64_t bytesTotal = 0;
    std::uint64_t bytesFree = 0;      // free, including the root-reserved blocks
    std::uint64_t bytesAvailable = 0; // free for unprivileged users (what Dovecot sees)
    std::uint64_t inodesTotal = 0;    // 0 when the file system has no inode limit (btrfs)
    std::uint64_t inodesFree = 0;
};

// statvfs() of path; an error names the path.
Result<SpaceUsage> spaceOf(const std::filesystem::path &path);

} // namespace mailstore::core::metrics
