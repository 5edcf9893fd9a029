// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MailLayout: where accounts live under a mail root, written like Dovecot's
// mail_location: path segments separated by '/', each a literal or one variable:
//   %d  domain part, %n  user part, %u  full user name (user@domain or user).
// "%d/%n/Maildir" gives "alice@example.org" for root/example.org/alice/Maildir;
// "%n/Maildir" gives "alice". Discovery walks only the directories the pattern names.

#include "../finding.h"
#include "../result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::maildir {

struct AccountLocation {
    std::string name;   // "alice@example.org" or "alice"
    std::string user;   // "alice"
    std::string domain; // "example.org", empty when the layout has no %d
    std::filesystem::path maildir; // absolute path of the Maildir (INBOX root)
};

class MailLayout {
public:
    static constexpr std::string_view DefaultPattern = "%d/%n/Maildir";

    // Accepts 1..8 segments; each a literal without '%' or exactly "%d", "%n" or "%u".
    // Needs %u, or %n (with or without %d). Errors: InvalidArgument naming the segment.
    static Result<MailLayout> parse(std::string_view pattern);

    const std::string &pattern() const { return m_pattern; }

    // Folder of one account, relative to the root, or InvalidArgument when the name does
    // not fit the layout (e.g. no '@' for %d/%n, or a name with '/' or a leading '.').
    Result<std::filesystem::path> relativePathFor(std::string_view accountName) const;

    // Where the account lives under root by this layout, whether or not it exists yet (a
    // restore creates it). Same errors as relativePathFor.
    Result<AccountLocation> placeAccount(const std::filesystem::path &root, std::string_view accountName) const;

    // Finds every account under root. Accounts are sorted by name. Unreadable folders,
    // non-UTF-8 names and dangling symlinks become findings; the walk goes on.
    // Errors only when root itself cannot be read.
    Result<std::vector<AccountLocation>> discover(const std::filesystem::path &root,
                                                  Findings *findings = nullptr) const;

private:
    enum class Kind { Literal, Domain, User, FullUser };
    struct Segment {
        Kind kind;
        std::string literal;
    };
    std::string m_pattern;
    std::vector<Segment> m_segments;
};

// Reads a Dovecot mail_location value ("maildir:~/Maildir", "maildir:/var/vmail/%d/%n")
// and returns the root and layout it implies, when it can be expressed as one.
struct LocationGuess {
    std::filesystem::path root;
    std::string layout;
};
Result<LocationGuess> layoutFromMailLocation(std::string_view mailLocation);

} // namespace mailstore::core::maildir
