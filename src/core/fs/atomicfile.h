// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Durable whole-file replace: write a temp file beside the target, fsync it, rename it
// over the target, fsync the folder. A reader sees the old or the new content, never a
// mix; an fsync error fails the call (no retry, no "success" after a write-back error).

#include "../result.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <utility>
#include <sys/types.h>

namespace mailstore::core::fs {

// Writes `data` to `target` atomically and durably with the given mode.
Result<void> writeFileAtomic(const std::filesystem::path &target, std::string_view data,
                             mode_t mode = 0644);

struct FileOwnership {
    mode_t mode = 0644;
    std::optional<std::pair<uid_t, gid_t>> owner; // chown before the rename, when set
};

// The same, with an owner: the file is chowned before it becomes visible.
Result<void> writeFileAtomic(const std::filesystem::path &target, std::string_view data,
                             const FileOwnership &ownership);

// Writes all of data to fd, retrying short writes and EINTR.
Result<void> writeAll(int fd, std::string_view data);

// fsyncs a folder (after creating, renaming or removing entries in it).
Result<void> syncDirectory(const std::filesystem::path &dir);

} // namespace mailstore::core::fs
