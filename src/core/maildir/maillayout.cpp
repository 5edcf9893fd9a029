// SPDX-License-Identifier: GPL-3.0-or-later
#include "maillayout.h"

#include "../fs/pathtext.h"
#include "dirscan.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace mailstore::core::maildir {

namespace {

std::vector<std::string_view> splitSegments(std::string_view s)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = s.find('/', start);
        parts.push_back(s.substr(start, slash - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return parts;
}

// A value that can stand for one path segment of an account folder.
bool isPlainSegment(std::string_view v)
{
    return !v.empty() && v.front() != '.' && v.find('/') == std::string_view::npos
        && v.find('\0') == std::string_view::npos;
}

} // namespace

Result<MailLayout> MailLayout::parse(std::string_view pattern)
{
    if (pattern.empty())
        return fail(ErrorCode::InvalidArgument, "empty layout pattern");
    MailLayout layout;
    layout.m_pattern = std::string(pattern);
    const auto parts = splitSegments(pattern);
    if (parts.size() > 8)
        return fail(ErrorCode::InvalidArgument, "layout has more than 8 segments");
    int domains = 0, users = 0, fullUsers = 0;
    for (std::string_view part : parts) {
        const std::string named = "segment \"" + fs::escapeForDisplay(part) + "\"";
        if (part.empty())
            return fail(ErrorCode::InvalidArgument, "empty segment (leading, trailing or double '/')");
        if (part == "%d") {
            layout.m_segments.push_back({Kind::Domain, {}});
            ++domains;
        } else if (part == "%n") {
            layout.m_segments.push_back({Kind::User, {}});
            ++users;
        } else if (part == "%u") {
            layout.m_segments.push_back({Kind::FullUser, {}});
            ++fullUsers;
        } else if (part.find('%') != std::string_view::npos) {
            return fail(ErrorCode::InvalidArgument, named + ": only %d, %n or %u, alone");
        } else if (part == "." || part == "..") {
            return fail(ErrorCode::InvalidArgument, named + ": '.' and '..' are not allowed");
        } else {
            layout.m_segments.push_back({Kind::Literal, std::string(part)});
        }
    }
    if (domains > 1 || users > 1 || fullUsers > 1)
        return fail(ErrorCode::InvalidArgument, "a variable appears more than once");
    if (users + fullUsers != 1)
        return fail(ErrorCode::InvalidArgument, "needs exactly one of %n or %u");
    return layout;
}

Result<AccountLocation> MailLayout::placeAccount(const std::filesystem::path &root, std::string_view accountName) const
{
    auto rel = relativePathFor(accountName);
    if (!rel)
        return std::unexpected(rel.error());
    const std::size_t at = accountName.find('@');
    AccountLocation loc;
    loc.name = std::string(accountName);
    loc.user = std::string(accountName.substr(0, at));
    loc.domain = at == std::string_view::npos ? std::string() : std::string(accountName.substr(at + 1));
    loc.maildir = root / *rel;
    return loc;
}

Result<std::filesystem::path> MailLayout::relativePathFor(std::string_view accountName) const
{
    const auto bad = [&](std::string why) {
        return fail(ErrorCode::InvalidArgument, std::move(why),
                    fs::escapeForDisplay(accountName));
    };
    if (!isPlainSegment(accountName))
        return bad("account name is empty, starts with '.' or contains '/'");
    const std::size_t at = accountName.find('@');
    const std::string_view user = accountName.substr(0, at);
    const std::string_view domain =
        at == std::string_view::npos ? std::string_view() : accountName.substr(at + 1);
    const bool hasDomainSegment = std::ranges::any_of(
        m_segments, [](const Segment &s) { return s.kind == Kind::Domain; });
    const bool usesFullUser = std::ranges::any_of(
        m_segments, [](const Segment &s) { return s.kind == Kind::FullUser; });

    if (hasDomainSegment && (!isPlainSegment(domain) || domain.find('@') != std::string_view::npos))
        return bad("layout needs user@domain");
    if (!usesFullUser && !isPlainSegment(user))
        return bad("empty user part");
    if (!usesFullUser && !hasDomainSegment && at != std::string_view::npos)
        return bad("layout has no %d; the name must not contain '@'");

    std::filesystem::path rel;
    for (const Segment &s : m_segments) {
        switch (s.kind) {
        case Kind::Literal: rel /= s.literal; break;
        case Kind::Domain: rel /= std::string(domain); break;
        case Kind::User: rel /= std::string(user); break;
        case Kind::FullUser: rel /= std::string(accountName); break;
        }
    }
    return rel;
}

namespace {

enum class WalkKind { Literal, Domain, User, FullUser };

struct WalkSegment {
    WalkKind kind;
    std::string literal;
};

std::string joinPath(const std::string &dir, const std::string &name)
{
    return dir.ends_with('/') ? dir + name : dir + "/" + name;
}

struct Bindings {
    std::string domain;
    std::string user;
    std::string fullUser;
    bool hasFullUser = false;
};

// Recursion is bounded: a layout has at most 8 segments.
struct DiscoverWalk {
    const std::vector<WalkSegment> &segments;
    Findings *findings;
    std::vector<AccountLocation> &accounts;

    void note(Finding f) const
    {
        if (findings)
            findings->push_back(std::move(f));
    }

    void noteOpenFailure(int err, int parentFd, const std::string &parent, const char *name) const
    {
        if (err == ENOENT || err == ENOTDIR)
            return; // vanished or not a folder: nothing to report
        if (err == ELOOP) {
            note(detail::symlinkFinding(parentFd, name, detail::displayPath(parent, name)));
            return;
        }
        note(detail::makeFinding(findingcode::UnreadableFolder, Severity::Error,
                                 detail::displayPath(parent, name), detail::errnoText(err)));
    }

