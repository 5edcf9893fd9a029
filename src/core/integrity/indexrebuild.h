// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Index rebuild that IMAP clients do not notice: a new dovecot-uidlist that keeps every
// UID whose line survived and the UIDVALIDITY, gives new UIDs only to messages that had
// none (above every UID ever handed out), and moves the derived index files aside to a
// quarantine folder (never deletes them) so Dovecot regenerates them. Works beside a
// live Dovecot: it holds Dovecot's uidlist dotlock while it reads and writes. Never
// touches message files or dovecot-keywords.

#include "../finding.h"
#include "../maildir/mailbox.h"
#include "../maildir/maillayout.h"
#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mailstore::core::integrity {

struct RebuildOptions {
    bool dryRun = false;            // plan only: nothing is written, moved or locked
    std::int64_t now = 0;           // unix seconds (quarantine folder name); 0 = the clock
    std::filesystem::path quarantineRoot; // where replaced files go; empty = the account default
};

struct MailboxRebuildReport {
    std::string mailbox;            // display name
    std::filesystem::path path;
    std::uint32_t uidValidity = 0;  // kept (or recovered) UIDVALIDITY
    bool uidValidityKept = true;    // false: no valid UIDVALIDITY existed; a new one was chosen
    std::uint32_t nextUid = 0;      // written N
    std::size_t messages = 0;       // files in cur/ + new/
    std::size_t uidsKept = 0;       // messages that keep their old UID
    std::size_t uidsNew = 0;        // messages that got a new UID (had none, or lost it)
    std::size_t entriesDropped = 0; // uidlist lines without a file
    std::vector<std::filesystem::path> quarantined; // files moved (or to be moved, dry run)
    bool uidlistWritten = false;
    bool changed() const { return uidlistWritten || !quarantined.empty(); }
};

struct AccountRebuildReport {
    std::string account;
    std::filesystem::path quarantineDir; // this run's quarantine folder
    std::vector<MailboxRebuildReport> mailboxes;
};

// Rebuilds one mailbox. quarantineDir receives the replaced files (created on demand).
Result<MailboxRebuildReport> rebuildMailboxIndex(const maildir::MailboxInfo &mailbox,
                                                 const std::filesystem::path &quarantineDir,
                                                 const RebuildOptions &options = {});

// Rebuilds every mailbox of the account that has index findings (or only `mailbox` when
// given, by display name: NotFound when absent), plus a damaged mailbox list index.
Result<AccountRebuildReport> rebuildAccountIndex(const maildir::AccountLocation &account,
                                                 const std::string &mailbox = {},
                                                 const RebuildOptions &options = {});

// Default quarantine folder of an account: beside its Maildir (never inside it, where
// Dovecot would take it for a mailbox): <maildir>/../mailstore-quarantine/<stamp>.
std::filesystem::path defaultQuarantineDir(const maildir::AccountLocation &account, std::int64_t now);

} // namespace mailstore::core::integrity
