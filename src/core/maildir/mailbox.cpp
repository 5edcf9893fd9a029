// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailbox.h"

#include "../fs/pathtext.h"
#include "dirscan.h"
#include "mailboxname.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>

namespace mailstore::core::maildir {

namespace {

void note(Findings *findings, Finding f)
{
    if (findings)
        findings->push_back(std::move(f));
}

std::unexpected<Error> failOpen(int err, const std::filesystem::path &p)
{
    return fail(errorCodeFromErrno(err), "open: " + detail::errnoText(err), p.string());
}

// A subfolder entry of the Maildir root that is Dovecot's, not a mailbox.
bool isDovecotEntry(std::string_view name) { return name.starts_with(".dovecot"); }

MailboxInfo subfolderInfo(const std::filesystem::path &maildir, const std::string &dirName,
                          const std::string &pathText, Findings *findings)
{
    MailboxInfo info;
    info.dirName = dirName;
    info.path = maildir / dirName;
    if (auto display = displayNameFromMaildirFolder(dirName)) {
        info.name = std::move(*display);
        return info;
    }
    // Listed anyway, so that the mail in it is not invisible: the raw name, made printable.
    std::string raw = dirName.substr(1);
    std::ranges::replace(raw, '.', '/');
    info.name = fs::escapeForDisplay(raw);
    if (!fs::isValidUtf8(dirName))
        note(findings, detail::makeFinding(findingcode::NonUtf8Name, Severity::Warning, pathText));
    note(findings, detail::makeFinding(findingcode::BadMailboxName, Severity::Warning, pathText,
                                       "not valid modified UTF-7"));
    return info;
}

using MessageSink = std::function<void(MessageFile &&)>;

// Reads one of cur/ or new/; every message found goes to `sink`.
void scanSubfolder(int mailboxFd, const std::string &mailboxPath, bool inNew,
                   Findings *findings, const MessageSink &sink)
{
    const char *sub = inNew ? "new" : "cur";
    const std::string subPath = detail::displayPath(mailboxPath, sub);
    detail::UniqueFd dirFd = detail::openDirectoryAt(mailboxFd, sub);
    if (!dirFd.valid()) {
        const int err = errno;
        if (err == ENOENT)
            note(findings, detail::makeFinding(findingcode::MissingSubfolder, Severity::Warning,
                                               subPath));
        else if (err == ELOOP)
            note(findings, detail::symlinkFinding(mailboxFd, sub, subPath));
        else if (err == ENOTDIR)
            note(findings, detail::makeFinding(findingcode::NotAFile, Severity::Warning, subPath,
                                               "expected a folder"));
        else
            note(findings, detail::makeFinding(findingcode::UnreadableFolder, Severity::Error,
                                               subPath, detail::errnoText(err)));
        return;
    }
    detail::DirReader reader(dirFd.get());
    if (!reader.ok()) {
        note(findings, detail::makeFinding(findingcode::UnreadableFolder, Severity::Error, subPath,
                                           detail::errnoText(reader.openError())));
        return;
    }
    const std::string rawSubPath = mailboxPath + (mailboxPath.ends_with('/') ? "" : "/") + sub;
    while (const dirent *e = reader.next()) {
        const std::string_view name(e->d_name);
        const auto pathOf = [&] { return detail::displayPath(rawSubPath, name); };
        const detail::EntryType type = detail::entryType(dirFd.get(), *e);
        if (type == detail::EntryType::Missing)
            continue; // moved by a live Dovecot (new/ -> cur/) while we read
        if (type == detail::EntryType::Symlink) {
            note(findings, detail::symlinkFinding(dirFd.get(), e->d_name, pathOf()));
            continue;
        }
        if (type != detail::EntryType::Regular) {
            note(findings, detail::makeFinding(findingcode::NotAFile, Severity::Warning, pathOf(),
                                               type == detail::EntryType::Directory
                                                   ? "a folder" : "a special file"));
            continue;
        }
        auto parsed = parseMessageFileName(name);
        if (!parsed) {
            note(findings, detail::makeFinding(findingcode::BadMessageName, Severity::Warning,
                                               pathOf(), "cannot be a message file name"));
            continue;
        }
        if (!fs::isValidUtf8(name))
            note(findings, detail::makeFinding(findingcode::NonUtf8Name, Severity::Warning,
                                               pathOf()));
        if (!inNew && !parsed->hasInfo)
            note(findings, detail::makeFinding(findingcode::NameWithoutInfo, Severity::Info,
                                               pathOf(), "no \":2,\" part; read as no flags"));

        MessageFile msg;
        msg.fileName = std::string(name);
        msg.inNew = inNew;
        msg.size = parsed->size.value_or(0);
        msg.deliveredAt = parsed->deliveredAt.value_or(0);
        if (!parsed->size || !parsed->deliveredAt) {
            struct stat st {};
            if (::fstatat(dirFd.get(), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
                const int err = errno;
                if (err != ENOENT)
                    note(findings, detail::makeFinding(findingcode::StatFailed, Severity::Error,
                                                       pathOf(), detail::errnoText(err)));
                continue;
            }
            if (!parsed->size)
                msg.size = static_cast<std::uint64_t>(st.st_size);
            if (!parsed->deliveredAt)
                msg.deliveredAt = st.st_mtime;
        }
        if (msg.size == 0)
            note(findings, detail::makeFinding(findingcode::ZeroByteMessage, Severity::Warning,
                                               pathOf()));
        else if (msg.size >= HugeMessageBytes)
            note(findings, detail::makeFinding(findingcode::HugeMessage, Severity::Info, pathOf(),
                                               std::to_string(msg.size) + " bytes"));
        msg.parsed = std::move(*parsed);
        sink(std::move(msg));
    }
}

Result<void> walkMailbox(const MailboxInfo &mailbox, Findings *findings, const MessageSink &sink)
{
    // The account root may legitimately be reached through a symlink; subfolders may not.
    const bool isRoot = mailbox.dirName.empty();
    detail::UniqueFd fd = detail::openDirectoryAt(AT_FDCWD, mailbox.path.c_str(), isRoot);
    const std::string pathText = mailbox.path.string();
    if (!fd.valid()) {
        const int err = errno;
        if (err == EACCES || err == EPERM) {
            note(findings, detail::makeFinding(findingcode::UnreadableFolder, Severity::Error,
                                               detail::displayPath(pathText),
                                               detail::errnoText(err)));
            return ok();
        }
        return failOpen(err, mailbox.path);
    }
    scanSubfolder(fd.get(), pathText, false, findings, sink);
    scanSubfolder(fd.get(), pathText, true, findings, sink);
    return ok();
}

} // namespace

Result<std::vector<MailboxInfo>> listMailboxes(const std::filesystem::path &maildir,
                                               Findings *findings)
{
    detail::UniqueFd fd = detail::openDirectoryAt(AT_FDCWD, maildir.c_str(), true);
    if (!fd.valid())
        return failOpen(errno, maildir);
    detail::DirReader reader(fd.get());
    if (!reader.ok())
        return failOpen(reader.openError(), maildir);

    const std::string rootText = maildir.string();
    std::vector<MailboxInfo> folders;
    while (const dirent *e = reader.next()) {
        const std::string name(e->d_name);
        if (name.front() != '.' || isDovecotEntry(name))
            continue;
        const detail::EntryType type = detail::entryType(fd.get(), *e);
        const std::string pathText = detail::displayPath(rootText, name);
        if (type == detail::EntryType::Symlink) {
            note(findings, detail::symlinkFinding(fd.get(), e->d_name, pathText));
            continue;
        }
        if (type != detail::EntryType::Directory)
            continue;
        folders.push_back(subfolderInfo(maildir, name, pathText, findings));
    }
    std::ranges::sort(folders, [](const MailboxInfo &a, const MailboxInfo &b) {
        return a.name != b.name ? a.name < b.name : a.dirName < b.dirName;
    });

    std::vector<MailboxInfo> out;
    out.reserve(folders.size() + 1);
    out.push_back(MailboxInfo{"INBOX", {}, maildir});
    std::ranges::move(folders, std::back_inserter(out));
    return out;
}

Result<MailboxStats> scanMailbox(const MailboxInfo &mailbox, Findings *findings)
{
    MailboxStats stats;
    auto walked = walkMailbox(mailbox, findings, [&stats](MessageFile &&m) {
        ++stats.messages;
        if (m.inNew || !m.parsed.seen())
            ++stats.unseen;
        stats.bytes += m.size;
        stats.newestDelivery = std::max(stats.newestDelivery, m.deliveredAt);
    });
    if (!walked)
        return std::unexpected(walked.error());
    return stats;
}

Result<std::vector<MessageFile>> listMessageFiles(const MailboxInfo &mailbox, Findings *findings)
{
    std::vector<MessageFile> files;
    auto walked = walkMailbox(mailbox, findings,
                              [&files](MessageFile &&m) { files.push_back(std::move(m)); });
    if (!walked)
        return std::unexpected(walked.error());
    return files;
}

} // namespace mailstore::core::maildir
