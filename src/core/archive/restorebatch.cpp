// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebatch.h"

#include "../dovecot/dotlock.h"
#include "../fs/atomicfile.h"
#include "restoreuids.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive::detail {

namespace {

// rename() that never replaces a file: Maildir names are unique and a restore must not
// overwrite mail. Falls back to link + unlink where RENAME_NOREPLACE is not supported.
int renameNoReplace(const std::filesystem::path &from, const std::filesystem::path &to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    if (::link(from.c_str(), to.c_str()) < 0)
        return -1;
    ::unlink(from.c_str());
    return 0;
}

} // namespace

RestoreBatch::RestoreBatch(WorkPlan &work, RestoreJournal &journal, const Owner &owner, RestoreReport &report)
    : m_work(work), m_journal(journal), m_owner(owner), m_report(report)
{
}

RestoreBatch::~RestoreBatch() { abandon(); }

std::filesystem::path RestoreBatch::tmpPath(const Staged &s) const
{
    return m_work.mailboxes[m_work.messages[s.message].mailbox].dir / "tmp" / s.tmpName;
}

Result<void> RestoreBatch::beginMember(const std::vector<std::size_t> &messages)
{
    m_memberBytes = 0;
    for (const std::size_t message : messages) {
        // The batch's syncfs() reports write-back errors since its fd was opened: open it
        // before the batch's first file in this mailbox.
        const std::size_t mailbox = m_work.messages[message].mailbox;
        if (!m_syncFds.contains(mailbox)) {
            const auto dir = m_work.mailboxes[mailbox].dir / "tmp";
            const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd < 0)
                return failErrno(errno, "open", dir);
            m_syncFds.emplace(mailbox, fd);
        }
        Staged s{message, std::string(TmpPrefix) + m_work.journalKey + "." + std::to_string(::getpid()) + "."
                              + std::to_string(++m_counter)};
        const auto path = tmpPath(s);
        s.fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (s.fd < 0)
            return failErrno(errno, "create", path);
        m_open.push_back(std::move(s));
        if (m_owner && ::fchown(m_open.back().fd, m_owner->first, m_owner->second) < 0)
            return failErrno(errno, "chown", path);
    }
    return ok();
}

Result<void> RestoreBatch::write(const void *data, std::size_t size)
{
    m_sha.update(data, size);
    m_memberBytes += size;
    for (const Staged &s : m_open)
        if (auto w = fs::writeAll(s.fd, std::string_view(static_cast<const char *>(data), size)); !w) {
            Error e = w.error();
            e.path = tmpPath(s).string();
            return std::unexpected(std::move(e));
        }
    return ok();
}

Result<void> RestoreBatch::endMember(bool complete, const std::string &member)
{
    const std::string sha = m_sha.finishHex();
    if (m_open.empty())
        return ok();
    const WorkMessage &first = m_work.messages[m_open.front().message];
    std::optional<MemberProblem> problem;
    if (!complete)
        problem = MemberProblem{ArchiveProblem::Truncated, member, "the member's data ended early"};
    else if (m_memberBytes != first.size)
        problem = MemberProblem{ArchiveProblem::SizeMismatch, member,
                                std::to_string(m_memberBytes) + " bytes, manifest says " + std::to_string(first.size)};
    else if (sha != first.sha256)
        problem = MemberProblem{ArchiveProblem::HashMismatch, member, "SHA-256 differs for " + first.fileName};
    if (problem) {
        // Nothing of a bad member is left behind.
        for (Staged &s : m_open) {
            ::close(s.fd);
            ::unlink(tmpPath(s).c_str());
        }
        m_open.clear();
        m_report.problems.push_back(std::move(*problem));
        return ok();
    }
    for (Staged &s : m_open) {
        const WorkMessage &msg = m_work.messages[s.message];
        // The delivery time is the IMAP INTERNALDATE: set last, after every write.
        const struct timespec times[2] = {{msg.mtime, 0}, {msg.mtime, 0}};
        if (::futimens(s.fd, times) < 0)
            return failErrno(errno, "set mtime", tmpPath(s));
        // No write-back started per file: the batch's syncfs() writes them all at once,
        // and a sync_file_range() per file cost more than it saved (measured 1 GB restores
        // 18-24 s with it, 11-18 s without, on a busy machine).
        const int rc = ::close(s.fd);
        s.fd = -1;
        if (rc < 0)
            return failErrno(errno, "close", tmpPath(s));
        m_stagedBytes += msg.size;
        m_staged.push_back(std::move(s));
    }
    m_open.clear();
    return ok();
}

