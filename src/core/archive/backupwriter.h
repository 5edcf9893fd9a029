// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// createBackup: one account into one target folder as tar + zstd (docs/backup-format.md).
// Each message file is read once: streamed into the archive through libarchive while
// its SHA-256 is computed. An incremental stores only messages whose name or content
// changed since the account's newest backup in the target, and lists the whole account.
// Crash safety: the archive is written under a temp name, fsynced, renamed, the folder
// fsynced; only then is the manifest sidecar written and the catalog entry added, so a
// crash never leaves a half backup listed.

#include "../fs/iothrottle.h"
#include "../maildir/maillayout.h"
#include "../result.h"
#include "backupcatalog.h"
#include "manifest.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace mailstore::core::archive {

// Messages count every message of the account (stored, referenced or skipped); bytes
// count the message files that must be read (all of them for a full backup, those not
// unchanged by name in the parent for an incremental), so the rate is the read rate.
struct BackupProgress {
    std::uint64_t messagesDone = 0, messagesTotal = 0;
    std::uint64_t bytesDone = 0, bytesTotal = 0;
};

struct BackupOptions {
    bool incremental = false;
    std::int64_t now = 0;      // unix seconds for the id and record; 0 = the clock
    unsigned zstdThreads = 0;  // 0 = one per hardware thread
    int zstdLevel = 3;
    // Hooks last, so positional initializers of the fields above still work.
    // Called per message and about every MiB inside a big one, from the calling thread.
    std::function<void(const BackupProgress &)> progress = {};
    // Checked between messages and between reads: fail(Cancelled), no temp file, no entry.
    const std::atomic<bool> *cancel = nullptr;
    fs::IoThrottle *throttle = nullptr; // message file reads pay into it as they happen
};

struct BackupResult {
    CatalogEntry entry;
    std::filesystem::path archive;
    bool incremental = false;       // false also when --incremental found no parent
    std::uint64_t referenced = 0;   // messages left in ancestors (incremental)
    std::vector<ManifestSkip> skipped;
};

// Errors: InvalidArgument (target not a folder), NotFound, PermissionDenied, NoSpace,
// Io, Cancelled; Corrupted when the parent's manifest is damaged; Conflict when a message file
// changed in place while it was read (Maildir files never do).
Result<BackupResult> createBackup(const maildir::AccountLocation &account, const std::filesystem::path &target,
                                  const BackupOptions &options = {});

} // namespace mailstore::core::archive
