// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArchiveProblem: why a backup archive, or one member of it, is bad. Stable names for
// the wire and tests (docs/backup-format.md, "What verify checks").

#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::archive {

enum class ArchiveProblem {
    Truncated,        // the stream ends before the tar end (cut file)
    BadStream,        // zstd frame or tar header damaged, or not tar+zstd at all
    HeadMissing,      // first member is not MSBACKUP.head
    HeadCorrupt,      // head does not parse or its checksum fails
    ManifestMissing,  // no MSBACKUP.manifest member at the end
    ManifestCorrupt,  // manifest does not parse, fails its checksum, or disagrees with the head
    UnsupportedVersion,
    AbsolutePath,     // member name starts with '/'
    PathTraversal,    // member name has a ".." component
    Link,             // symlink or hard link member
    SpecialFile,      // directory, device, fifo, socket member
    BadMode,          // setuid, setgid or sticky bit
    BadName,          // name not of the format (control bytes, too long, unknown)
    DuplicateMember,  // the same member name twice
    ExtraMember,      // a message member the manifest does not list as stored here
    MissingMember,    // the manifest lists a message as stored here; no member has it
    SizeMismatch,     // member size differs from the manifest
    HashMismatch,     // member SHA-256 differs from the manifest
    Oversized,        // member above the head's declared bound: not read (decompression bomb)
    TooManyMembers,   // more members than the head declares
    ChainBroken,      // parent or a referenced ancestor missing, or disagreeing with its manifest
};

std::string_view problemName(ArchiveProblem problem);

struct MemberProblem {
    ArchiveProblem problem;
    std::string member; // member name (escaped for display), or the file for stream problems
    std::string detail; // technical
};

using MemberProblems = std::vector<MemberProblem>;

} // namespace mailstore::core::archive
