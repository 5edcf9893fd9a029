// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArchiveReader: one read-only pass over a backup archive. Checks every tar header
// before its data (name, type, mode, the head's declared bounds), hashes every message
// member, and returns what it saw for the verifier to compare with the manifest. It
// never writes anything and never follows a name onto the file system.

#include "../result.h"
#include "archiveproblem.h"
#include "backuphead.h"
#include "manifest.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace mailstore::core::archive {

struct SeenMember {
    std::uint64_t size = 0;
    std::string sha256;
};

struct ArchiveScan {
    std::optional<BackupHead> head;
    std::optional<Manifest> manifest;
    std::string manifestSha256;        // of the manifest member's bytes, when read
    std::map<std::uint64_t, SeenMember> messages; // message ordinal (m/<n>) -> what was read
    MemberProblems problems;           // in archive order
    std::uint64_t members = 0;         // tar members seen
    std::uint64_t bytesRead = 0;       // uncompressed bytes of member data read
    bool complete = false;             // reached the end of the archive
};

// Scans the archive. Errors (not problems) only when the file cannot be opened or is not
// a regular file: NotFound, PermissionDenied, Unsupported. Everything inside it that is
// wrong is a problem in the result.
Result<ArchiveScan> scanArchive(const std::filesystem::path &archive);

} // namespace mailstore::core::archive
