// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// dovecot-uidlist: the map from IMAP UIDs to Maildir base file names, plus the
// mailbox's UIDVALIDITY, next UID and GUID (storage-formats.md section 2).
// Parsing is strict about what Dovecot itself rejects (and reports the first bad line
// with its number) but, unlike Dovecot, keeps reading after a bad line so a rebuild can
// keep every UID whose line survived.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::dovecot {

struct UidlistRecord {
    std::uint32_t uid = 0;
    std::string baseName;                 // file name before ":2," (as written; flags stripped if present)
    std::map<char, std::string> extensions; // 'S' size, 'W' vsize, 'G' guid, 'P', 'O', ...
    std::size_t lineNumber = 0;           // 1-based line in the file (header is line 1)
};

enum class UidlistProblem {
    BadLine,        // cannot be parsed (no ':' marker, bad UID, '/' in name, bad extension)
    UidNotAscending,// UID <= previous UID (includes duplicates)
    DuplicateName,  // same base name on two lines
    UidTooHigh,     // UID >= 2^32-1
};

struct UidlistIssue {
    UidlistProblem problem;
    std::size_t lineNumber = 0;
    std::string detail; // technical, e.g. "UIDs not ordered (17 >= 12)"
};

struct Uidlist {
    int version = 3;                  // 1 or 3
    std::uint32_t uidValidity = 0;    // V
    std::uint32_t nextUid = 0;        // N as written (a lower bound only)
    std::string guid;                 // G, 32 hex, may be empty
    std::map<char, std::string> otherHeader; // other header keys, kept when rewriting
    std::vector<UidlistRecord> records;      // every line that parsed, in file order
    std::vector<UidlistIssue> issues;        // every line that did not, or broke order

    // max(N, highest UID + 1), the way Dovecot reads it.
    std::uint32_t effectiveNextUid() const;
};

// Parses file content. Errors (Corrupted) only when the header itself is unusable:
// empty file, unknown version (2 or other), V or N missing/zero/unparsable.
// Bad record lines become issues; parsing goes on.
Result<Uidlist> parseUidlist(std::string_view content);

// Reads and parses <mailbox>/dovecot-uidlist. NotFound when it does not exist.
Result<Uidlist> readUidlist(const std::filesystem::path &mailboxDir);

// Version 3 text for a uidlist: header "3 V.. N.. G.." (+ other keys), records in the
// given order (must be strictly ascending UIDs: InvalidArgument otherwise).
Result<std::string> serializeUidlist(const Uidlist &list);

} // namespace mailstore::core::dovecot
