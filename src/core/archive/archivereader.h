// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// scanArchive: one read-only pass over a backup archive (readArchive's checks) that
// hashes every message member and returns what it saw for the verifier to compare with
// the manifest. It never writes anything and never follows a name onto the file system.

#include "../result.h"
#include "archivestream.h"

#include <filesystem>

namespace mailstore::core::archive {

// Scans the archive. Errors (not problems) only when the file cannot be opened or is not
// a regular file: NotFound, PermissionDenied, Unsupported. Everything inside it that is
// wrong is a problem in the result.
Result<ArchiveScan> scanArchive(const std::filesystem::path &archive);

} // namespace mailstore::core::archive