    // `name` in `dirFd` is a directory that matched the last segment.
    void considerAccount(int dirFd, const std::string &dirPath, const std::string &name,
                         const Bindings &b) const
    {
        struct stat st {};
        bool isMaildir = false;
        int lastErr = 0;
        for (const char *sub : {"/cur", "/new"}) {
            if (::fstatat(dirFd, (name + sub).c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                isMaildir = isMaildir || S_ISDIR(st.st_mode);
            } else if (errno != ENOENT && errno != ENOTDIR) {
                lastErr = errno;
            }
        }
        if (!isMaildir) {
            if (lastErr)
                noteOpenFailure(lastErr, dirFd, dirPath, name.c_str());
            return;
        }
        AccountLocation loc;
        if (b.hasFullUser) {
            loc.name = b.fullUser;
            const std::size_t at = b.fullUser.find('@');
            loc.user = b.fullUser.substr(0, at);
            loc.domain = !b.domain.empty() ? b.domain
                         : at == std::string::npos ? std::string()
                                                   : b.fullUser.substr(at + 1);
        } else {
            loc.user = b.user;
            loc.domain = b.domain;
            loc.name = b.domain.empty() ? b.user : b.user + "@" + b.domain;
        }
        loc.maildir = joinPath(dirPath, name);
        accounts.push_back(std::move(loc));
    }

    void enter(int dirFd, const std::string &dirPath, std::size_t index, const std::string &name,
               const Bindings &b) const
    {
        if (index + 1 == segments.size()) {
            considerAccount(dirFd, dirPath, name, b);
            return;
        }
        detail::UniqueFd child = detail::openDirectoryAt(dirFd, name.c_str());
        if (!child.valid()) {
            noteOpenFailure(errno, dirFd, dirPath, name.c_str());
            return;
        }
        walk(child.get(), joinPath(dirPath, name), index + 1, b);
    }

    void walk(int dirFd, const std::string &dirPath, std::size_t index, const Bindings &b) const
    {
        const auto &[kind, literal] = segments[index];
        if (kind == WalkKind::Literal) {
            struct stat st {};
            if (::fstatat(dirFd, literal.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) {
                noteOpenFailure(errno, dirFd, dirPath, literal.c_str());
                return;
            }
            if (S_ISLNK(st.st_mode))
                note(detail::symlinkFinding(dirFd, literal.c_str(),
                                            detail::displayPath(dirPath, literal)));
            else if (S_ISDIR(st.st_mode))
                enter(dirFd, dirPath, index, literal, b);
            return;
        }
        detail::DirReader reader(dirFd);
        if (!reader.ok()) {
            note(detail::makeFinding(findingcode::UnreadableFolder, Severity::Error,
                                     detail::displayPath(dirPath),
                                     detail::errnoText(reader.openError())));
            return;
        }
        while (const dirent *e = reader.next()) {
            const std::string name(e->d_name);
            if (name.front() == '.')
                continue; // hidden folders (.snapshot, .Trash-0) are never accounts
            const detail::EntryType type = detail::entryType(dirFd, *e);
            if (type == detail::EntryType::Symlink) {
                note(detail::symlinkFinding(dirFd, e->d_name, detail::displayPath(dirPath, name)));
                continue;
            }
            if (type != detail::EntryType::Directory)
                continue;
            if (!fs::isValidUtf8(name)) {
                note(detail::makeFinding(findingcode::NonUtf8Name, Severity::Warning,
                                         detail::displayPath(dirPath, name),
                                         "account folders must have UTF-8 names"));
                continue;
            }
            Bindings next = b;
            if (kind == WalkKind::Domain) {
                if (name.find('@') != std::string::npos)
                    continue;
                next.domain = name;
            } else if (kind == WalkKind::User) {
                if (name.find('@') != std::string::npos)
                    continue;
                next.user = name;
            } else {
                next.fullUser = name;
                next.hasFullUser = true;
            }
            enter(dirFd, dirPath, index, name, next);
        }
    }
};

} // namespace

Result<std::vector<AccountLocation>> MailLayout::discover(const std::filesystem::path &root,
                                                          Findings *findings) const
{
    detail::UniqueFd rootFd = detail::openDirectoryAt(AT_FDCWD, root.c_str(), true);
    if (!rootFd.valid()) {
        const int err = errno;
        return fail(errorCodeFromErrno(err), "open mail root: " + detail::errnoText(err),
                    root.string());
    }
    std::vector<WalkSegment> segments;
    for (const Segment &s : m_segments) {
        const WalkKind kind = s.kind == Kind::Literal  ? WalkKind::Literal
                            : s.kind == Kind::Domain   ? WalkKind::Domain
                            : s.kind == Kind::User     ? WalkKind::User
                                                       : WalkKind::FullUser;
        segments.push_back({kind, s.literal});
    }
    std::vector<AccountLocation> accounts;
    std::string rootPath = root.string();
    while (rootPath.size() > 1 && rootPath.back() == '/')
        rootPath.pop_back();
    DiscoverWalk{segments, findings, accounts}.walk(rootFd.get(), rootPath, 0, Bindings{});
    std::ranges::sort(accounts, [](const AccountLocation &a, const AccountLocation &b) {
        return a.name != b.name ? a.name < b.name : a.maildir < b.maildir;
    });
    return accounts;
}

} // namespace mailstore::core::maildir
