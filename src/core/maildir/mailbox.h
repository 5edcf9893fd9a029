// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mailboxes of one Maildir++ account and what is in them. Reads metadata only
// (directory entries; stat() only where the file name has no S=). Never follows
// symlinks out of the mailbox; hostile entries become findings.

#include "../finding.h"
#include "../result.h"
#include "messagefilename.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mailstore::core::maildir {

struct MailboxInfo {
    std::string name;     // display name: "INBOX", "Sent", "Archive/2024"
    std::string dirName;  // on-disk folder under the Maildir: "" for INBOX, ".Archive.2024"
    std::filesystem::path path; // absolute path of the mailbox folder
};

struct MailboxStats {
    std::uint64_t messages = 0;   // files in cur/ + new/
    std::uint64_t unseen = 0;     // new/ files, and cur/ files without 'S'
    std::uint64_t bytes = 0;      // from S= where present, stat() otherwise
    std::int64_t newestDelivery = 0; // unix seconds, 0 when the mailbox is empty
};

struct MessageFile {
    std::string fileName;     // name in its folder
    bool inNew = false;       // new/ rather than cur/
    MessageFileName parsed;
    std::uint64_t size = 0;   // S= or stat size
    std::int64_t deliveredAt = 0; // name's leading seconds, else mtime
};

// INBOX first, then subfolders sorted by display name. A folder whose name is not valid
// modified UTF-7 is still listed (with its raw name) and gets a BadMailboxName finding.
Result<std::vector<MailboxInfo>> listMailboxes(const std::filesystem::path &maildir,
                                               Findings *findings = nullptr);

// Counts of one mailbox. A missing cur/ or new/ is a MissingSubfolder finding, not an error.
Result<MailboxStats> scanMailbox(const MailboxInfo &mailbox, Findings *findings = nullptr);

// Every message file in cur/ and new/, unsorted. Skips (with a finding) anything that is
// not a regular file, dot files, and names that cannot be messages.
Result<std::vector<MessageFile>> listMessageFiles(const MailboxInfo &mailbox,
                                                  Findings *findings = nullptr);

// Files above this size are reported as HugeMessage (still counted).
inline constexpr std::uint64_t HugeMessageBytes = 256ull * 1024 * 1024;

} // namespace mailstore::core::maildir
