// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountSnapshot: what a backup of one account will hold, read from the live Maildir
// before any message byte is read: mailboxes with their UID state and keywords, the
// subscriptions, and every message file with its lstat size and mtime (the bounds the
// archive head declares). Files that vanish meanwhile are simply not listed.

#include "../maildir/maillayout.h"
#include "../result.h"
#include "manifest.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mailstore::core::archive {

struct SnapshotMessage {
    std::uint32_t mailbox = 0;
    bool inNew = false;
    std::string fileName;
    std::string baseName;   // before ':' (the uidlist key)
    std::uint64_t size = 0; // lstat
    std::int64_t mtime = 0;
    std::uint32_t uid = 0;  // from the uidlist, 0 if not there
};

struct AccountSnapshot {
    Manifest skeleton;                          // account, subscriptions, mailboxes; no messages
    std::vector<std::filesystem::path> mailboxDirs; // parallel to skeleton.mailboxes
    std::vector<SnapshotMessage> messages;      // by mailbox, then file name
};

// Errors: the Maildir cannot be listed, or a uidlist/keywords/subscriptions file exists
// but cannot be read (a backup without them could not restore UIDs).
Result<AccountSnapshot> snapshotAccount(const maildir::AccountLocation &account);

} // namespace mailstore::core::archive
