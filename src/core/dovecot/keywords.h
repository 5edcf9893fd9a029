// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// dovecot-keywords: keyword letters a..z to IMAP keyword names. Read only: a rebuild
// never rewrites it (losing it would move keywords to the wrong letters).

#include "../result.h"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace mailstore::core::dovecot {

struct Keywords {
    std::array<std::string, 26> names; // index 0 = 'a'; empty = unused
    std::size_t skippedLines = 0;      // lines Dovecot would skip (bad index, duplicate, no name)
};

Keywords parseKeywords(std::string_view content);
Result<Keywords> readKeywords(const std::filesystem::path &mailboxDir); // NotFound if absent

} // namespace mailstore::core::dovecot
