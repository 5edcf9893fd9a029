// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// readArchive: the one pass over a backup archive that every reader shares (verify and
// restore). It opens the file read-only, accepts only tar + zstd, checks every tar header
// before its data (name, type, mode, the head's declared bounds), names each problem the
// same way for every reader, and hands the data blocks of each accepted message member to
// a visitor. It never writes anything and never turns a member name into a path.

#include "../result.h"
#include "archiveproblem.h"
#include "backuphead.h"
#include "manifest.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace mailstore::core::fs {
class IoThrottle;
}

namespace mailstore::core::archive {

struct SeenMember {
    std::uint64_t size = 0;
    std::string sha256; // filled by scanArchive; other readers may leave it empty
};

struct ArchiveScan {
    std::optional<BackupHead> head;
    std::optional<Manifest> manifest;
    std::string manifestSha256;        // of the manifest member's bytes, when read
    std::map<std::uint64_t, SeenMember> messages; // message ordinal (m/<n>) -> bytes read (or skipped)
    MemberProblems problems;           // in archive order
    std::uint64_t members = 0;         // tar members seen
    std::uint64_t bytesRead = 0;       // uncompressed bytes of member data read
    bool complete = false;             // reached the end of the archive
    bool stopped = false;              // the visitor asked to stop
};

// What the visitor wants done with an accepted message member.
enum class MemberAction {
    Read, // hand its blocks to block()
    Skip, // inflate past it without handing anything out
    Stop, // end the pass here (complete stays false)
};

class MemberVisitor {
public:
    virtual ~MemberVisitor() = default;
    // A message member m/<ordinal> whose header passed every check, before its data.
    virtual MemberAction begin(std::uint64_t ordinal, std::uint64_t size) = 0;
    // The next block of its data, in order. false ends the pass (stopped = true).
    virtual bool block(const void *data, std::size_t size) = 0;
    // Its data ended: `complete` is false when the stream failed inside it (the problem
    // is in the scan) or block() returned false.
    virtual void end(std::uint64_t ordinal, std::uint64_t bytes, bool complete) = 0;
};

// Optional pacing of one pass, applied where the file is read (ZstdSource's inflating
// thread): every read of the archive file is counted, paid into the throttle, and ends
// the stream once *cancel is set. The visitor, on the reading thread, sees fileBytes.
struct ReadHooks {
    std::atomic<std::uint64_t> fileBytes{0};
    fs::IoThrottle *throttle = nullptr;
    const std::atomic<bool> *cancel = nullptr;
};

// Reads the archive, calling the visitor for each accepted message member. Errors (not
// problems) only when the file cannot be opened or is not a regular file: NotFound,
// PermissionDenied, Unsupported. Everything inside it that is wrong is a problem.
Result<ArchiveScan> readArchive(const std::filesystem::path &archive, MemberVisitor &visitor,
                                ReadHooks *hooks = nullptr);

} // namespace mailstore::core::archive
