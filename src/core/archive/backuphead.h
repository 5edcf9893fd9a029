// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupHead: the first member of every backup archive. It names the backup and declares
// upper bounds (message members, their total bytes, the largest one) taken from the
// account listing before any byte was read, so a reader can refuse a decompression bomb
// or a flood of members at its tar header, before the manifest (the last member) is seen.

#include "../result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace mailstore::core::archive {

inline constexpr std::string_view HeadMagic = "MSBACKUP-HEAD";
inline constexpr std::uint32_t HeadVersion = 1;
inline constexpr std::string_view HeadMemberName = "MSBACKUP.head";
inline constexpr std::string_view ManifestMemberName = "MSBACKUP.manifest";
inline constexpr std::size_t HeadMaxBytes = 64 * 1024;

struct BackupHead {
    std::string backupId;
    std::string account;
    std::int64_t created = 0;
    std::string parent;             // empty for a full backup
    std::uint64_t maxMembers = 0;   // message members at most
    std::uint64_t maxBytes = 0;     // their sizes summed, at most
    std::uint64_t maxMemberBytes = 0; // the largest one, at most
};

std::string serializeHead(const BackupHead &head);
Result<BackupHead> parseHead(std::string_view text);

} // namespace mailstore::core::archive
