// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Index health: scans a mailbox, an account or a whole host for damaged Dovecot index
// state (uidlist, index, log, cache, list index, tmp/ leftovers) and, with `deep`, for
// message files whose size disagrees with their name. Metadata only unless deep.
// Results are Findings with the stable codes below (docs/admin-api.md lists them with
// what each means); severity Warning or Error counts as a problem, Info does not.

#include "../finding.h"
#include "../fs/iothrottle.h"
#include "../maildir/mailbox.h"
#include "../maildir/maillayout.h"
#include "../result.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace mailstore::core::integrity {

namespace code {
inline constexpr const char *UidlistMissing = "uidlist-missing";
inline constexpr const char *UidlistUnreadable = "uidlist-unreadable";
inline constexpr const char *UidlistBadHeader = "uidlist-bad-header";
inline constexpr const char *UidlistBadLine = "uidlist-bad-line";
inline constexpr const char *UidlistDuplicateUid = "uidlist-duplicate-uid";
inline constexpr const char *UidlistUidOrder = "uidlist-uid-order";
inline constexpr const char *UidlistDuplicateName = "uidlist-duplicate-name";
inline constexpr const char *UidlistUidTooHigh = "uidlist-uid-too-high";
inline constexpr const char *UidlistNextUidStale = "uidlist-next-uid-stale";      // Info: N <= max UID
inline constexpr const char *UidlistEntryWithoutFile = "uidlist-entry-without-file";
inline constexpr const char *UidlistFileWithoutEntry = "uidlist-file-without-entry"; // cur/ only
inline constexpr const char *UidlistBehindIndex = "uidlist-behind-index";         // index next_uid > uidlist's
inline constexpr const char *UidValidityMismatch = "uidvalidity-mismatch";
inline constexpr const char *IndexTruncated = "index-truncated";
inline constexpr const char *IndexBadVersion = "index-bad-version";
inline constexpr const char *IndexBadHeader = "index-bad-header";
inline constexpr const char *IndexMarkedCorrupted = "index-marked-corrupted";
inline constexpr const char *IndexForeignEndian = "index-foreign-endian";
inline constexpr const char *IndexIdMismatch = "index-id-mismatch";
inline constexpr const char *IndexCountsDisagree = "index-counts-disagree";
inline constexpr const char *IndexLogBroken = "index-log-broken";
inline constexpr const char *ListIndexDamaged = "list-index-damaged";
inline constexpr const char *TmpStaleFile = "tmp-stale-file";
inline constexpr const char *SizeMismatch = "size-mismatch";     // S= or W= disagrees (deep)
inline constexpr const char *UnreadableMessage = "unreadable-message"; // deep
} // namespace code

struct ScanOptions {
    bool deep = false;             // read every message: check S= and W= against content
    std::int64_t now = 0;          // unix seconds for "stale" decisions; 0 = the clock
    const std::atomic<bool> *cancel = nullptr; // checked between mailboxes/messages
    // Deep reads pay into this budget (the host's MB/s cap) when set.
    fs::IoThrottle *throttle = nullptr;
    // Deep reads add the bytes and messages they read here when set (job progress).
    std::atomic<std::uint64_t> *bytesRead = nullptr;
    std::atomic<std::uint64_t> *messagesRead = nullptr;
};

// One mailbox's index state. Never fails: problems are findings.
Findings scanMailboxIndex(const maildir::MailboxInfo &mailbox, const ScanOptions &options = {});

// The same plus the Maildir findings of its message folders (one listing for both).
Findings scanMailboxHealth(const maildir::MailboxInfo &mailbox, const ScanOptions &options = {});

// The account: every mailbox plus the mailbox list index at the Maildir root.
Findings scanAccountIndex(const maildir::AccountLocation &account, const ScanOptions &options = {});

using core::isProblem; // Warning or Error

struct AccountHealth {
    std::string account;
    Findings findings; // index findings (and maildir findings) of this account
};

struct HostScanProgress {
    std::size_t accountsDone = 0, accountsTotal = 0;
    std::size_t withProblems = 0;
};

// Scans every account under root in parallel. progress() is called from worker threads
// (serialise in the callback). Cancelled when *options.cancel becomes true (returns the
// accounts finished so far with error Cancelled).
Result<std::vector<AccountHealth>> scanHost(const std::filesystem::path &root, const maildir::MailLayout &layout,
                                            const ScanOptions &options, unsigned threads = 0,
                                            const std::function<void(const HostScanProgress &)> &progress = {});

} // namespace mailstore::core::integrity
