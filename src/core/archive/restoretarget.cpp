// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoretarget.h"

#include "../dovecot/filebytes.h"
#include "../dovecot/keywords.h"
#include "../fs/atomicfile.h"
#include "sha256.h"

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive::detail {

namespace {

struct DirClose {
    void operator()(DIR *d) const { ::closedir(d); }
};

std::string keywordsText(const std::array<std::string, 26> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (!names[i].empty())
            out += std::to_string(i) + " " + names[i] + "\n";
    return out;
}

fs::FileOwnership ownership(const Owner &owner, mode_t mode = 0600) { return {mode, owner}; }

} // namespace

Result<void> makeDir(const std::filesystem::path &dir, const Owner &owner)
{
    if (::mkdir(dir.c_str(), 0700) == 0) {
        if (owner && ::chown(dir.c_str(), owner->first, owner->second) < 0)
            return failErrno(errno, "chown folder", dir);
        return ok();
    }
    struct stat st {};
    if (errno == EEXIST && ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return ok();
    return failErrno(errno == EEXIST ? ENOTDIR : errno, "create folder", dir);
}

Result<std::vector<LiveFile>> listLiveFiles(const std::filesystem::path &mailboxDir)
{
    std::vector<LiveFile> out;
    for (const bool inNew : {false, true}) {
        const auto sub = mailboxDir / (inNew ? "new" : "cur");
        std::unique_ptr<DIR, DirClose> d(::opendir(sub.c_str()));
        if (!d) {
            if (errno == ENOENT)
                continue;
            return failErrno(errno, "list folder", sub);
        }
        while (const dirent *e = ::readdir(d.get())) {
            if (e->d_name[0] == '.')
                continue;
            struct stat st {};
            if (::fstatat(::dirfd(d.get()), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
                continue;
            out.push_back({e->d_name, inNew, static_cast<std::uint64_t>(st.st_size)});
        }
    }
    return out;
}

Result<std::string> hashFile(const std::filesystem::path &file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return failErrno(errno, "open", file);
    Sha256 sha;
    std::vector<char> buf(1 << 20);
    for (;;) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return failErrno(err, "read", file);
        }
        if (n == 0)
            break;
        sha.update(buf.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    return sha.finishHex();
}

Owner ownerFor(const std::filesystem::path &maildir)
{
    if (::geteuid() != 0)
        return std::nullopt;
    for (auto p = maildir; !p.empty(); p = p.parent_path()) {
        struct stat st {};
        if (::stat(p.c_str(), &st) == 0)
            return std::make_pair(st.st_uid, st.st_gid);
        if (p == p.parent_path())
            break;
    }
    return std::nullopt;
}

Result<void> createMailbox(const WorkMailbox &box, const std::filesystem::path &maildir, const Owner &owner)
{
    // A fresh account: the Maildir and the folders above it that its layout names.
    std::vector<std::filesystem::path> missing;
    for (auto p = maildir; !p.empty() && !std::filesystem::exists(p); p = p.parent_path())
        missing.push_back(p);
    for (auto it = missing.rbegin(); it != missing.rend(); ++it)
        if (auto r = makeDir(*it, owner); !r)
            return r;
    if (auto r = makeDir(box.dir, owner); !r)
        return r;
    for (const char *sub : {"tmp", "new", "cur"})
        if (auto r = makeDir(box.dir / sub, owner); !r)
            return r;
    if (box.dir != maildir && !std::filesystem::exists(box.dir / "maildirfolder"))
        if (auto r = fs::writeFileAtomic(box.dir / "maildirfolder", "", ownership(owner)); !r)
            return r;
    if (!box.reserved || std::filesystem::exists(box.dir / "dovecot-uidlist"))
        return ok();
    const std::string kw = keywordsText(box.keywords);
    if (!kw.empty())
        if (auto r = fs::writeFileAtomic(box.dir / "dovecot-keywords", kw, ownership(owner)); !r)
            return r;
    dovecot::Uidlist list;
    if (!box.uidlistHeader.empty())
        if (auto parsed = dovecot::parseUidlist(box.uidlistHeader + "\n"))
            list = std::move(*parsed); // keeps G and keys we do not interpret
    list.version = 3;
    list.uidValidity = box.uidValidity;
    list.nextUid = box.nextUid;
    list.records.clear();
    auto text = dovecot::serializeUidlist(list);
    if (!text)
        return std::unexpected(text.error());
    // Written with the UIDVALIDITY and N the whole restore will end with, before any
    // message: UIDs below N are this restore's to fill in.
    return fs::writeFileAtomic(box.dir / "dovecot-uidlist", *text, ownership(owner));
}

Result<void> addKeywords(const WorkMailbox &box, const Owner &owner)
{
    if (box.keywordsToAdd.empty())
        return ok();
    std::array<std::string, 26> names{};
    if (auto live = dovecot::readKeywords(box.dir))
        names = live->names;
    else if (live.error().code != ErrorCode::NotFound)
        return std::unexpected(live.error());
    // The plan chose free letters for the names the mailbox lacked; they must still be free.
    for (const auto &[letter, name] : box.keywordsToAdd) {
        auto &slot = names[static_cast<std::size_t>(letter - 'a')];
        if (!slot.empty() && slot != name)
            return fail(ErrorCode::Conflict, "keyword letter " + std::string(1, letter) + " was taken meanwhile",
                        box.dir.string());
        slot = name;
    }
    return fs::writeFileAtomic(box.dir / "dovecot-keywords", keywordsText(names), ownership(owner));
}

Result<void> removeLeftovers(const std::filesystem::path &mailboxDir)
{
    const auto tmp = mailboxDir / "tmp";
    std::unique_ptr<DIR, DirClose> d(::opendir(tmp.c_str()));
    if (!d)
        return errno == ENOENT ? ok() : failErrno(errno, "list folder", tmp);
    while (const dirent *e = ::readdir(d.get()))
        if (std::string_view(e->d_name).starts_with(TmpPrefix))
            if (::unlinkat(::dirfd(d.get()), e->d_name, 0) < 0 && errno != ENOENT)
                return failErrno(errno, "remove leftover", tmp / e->d_name);
    return ok();
}

Result<void> subscribe(const std::filesystem::path &maildir, const std::vector<std::string> &names,
                       const std::string *initial, const Owner &owner)
{
    const auto file = maildir / "subscriptions";
    std::string text;
    if (auto cur = dovecot::detail::readWholeFile(file, 64ull << 20))
        text = std::move(*cur);
    else if (cur.error().code != ErrorCode::NotFound)
        return std::unexpected(cur.error());
    else if (initial)
        text = *initial;
    else
        text = "V\t2\n\n";
    const std::string before = text;
    if (!text.empty() && text.back() != '\n')
        text += '\n';
    for (const auto &name : names) {
        // Version 2 of the file separates hierarchy levels with a TAB.
        std::string line = name;
        std::replace(line.begin(), line.end(), '/', '\t');
        if (text.find("\n" + line + "\n") == std::string::npos)
            text += line + "\n";
    }
    if (text == before && std::filesystem::exists(file))
        return ok();
    return fs::writeFileAtomic(file, text, ownership(owner));
}

} // namespace mailstore::core::archive::detail