Result<void> RestoreBatch::commit()
{
    // Durable bytes first, outside any lock: one syncfs() per file system the batch
    // wrote to, not one fdatasync() per file. On a 1 GB restore (70,067 messages) the
    // per-file calls cost 125 us each, more than all other work of the restore.
    // syncfs() returns the file system's write-back errors since the fd was opened
    // (Linux >= 5.8), and that was before the batch's first file there.
    if (auto r = syncFileSystems(); !r)
        return r;
    std::map<std::size_t, std::vector<Staged *>> byMailbox;
    for (Staged &s : m_staged)
        byMailbox[m_work.messages[s.message].mailbox].push_back(&s);
    for (const auto &[mailbox, files] : byMailbox) {
        if (auto r = commitMailbox(mailbox, files); !r)
            return r;
        for (Staged *s : files)
            s->tmpName.clear(); // renamed: no longer ours to remove
    }
    m_staged.clear();
    m_stagedBytes = 0;
    return ok();
}

Result<void> RestoreBatch::commitMailbox(std::size_t mailbox, const std::vector<Staged *> &files)
{
    WorkMailbox &box = m_work.mailboxes[mailbox];
    auto lock = dovecot::UidlistLock::acquire(box.dir);
    if (!lock)
        return std::unexpected(lock.error());
    auto list = currentUidlist(box.dir, box.reserved ? box.uidValidity : 0);
    if (!list)
        return std::unexpected(list.error());
    std::vector<UidEntry> entries;
    for (const Staged *s : files) {
        const WorkMessage &msg = m_work.messages[s->message];
        entries.push_back({msg.fileName.substr(0, msg.fileName.find(':')), msg.uid, 0});
    }
    UidCounts counts;
    assignUids(*list, box.reserved, entries, counts);
    // Kept means what clients knew: the message's own UID under its own UIDVALIDITY.
    const std::uint32_t validity = m_work.manifest.mailboxes[box.source].uidValidity;
    counts = {};
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto original = m_work.manifest.messages[m_work.messages[files[i]->message].manifestIndex].uid;
        const bool kept = validity != 0 && list->uidValidity == validity && entries[i].uid == original;
        ++(kept ? counts.kept : counts.fresh);
    }
    std::vector<PendingFile> pending;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const WorkMessage &msg = m_work.messages[files[i]->message];
        pending.push_back({box.target, msg.inNew, msg.fileName, entries[i].uid});
    }
    // Recorded before the renames: a kill after some of them leaves files the re-run
    // finds by content, and this record gives them their UIDs.
    if (auto r = m_journal.setPending(pending); !r)
        return r;
    for (std::size_t i = 0; i < files.size(); ++i) {
        WorkMessage &msg = m_work.messages[files[i]->message];
        const auto sub = box.dir / (msg.inNew ? "new" : "cur");
        while (renameNoReplace(tmpPath(*files[i]), sub / msg.fileName) < 0) {
            if (errno != EEXIST)
                return failErrno(errno, "rename into place", sub / msg.fileName);
            // Someone delivered this very name meanwhile: never overwrite, take another.
            msg.fileName = targetFileName(box, msg.fileName);
            entries[i].base = msg.fileName.substr(0, msg.fileName.find(':'));
        }
    }
    for (const char *sub : {"cur", "new"})
        if (auto r = fs::syncDirectory(box.dir / sub); !r)
            return r;
    if (auto r = addUidRecords(box.dir, std::move(*list), entries, m_owner); !r)
        return r;
    lock->release();
    if (auto r = m_journal.clearPending(); !r)
        return r;
    m_report.restored += files.size();
    for (const Staged *s : files)
        m_report.bytes += m_work.messages[s->message].size;
    m_report.uidsKept += counts.kept;
    m_report.uidsNew += counts.fresh;
    return ok();
}

Result<void> RestoreBatch::syncFileSystems()
{
    std::set<dev_t> synced;
    for (const auto &[mailbox, fd] : m_syncFds) {
        struct stat st {};
        if (::fstat(fd, &st) < 0)
            return failErrno(errno, "fstat", m_work.mailboxes[mailbox].dir / "tmp");
        if (synced.insert(st.st_dev).second && ::syncfs(fd) < 0)
            return failErrno(errno, "syncfs", m_work.mailboxes[mailbox].dir / "tmp");
    }
    closeSyncFds();
    return ok();
}

void RestoreBatch::closeSyncFds()
{
    for (const auto &[mailbox, fd] : m_syncFds)
        ::close(fd);
    m_syncFds.clear();
}

void RestoreBatch::abandon()
{
    closeSyncFds();
    for (std::vector<Staged> *list : {&m_open, &m_staged})
        for (Staged &s : *list) {
            if (s.fd >= 0)
                ::close(s.fd);
            if (!s.tmpName.empty())
                ::unlink(tmpPath(s).c_str());
        }
    m_open.clear();
    m_staged.clear();
    m_stagedBytes = 0;
}

} // namespace mailstore::core::archive::detail
