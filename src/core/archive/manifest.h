// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Manifest: what one backup holds (docs/backup-format.md, "Manifest"): the account's
// subscriptions, each mailbox's UID state and keywords, and every message of the account
// at backup time with its size, SHA-256, UID, flags, delivery time, and the backup whose
// archive holds its bytes (this one, or an ancestor for an incremental). The last member
// of the archive, and a sidecar file beside it. Strict reader: Corrupted on any doubt.

#include "../result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::archive {

inline constexpr std::uint32_t ManifestVersion = 1;
inline constexpr std::string_view ManifestMagic = "MSBACKUP-MANIFEST";
inline constexpr std::size_t ManifestMaxBytes = 512ull * 1024 * 1024;

struct ManifestMailbox {
    std::string name;          // display name ("INBOX", "Archive/2024")
    std::string dirName;       // folder under the Maildir ("" for INBOX, ".Archive.2024")
    std::uint32_t uidValidity = 0; // 0: the mailbox had no readable dovecot-uidlist
    std::uint32_t nextUid = 0;
    std::string uidlistHeader; // the uidlist's first line as it was (keys kept on restore)
    std::array<std::string, 26> keywords; // dovecot-keywords: index 0 = letter 'a'
};

struct ManifestMessage {
    std::uint32_t mailbox = 0; // index into Manifest::mailboxes
    bool inNew = false;        // new/ rather than cur/
    std::string fileName;      // full name, flags included
    std::uint64_t size = 0;
    std::string sha256;        // lower-case hex
    std::uint32_t uid = 0;     // 0: not in the uidlist
    std::string flags;         // letters after ":2," (empty when none)
    std::int64_t mtime = 0;    // delivery time (IMAP INTERNALDATE), unix seconds
    std::string storedIn;      // id of the backup whose archive holds the bytes
};

struct ManifestSkip {
    std::uint32_t mailbox = 0;
    std::string fileName;
    std::string reason; // "vanished", "changed-size", "not-regular"
};

struct Manifest {
    std::string backupId;
    std::string account;
    std::int64_t created = 0;  // unix seconds
    std::string parent;        // empty for a full backup
    std::string subscriptions; // the account's subscriptions file, byte for byte
    bool hasSubscriptions = false;
    std::vector<ManifestMailbox> mailboxes;
    std::vector<ManifestMessage> messages; // message i is member "m/<i+1>" when stored here
    std::vector<ManifestSkip> skipped;
};

// Member name of message `index` (0-based) in its archive.
std::string messageMemberName(std::size_t index);

// Backup ids are 1..64 of [0-9A-Za-z-], so they are safe as file names.
bool isValidBackupId(std::string_view id);

std::string serializeManifest(const Manifest &manifest);
Result<Manifest> parseManifest(std::string_view text);

} // namespace mailstore::core::archive
