// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UidPlan: the pure decision at the heart of the rebuild, kept free of I/O so it can be
// tested exhaustively. Given what is left of a uidlist, the message files on disk and
// what a healthy dovecot.index says, it decides the new uidlist:
//  - every message whose line survived keeps its UID (first line wins for a repeated
//    name, the first line with an existing file wins for a repeated UID);
//  - UIDVALIDITY: the index's when uidlist and index disagree (that is what clients
//    saw last; a damaged V must not make them re-download), else the uidlist's, else the
//    index's, else a new one (uidValidityKept = false);
//  - messages without a UID get new ones above every UID the uidlist ever named and
//    the index's next UID, in Dovecot's order (seconds, microseconds, name).

#include "../dovecot/uidlist.h"
#include "../maildir/mailbox.h"

#include <optional>
#include <string_view>
#include <vector>

namespace mailstore::core::integrity {

struct UidPlan {
    dovecot::Uidlist list;       // what to write
    bool needsRewrite = false;   // false: the uidlist on disk is already right
    bool uidValidityKept = true;
    std::size_t uidsKept = 0;
    std::size_t uidsNew = 0;
    std::size_t entriesDropped = 0; // lines whose file is gone
};

UidPlan planUids(std::optional<std::string_view> uidlistContent, const std::vector<maildir::MessageFile> &files,
                 std::optional<std::uint32_t> indexUidValidity, std::optional<std::uint32_t> indexNextUid,
                 std::int64_t now);

} // namespace mailstore::core::integrity
