// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywords.h"

#include "filebytes.h"

#include <algorithm>

namespace mailstore::core::dovecot {

namespace {
// dovecot-keywords holds at most 26 short lines; anything near this is not that file.
constexpr std::uint64_t MaxKeywordsBytes = 1024 * 1024;
} // namespace

Keywords parseKeywords(std::string_view content)
{
    Keywords out;
    while (!content.empty()) {
        const auto nl = content.find('\n');
        std::string_view line = content.substr(0, nl);
        content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
        while (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);

        // Same rules as maildir_keywords_sync(): "<index> <name>", index 0..25 in plain
        // digits, a non-empty name not seen before; anything else is skipped.
        const auto sp = line.find(' ');
        if (sp == std::string_view::npos || sp == 0 || sp > 9) {
            ++out.skippedLines;
            continue;
        }
        const std::string_view idxText = line.substr(0, sp);
        const std::string_view name = line.substr(sp + 1);
        if (!std::all_of(idxText.begin(), idxText.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            ++out.skippedLines;
            continue;
        }
        int idx = 0; // at most 9 digits: no overflow; leading zeros allowed like str_to_uint()
        for (char c : idxText)
            idx = idx * 10 + (c - '0');
        if (idx > 25 || name.empty()
            || std::find(out.names.begin(), out.names.end(), name) != out.names.end()) {
            ++out.skippedLines;
            continue;
        }
        // A repeated index overwrites the earlier name, as Dovecot's array_idx_set() does.
        out.names[static_cast<std::size_t>(idx)] = std::string(name);
    }
    return out;
}

Result<Keywords> readKeywords(const std::filesystem::path &mailboxDir)
{
    auto bytes = detail::readWholeFile(mailboxDir / "dovecot-keywords", MaxKeywordsBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseKeywords(*bytes);
}

} // namespace mailstore::core::dovecot
