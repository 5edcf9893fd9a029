// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MessageFileName: a Maildir message file name taken apart, Dovecot style:
//   <base>[,S=<size>][,W=<vsize>][:2,<flags>]
// e.g. "1795888299.M623120P15845.vm,S=81,W=87:2,FSa". Parsing never fails on odd names:
// it returns what it could read and says what was missing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mailstore::core::maildir {

struct MessageFileName {
    std::string base;                       // everything before the first ':' (uidlist key)
    std::optional<std::uint64_t> size;      // ,S=  physical size
    std::optional<std::uint64_t> vsize;     // ,W=  size with CRLF line ends
    std::optional<std::int64_t> deliveredAt; // leading seconds of the base, if numeric
    bool hasInfo = false;                   // ":2," present
    std::string flags;                      // letters after ":2," up to any ',' (ASCII order not enforced)

    bool seen() const { return hasFlag('S'); }
    bool flagged() const { return hasFlag('F'); }
    bool answered() const { return hasFlag('R'); }
    bool deleted() const { return hasFlag('T'); }
    bool draft() const { return hasFlag('D'); }
    bool hasFlag(char letter) const { return flags.find(letter) != std::string::npos; }
};

// Parses a file name (no directory part). Returns nullopt only for names that cannot be
// a message at all: empty, starting with '.', or containing '/'.
std::optional<MessageFileName> parseMessageFileName(std::string_view name);

} // namespace mailstore::core::maildir
