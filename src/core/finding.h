// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding: something the core noticed about a store that a person may need to know,
// as a value. Scans never stop on bad input; they record a Finding and go on.
// `code` is stable (documented in docs/admin-api.md) so tools can filter on it; the
// sentence for people is produced at the edges from the code, `detail` carries the
// technical specifics (errno text, offending name in escaped form).

#include <string>
#include <vector>

namespace mailstore::core {

enum class Severity { Info, Warning, Error };

struct Finding {
    std::string code;     // e.g. "unreadable-folder"
    Severity severity = Severity::Warning;
    std::string path;     // where; non-UTF-8 bytes escaped as \xNN
    std::string detail;   // technical specifics
};

using Findings = std::vector<Finding>;

// Stable codes produced by the maildir scanners.
namespace findingcode {
inline constexpr const char *UnreadableFolder = "unreadable-folder";
inline constexpr const char *NonUtf8Name = "non-utf8-name";
inline constexpr const char *DanglingSymlink = "dangling-symlink";
inline constexpr const char *SymlinkSkipped = "symlink-skipped";
inline constexpr const char *ZeroByteMessage = "zero-byte-message";
inline constexpr const char *HugeMessage = "huge-message";
inline constexpr const char *NameWithoutInfo = "name-without-info"; // cur/ file lacking ":2,"
inline constexpr const char *BadMessageName = "bad-message-name";
inline constexpr const char *NotAFile = "not-a-file";
inline constexpr const char *MissingSubfolder = "missing-subfolder"; // cur/ or new/ absent
inline constexpr const char *BadMailboxName = "bad-mailbox-name";   // invalid modified UTF-7
inline constexpr const char *StatFailed = "stat-failed";
} // namespace findingcode

std::string_view severityName(Severity s); // "info" | "warning" | "error"

// A problem is a finding of severity Warning or Error; Info findings (a huge message, a
// delivery Dovecot has not seen yet) describe the store without making it unhealthy.
inline bool isProblem(const Finding &f) { return f.severity != Severity::Info; }

} // namespace mailstore::core
