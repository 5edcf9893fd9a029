// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// scanArchive: one read-only pass over a backup archive (readArchive's checks) that
// hashes every message member and returns what it saw for the verifier to compare with
// the manifest. It never writes anything and never follows a name onto the file system.

#include "../result.h"
#include "archivestream.h"

#include <cstdint>
#include <filesystem>
#include <functional>

namespace mailstore::core::archive {

// Scans the archive. Errors (not problems) only when the file cannot be opened or is not
// a regular file: NotFound, PermissionDenied, Unsupported. Everything inside it that is
// wrong is a problem in the result.
// With hooks, the file's reads are paced by them, and `tick` is called on this thread
// after each message member and about every MiB of the file (membersRead so far);
// false from it, or the hooks' cancel flag, stops the pass (stopped = true).
using ScanTick = std::function<bool(std::uint64_t membersRead)>;
Result<ArchiveScan> scanArchive(const std::filesystem::path &archive, ReadHooks *hooks = nullptr,
                                const ScanTick &tick = {});

} // namespace mailstore::core::archive
