// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the restore: UIDs, keyword letters and file names of restored messages, and
// the uidlist update (docs/backup-format.md, "Restore", UID policy).

#include "../dovecot/uidlist.h"
#include "restoretarget.h"
#include "restorework.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mailstore::core::archive::detail {

// A mailbox this restore creates: its UIDVALIDITY, header, keywords and the UID of each
// selected message (parallel to `selected`): the originals for a round trip, 1..n for a
// new folder or a source without UIDs. `live` is its uidlist when an earlier run made it.
std::vector<std::uint32_t> planReservedUids(WorkMailbox &box, const ManifestMailbox &source,
                                            const std::vector<std::size_t> &selected, const Manifest &manifest,
                                            const std::optional<dovecot::Uidlist> &live);

// A live mailbox: maps the source's keyword letters to the target's (free letters for the
// names it lacks; none left: the keyword is dropped).
void planKeywordLetters(WorkMailbox &box, const ManifestMailbox &source, const std::filesystem::path &dir);

// The name a message gets: the original, keyword letters mapped, and a new unique base
// when the base is taken (never overwrite, never reuse a name the uidlist knows).
std::string targetFileName(WorkMailbox &box, const std::string &original);

struct UidEntry {
    std::string base;         // uidlist key (file name before ':')
    std::uint32_t wished = 0; // planned (reserved) or original (live) UID; 0 = none
    std::uint32_t uid = 0;    // given
};

struct UidCounts {
    std::uint64_t kept = 0, fresh = 0;
};

// Gives each entry its UID against the current uidlist (`list`, held under the dotlock):
// reserved: the planned UID; live: the wished one when it is >= the live next UID and
// free, else a new one above everything. UIDs of one call ascend in the uidlist.
void assignUids(const dovecot::Uidlist &list, bool reserved, std::vector<UidEntry> &entries, UidCounts &counts);

// Adds the entries to the uidlist (records sorted, N past the highest) and replaces it
// atomically. Entries whose base the uidlist already has are left as they are.
Result<void> addUidRecords(const std::filesystem::path &dir, dovecot::Uidlist list,
                           const std::vector<UidEntry> &entries, const Owner &owner);

// The mailbox's uidlist, or a new empty one (fresh UIDVALIDITY) when it has none.
Result<dovecot::Uidlist> currentUidlist(const std::filesystem::path &dir, std::uint32_t uidValidityIfNone);

// A new UIDVALIDITY, as Dovecot makes them (the time).
std::uint32_t freshUidValidity();

} // namespace mailstore::core::archive::detail
