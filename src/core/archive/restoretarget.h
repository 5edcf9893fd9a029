// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the restore: the target side. What a target mailbox holds now (names and
// sizes; hashes only of files whose size a restored message has), creating a mailbox the
// way Dovecot would, the ownership files get, the keywords and subscriptions files.

#include "../result.h"
#include "restorework.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace mailstore::core::archive::detail {

inline constexpr std::string_view TmpPrefix = "msrestore."; // our files in tmp/, nobody else's

struct LiveFile {
    std::string name;
    bool inNew = false;
    std::uint64_t size = 0;
};

// Regular files in <dir>/cur and <dir>/new (dot files skipped). Missing folders: empty.
Result<std::vector<LiveFile>> listLiveFiles(const std::filesystem::path &mailboxDir);

// SHA-256 (hex) of a file's bytes.
Result<std::string> hashFile(const std::filesystem::path &file);

// Who new folders and files belong to: the owner of the account's Maildir (or of its
// nearest existing parent) when we run as root; nobody (no chown) otherwise.
using Owner = std::optional<std::pair<uid_t, gid_t>>;
Owner ownerFor(const std::filesystem::path &maildir);

// Creates a mailbox folder with cur/ new/ tmp/ (and maildirfolder below the Maildir),
// then, for a reserved mailbox, its dovecot-keywords and dovecot-uidlist (header only).
// Creating what already exists is fine (a resumed run).
Result<void> createMailbox(const WorkMailbox &box, const std::filesystem::path &maildir, const Owner &owner);

// Gives the keywords a live mailbox lacks the letters the plan chose.
Result<void> addKeywords(const WorkMailbox &box, const Owner &owner);

// Removes tmp/ files an earlier run of a restore left (only ours, by prefix).
Result<void> removeLeftovers(const std::filesystem::path &mailboxDir);

// Adds names to <maildir>/subscriptions (created with `initial` when absent and given).
Result<void> subscribe(const std::filesystem::path &maildir, const std::vector<std::string> &names,
                       const std::string *initial, const Owner &owner);

// mkdir that accepts an existing folder, chowned when created.
Result<void> makeDir(const std::filesystem::path &dir, const Owner &owner);

} // namespace mailstore::core::archive::detail
