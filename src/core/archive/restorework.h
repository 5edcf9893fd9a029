// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the restore: the work a plan turns into (which member of which archive goes
// to which file of which mailbox, with which UID), shared by planning and writing.

#include "../dovecot/uidlist.h"
#include "restore.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mailstore::core::archive::detail {

// One target mailbox of the restore.
struct WorkMailbox {
    std::size_t planIndex = 0;       // index into RestorePlan::mailboxes
    std::uint32_t source = 0;        // index into the manifest's mailboxes
    std::string target;              // display name it lands in
    std::filesystem::path dir;       // its folder (the Maildir itself for INBOX)
    bool exists = false;             // cur/ exists now
    // UIDs planned up front: the mailbox is created by this restore (now or by the run a
    // journal records), so every UID of the selection is ours. Otherwise UIDs are chosen
    // at each commit against the live uidlist.
    bool reserved = false;
    bool freshFolder = false;        // a toFolder mailbox: fresh UIDVALIDITY, UIDs 1..n
    std::uint32_t uidValidity = 0;   // reserved: the UIDVALIDITY it gets (or has)
    std::uint32_t nextUid = 0;       // reserved: header N when created
    std::string uidlistHeader;       // reserved and not fresh: the manifest's header line
    std::array<std::string, 26> keywords; // reserved: keywords written at creation
    std::map<char, char> keywordLetters;  // live: source letter -> target letter
    std::vector<std::pair<char, std::string>> keywordsToAdd; // live: letters given to names it lacks
    std::set<std::string> takenBases; // base names in the mailbox or its uidlist (never reused)
};

// One file to write.
struct WorkMessage {
    std::size_t manifestIndex = 0; // into the restored backup's manifest
    std::size_t mailbox = 0;       // into WorkPlan::mailboxes
    bool inNew = false;
    std::string fileName;          // final name (original, keyword letters mapped)
    std::uint64_t size = 0;
    std::string sha256;
    std::int64_t mtime = 0;
    std::uint32_t uid = 0;         // reserved mailboxes: planned; live: wished (original)
};

// The members one archive must deliver: ordinal -> the messages made from it.
struct WorkArchive {
    std::string id;
    // What the catalog recorded: its manifest, its size, and its last verify.
    std::string manifestSha256;
    std::uint64_t archiveBytes = 0;
    std::int64_t lastVerified = 0; // unix s of the last good verify; 0: never, or it failed
    std::map<std::uint64_t, std::vector<std::size_t>> members; // ordinal -> WorkPlan::messages indexes
};

struct WorkPlan {
    RestorePlan plan;
    Manifest manifest;
    std::vector<WorkMailbox> mailboxes;
    std::vector<WorkMessage> messages; // to write, in archive order
    std::vector<WorkArchive> archives; // oldest first
    bool wholeAccount = false;         // no selection, no toFolder
    std::string journalKey;
};

// Builds the work of a request. `createdByUs` are target names a journal says this
// restore created (so they keep planned UIDs although they exist now). Never writes.
Result<WorkPlan> buildWorkPlan(const RestoreRequest &request, const std::set<std::string> &createdByUs);

// The key of the journal of a request: the same request always finds its journal.
std::string journalKeyFor(const RestoreRequest &request);

} // namespace mailstore::core::archive::detail
