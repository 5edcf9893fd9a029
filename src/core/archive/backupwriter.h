// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// createBackup: one account into one target folder as tar + zstd (docs/backup-format.md).
// Each message file is read once: streamed into the archive through libarchive while
// its SHA-256 is computed. An incremental stores only messages whose name or content
// changed since the account's newest backup in the target, and lists the whole account.
// Crash safety: the archive is written under a temp name, fsynced, renamed, the folder
// fsynced; only then is the manifest sidecar written and the catalog entry added, so a
// crash never leaves a half backup listed.

#include "../maildir/maillayout.h"
#include "../result.h"
#include "backupcatalog.h"
#include "manifest.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace mailstore::core::archive {

struct BackupOptions {
    bool incremental = false;
    std::int64_t now = 0;      // unix seconds for the id and record; 0 = the clock
    unsigned zstdThreads = 0;  // 0 = one per hardware thread
    int zstdLevel = 3;
};

struct BackupResult {
    CatalogEntry entry;
    std::filesystem::path archive;
    bool incremental = false;       // false also when --incremental found no parent
    std::uint64_t referenced = 0;   // messages left in ancestors (incremental)
    std::vector<ManifestSkip> skipped;
};

// Errors: InvalidArgument (target not a folder), NotFound, PermissionDenied, NoSpace,
// Io; Corrupted when the parent's manifest is damaged; Conflict when a message file
// changed in place while it was read (Maildir files never do).
Result<BackupResult> createBackup(const maildir::AccountLocation &account, const std::filesystem::path &target,
                                  const BackupOptions &options = {});

} // namespace mailstore::core::archive
