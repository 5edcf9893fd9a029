// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mailbox names: Maildir++ folder names on disk (".Archive.2024", ".&AMk-t&AOk-") and
// the names people see ("Archive/2024", "Été"). IMAP mailbox names are stored in
// modified UTF-7 (RFC 3501 5.1.3); the hierarchy separator on disk is '.', shown as '/'.

#include <optional>
#include <string>
#include <string_view>

namespace mailstore::core::maildir {

// Decodes modified UTF-7 to UTF-8. nullopt when the input is not valid modified UTF-7
// (unterminated '&' run, bad base64, a run that encodes plain ASCII, bad surrogates).
std::optional<std::string> decodeModifiedUtf7(std::string_view in);

// Encodes UTF-8 as modified UTF-7. Input must be valid UTF-8.
std::string encodeModifiedUtf7(std::string_view utf8);

// Maildir++ directory name (with its leading '.') -> display name, e.g.
// ".Archive.2024" -> "Archive/2024". nullopt for names that are not Maildir++ folders
// ("..", ".", names without the leading dot) or whose encoding is invalid.
std::optional<std::string> displayNameFromMaildirFolder(std::string_view dirName);

// Inverse of the above: "Archive/2024" -> ".Archive.2024"; "INBOX" -> "" (the root).
std::string maildirFolderFromDisplayName(std::string_view displayName);

} // namespace mailstore::core::maildir
