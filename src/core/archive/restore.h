// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Restore: messages of a backup (a whole account, one mailbox, a date range) back into a
// Maildir account, the backup's own or another (docs/backup-format.md, "Restore").
// Every archive is checked header by header before the first write (unless its last
// verify was good and it has not changed since); messages are written to tmp/, checked
// against the manifest's SHA-256, made durable in batches (committed on a thread of their
// own while the next batch is written) and renamed into new/ or cur/ under their original
// names; the uidlist is updated under Dovecot's dotlock. A journal makes a re-run after a crash or kill -9 finish the work with nothing
// lost and nothing duplicated; a second run writes nothing (skip by content).

#include "../fs/iothrottle.h"
#include "../maildir/maillayout.h"
#include "../result.h"
#include "archiveproblem.h"
#include "manifest.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::archive {

struct RestoreSelection {
    std::string mailbox;     // display name ("INBOX", "Archive/2024"); empty = every mailbox
    std::int64_t since = 0;  // delivery time (manifest mtime) >= since, unix s; 0 = no bound
    std::int64_t until = 0;  // delivery time <  until; 0 = no bound
};

struct RestoreRequest {
    std::filesystem::path target;   // backup target folder (holds <id>.tar.zst, <id>.manifest, backup-catalog)
    std::string backupId;           // any point of a chain; ancestors are read from the same folder
    maildir::AccountLocation into;  // the account restored into (the backup's own account or another)
    RestoreSelection select;
    std::string toFolder;           // non-empty: restore under this new mailbox name; one source
                                    // mailbox -> "<toFolder>", several -> "<toFolder>/<source name>"
    std::filesystem::path journalDir; // where the restore journal lives (agent: <state dir>/restores)
};

struct RestoreMailboxPlan {
    std::string source;        // mailbox name in the backup
    std::string target;        // mailbox name it lands in
    bool targetExists = false; // the target mailbox exists now (a live mailbox)
    std::uint64_t messages = 0, bytes = 0; // to write
    std::uint64_t alreadyPresent = 0;      // skipped: same content already there
};

struct RestorePlan {
    std::string backupId, account;          // the backup and its account
    std::vector<std::string> archives;      // backup ids whose archives will be read (oldest first)
    std::vector<RestoreMailboxPlan> mailboxes;
    std::uint64_t messages = 0, bytes = 0, alreadyPresent = 0;
    bool live = false;                      // writes into at least one existing mailbox
};

struct RestoreProgress {
    std::uint64_t messagesDone = 0, messagesTotal = 0; // counts written + skipped
    std::uint64_t bytesDone = 0, bytesTotal = 0;       // bytes read from archives for needed members
    std::string phase;                                 // "checking <id>.tar.zst", "reading <id>.tar.zst", "committing batch"
};

struct RestoreOptions {
    std::function<void(const RestoreProgress &)> progress; // called often (cheap), from the calling thread
    const std::atomic<bool> *cancel = nullptr;             // checked between members/blocks: fail(Cancelled)
    fs::IoThrottle *throttle = nullptr;                    // archive reads pay into it
    std::uint64_t batchBytes = 64ull << 20;                // durability batch
    // 4000, so the 64 MiB limit ends most batches: each batch frees inodes (uidlist, journal,
    // lock) that ext4 without a journal skips on every file created for seconds, and
    // rewrites the whole uidlist. 1 GB restores on a busy machine: median 0.45x of tar with
    // 1000, 0.90x with 4000.
    std::uint32_t batchMessages = 4000;
};

struct RestoreReport {
    RestorePlan plan;
    std::uint64_t restored = 0, alreadyPresent = 0, bytes = 0;
    std::uint64_t uidsKept = 0, uidsNew = 0;
    bool resumed = false;                 // a journal from an earlier, unfinished run was found
    std::vector<MemberProblem> problems;  // members that failed their checksum etc. (restore fails if any)
};

// Reads only the sidecar manifests and catalog plus the target mailboxes (sizes; hashes of
// same-size candidates). Never writes. Errors: NotFound (backup), Corrupted (manifest vs
// catalog, broken chain), InvalidArgument (mailbox not in the backup, bad toFolder name).
Result<RestorePlan> planRestore(const RestoreRequest &request);

// Plans, then restores. Idempotent: a re-run after a crash/kill -9 (or a second run)
// finishes the work with nothing lost, nothing duplicated. Errors: those of planRestore,
// NoSpace ("no space left ... N of M restored; free space and run again"), Cancelled,
// Corrupted (an archive refused before any write, or a member failed its checksum or was
// hostile: nothing of that member is left), Io.
Result<RestoreReport> restoreBackup(const RestoreRequest &request, const RestoreOptions &options = {});

// Writes one message's bytes (checked against the manifest hash) to `out` atomically.
// `messageIndex` = 0-based index into the manifest's messages; follows storedIn into the
// ancestor in the same folder. Errors: NotFound, Corrupted, Io.
Result<void> extractMessage(const std::filesystem::path &target, std::string_view backupId,
                            std::size_t messageIndex, const std::filesystem::path &out);

// Reads <target>/<id>.manifest (the sidecar), checked against the catalog's
// manifestSha256 when the catalog lists it. Errors: NotFound, Corrupted.
Result<Manifest> readBackupManifest(const std::filesystem::path &target, std::string_view backupId);

} // namespace mailstore::core::archive
