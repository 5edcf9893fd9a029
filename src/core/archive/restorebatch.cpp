// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebatch.h"

#include "../fs/atomicfile.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive::detail {

RestoreBatch::RestoreBatch(WorkPlan &work, RestoreJournal &journal, const Owner &owner, RestoreReport &report)
    : m_work(work), m_report(report), m_owner(owner), m_committer(work, journal, owner, report)
{
}

RestoreBatch::~RestoreBatch() { abandon(); }

Result<void> RestoreBatch::beginMember(const std::vector<std::size_t> &messages)
{
    m_memberBytes = 0;
    for (const std::size_t message : messages) {
        // The batch's syncfs() reports write-back errors since its fd was opened: open it
        // before the batch's first file in this mailbox.
        const std::size_t mailbox = m_work.messages[message].mailbox;
        if (!m_staged.syncFds.contains(mailbox)) {
            const auto dir = m_work.mailboxes[mailbox].dir / "tmp";
            const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd < 0)
                return failErrno(errno, "open", dir);
            m_staged.syncFds.emplace(mailbox, fd);
        }
        StagedFile s{message, std::string(TmpPrefix) + m_work.journalKey + "." + std::to_string(::getpid()) + "."
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
    for (const StagedFile &s : m_open)
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
        for (StagedFile &s : m_open) {
            ::close(s.fd);
            ::unlink(tmpPath(s).c_str());
        }
        m_open.clear();
        m_report.problems.push_back(std::move(*problem));
        return ok();
    }
    for (StagedFile &s : m_open) {
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
        m_staged.files.push_back(std::move(s));
    }
    m_open.clear();
    return ok();
}

Result<void> RestoreBatch::commitInBackground()
{
    if (m_staged.files.empty() && m_staged.syncFds.empty())
        return ok();
    if (auto r = m_committer.submit(m_staged); !r)
        return r; // the staged files stay ours: abandon() removes them
    m_stagedBytes = 0;
    return ok();
}

Result<void> RestoreBatch::commit()
{
    if (auto r = commitInBackground(); !r)
        return r;
    return m_committer.drain();
}

void RestoreBatch::abandon()
{
    // The batch in hand is checked and its commit goes on (or has failed and cleaned up):
    // wait for it, so nothing is removed from under it.
    (void)m_committer.drain();
    for (StagedFile &s : m_open) {
        if (s.fd >= 0)
            ::close(s.fd);
        ::unlink(tmpPath(s).c_str());
    }
    m_open.clear();
    discardBatch(m_work, m_staged);
    m_stagedBytes = 0;
}

} // namespace mailstore::core::archive::detail
