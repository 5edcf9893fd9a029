// SPDX-License-Identifier: GPL-3.0-or-later
// restoreBackup: plan, check every archive, finish what a killed run left, create the
// mailboxes, stream the needed members into batches, subscribe (docs/backup-format.md,
// "Restore").
#include "restore.h"

#include "../dovecot/dotlock.h"
#include "../maildir/mailboxname.h"
#include "archivestream.h"
#include "backupcatalog.h"
#include "restorebatch.h"
#include "restorejournal.h"
#include "restoretarget.h"
#include "restoreuids.h"
#include "restorework.h"

#include <algorithm>
#include <map>
#include <sys/stat.h>

namespace mailstore::core::archive {

namespace {

using namespace detail;

bool cancelled(const RestoreOptions &o) { return o.cancel && o.cancel->load(); }

// The check before any write: every header of the archive, nothing handed out.
class CheckVisitor final : public MemberVisitor {
public:
    explicit CheckVisitor(const RestoreOptions &o) : m_options(o) {}
    MemberAction begin(std::uint64_t, std::uint64_t) override
    {
        return cancelled(m_options) ? MemberAction::Stop : MemberAction::Skip;
    }
    bool block(const void *, std::size_t) override { return true; }
    void end(std::uint64_t, std::uint64_t, bool) override {}

private:
    const RestoreOptions &m_options;
};

class WriteVisitor final : public MemberVisitor {
public:
    WriteVisitor(const WorkArchive &archive, RestoreBatch &batch, const RestoreOptions &o, RestoreProgress &p)
        : m_archive(archive), m_batch(batch), m_options(o), m_progress(p)
    {
    }
    std::optional<Error> error;

    MemberAction begin(std::uint64_t ordinal, std::uint64_t) override
    {
        if (!error && cancelled(m_options))
            error = Error{ErrorCode::Cancelled, "restore cancelled", {}};
        if (error)
            return MemberAction::Stop;
        m_member = m_archive.members.find(ordinal);
        if (m_member == m_archive.members.end())
            return MemberAction::Skip;
        if (auto r = m_batch.beginMember(m_member->second); !r) {
            error = r.error();
            return MemberAction::Stop;
        }
        return MemberAction::Read;
    }
    bool block(const void *data, std::size_t size) override
    {
        if (m_options.throttle)
            m_options.throttle->consume(size, m_options.cancel);
        if (cancelled(m_options))
            error = Error{ErrorCode::Cancelled, "restore cancelled", {}};
        else if (auto r = m_batch.write(data, size); !r)
            error = r.error();
        m_progress.bytesDone += size;
        if (!error && m_options.progress && (m_sinceReport += size) >= (4u << 20)) {
            m_sinceReport = 0;
            m_options.progress(m_progress);
        }
        return !error;
    }
    void end(std::uint64_t ordinal, std::uint64_t, bool complete) override
    {
        if (error)
            return; // the whole batch is abandoned by the caller
        const std::string member = messageMemberName(ordinal - 1) + " of " + m_archive.id;
        if (auto r = m_batch.endMember(complete, member); !r) {
            error = r.error();
            return;
        }
        m_progress.messagesDone += m_member->second.size();
        if (m_batch.stagedCount() >= m_options.batchMessages || m_batch.stagedBytes() >= m_options.batchBytes)
            if (auto r = m_batch.commitInBackground(); !r)
                error = r.error();
        if (m_options.progress)
            m_options.progress(m_progress);
    }

private:
    const WorkArchive &m_archive;
    RestoreBatch &m_batch;
    const RestoreOptions &m_options;
    RestoreProgress &m_progress;
    std::map<std::uint64_t, std::vector<std::size_t>>::const_iterator m_member;
    std::uint64_t m_sinceReport = 0;
};

// The archive passed its last verify and has not changed since (size, mtime): the
// verify read every header and checksum, so the check pass would only read it again
// (1.0 s of a 7 s restore of 1 GB). The write pass still refuses a hostile member and
// checks every message's size and SHA-256, so damage after the verify (bit rot keeps
// the mtime) costs only the members it hit, each named in the report.
// An archive read to its end without other problems must carry the manifest the catalog
// recorded (the plan trusted the sidecar that matches it).
void addManifestProblem(ArchiveScan &scan, const WorkArchive &archive)
{
    if (scan.problems.empty() && (!scan.manifest || scan.manifestSha256 != archive.manifestSha256))
        scan.problems.push_back({ArchiveProblem::ManifestCorrupt, std::string(ManifestMemberName),
                                 "the archive's manifest is not the one the catalog recorded"});
}

bool verifiedUnchanged(const WorkArchive &archive, const std::filesystem::path &file)
{
    if (archive.lastVerified <= 0)
        return false;
    struct stat st {};
    if (::stat(file.c_str(), &st) < 0)
        return false;
    return std::uint64_t(st.st_size) == archive.archiveBytes && st.st_mtim.tv_sec <= archive.lastVerified;
}

// Every archive the plan reads, header by header, before anything is written (unless a
// verify already did that).
Result<void> checkArchives(const RestoreRequest &req, const WorkPlan &work, const RestoreOptions &options,
                           RestoreProgress &progress, RestoreReport &report)
{
    for (const auto &archive : work.archives) {
        if (verifiedUnchanged(archive, archivePath(req.target, archive.id)))
            continue;
        progress.phase = "checking " + archive.id + ".tar.zst";
        if (options.progress)
            options.progress(progress);
        CheckVisitor check(options);
        auto scan = readArchive(archivePath(req.target, archive.id), check);
        if (!scan)
            return std::unexpected(scan.error());
        if (scan->stopped)
            return fail(ErrorCode::Cancelled, "restore cancelled");
        addManifestProblem(*scan, archive);
        if (!scan->problems.empty()) {
            report.problems = scan->problems;
            const auto &p = scan->problems.front();
            return fail(ErrorCode::Corrupted, "archive " + archive.id + ".tar.zst refused before any write: "
                                                  + std::string(problemName(p.problem)) + " " + p.member + ": " + p.detail,
                        archivePath(req.target, archive.id).string());
        }
    }
    return ok();
}

// A run killed between renames and the uidlist update left files the journal lists:
// they get their recorded UIDs now (the plan already counts them as present).
Result<void> finishPending(const std::filesystem::path &maildir, WorkPlan &work, RestoreJournal &journal,
                           const Owner &owner)
{
    std::map<std::string, std::vector<PendingFile>> byBox;
    for (const auto &p : journal.pending())
        byBox[p.mailbox].push_back(p);
    for (const auto &[target, files] : byBox) {
        const auto box = std::find_if(work.mailboxes.begin(), work.mailboxes.end(),
                                      [&](const WorkMailbox &b) { return b.target == target; });
        const std::string folder = maildir::maildirFolderFromDisplayName(target);
        const std::filesystem::path dir = box != work.mailboxes.end() ? box->dir
                                          : folder.empty()             ? maildir
                                                                       : maildir / folder;
        std::vector<UidEntry> present; // renamed before the kill
        for (const auto &p : files)
            if (std::filesystem::exists(dir / (p.inNew ? "new" : "cur") / p.fileName))
                present.push_back({p.fileName.substr(0, p.fileName.find(':')), p.uid, 0});
        if (present.empty())
            continue;
        auto lock = dovecot::UidlistLock::acquire(dir);
        if (!lock)
            return std::unexpected(lock.error());
        auto list = currentUidlist(dir, box != work.mailboxes.end() ? box->uidValidity : 0);
        if (!list)
            return std::unexpected(list.error());
        UidCounts counts;
        assignUids(*list, true, present, counts);
        if (auto r = addUidRecords(dir, std::move(*list), present, owner); !r)
            return r;
    }
    return journal.clearPending();
}

Result<void> prepareMailboxes(const RestoreRequest &req, WorkPlan &work, RestoreJournal &journal, const Owner &owner)
{
    const bool dated = req.select.since || req.select.until;
    for (auto &box : work.mailboxes) {
        const auto &plan = work.plan.mailboxes[box.planIndex];
        if (!box.exists && plan.messages == 0 && dated)
            continue; // nothing of it in the range: no empty mailbox appears
        if (box.reserved)
            if (auto r = journal.addCreated(box.target); !r)
                return r;
        if (auto r = createMailbox(box, req.into.maildir, owner); !r)
            return r;
        if (auto r = addKeywords(box, owner); !r)
            return r;
        if (auto r = removeLeftovers(box.dir); !r)
            return r;
    }
    return ok();
}

Result<void> subscribeFolders(const RestoreRequest &req, const WorkPlan &work, const RestoreJournal &journal,
                              const Owner &owner)
{
    const auto &source = work.manifest.subscriptions;
    const bool fresh = !std::filesystem::exists(req.into.maildir / "subscriptions");
    if (work.wholeAccount && fresh) // the account as it was
        return work.manifest.hasSubscriptions ? subscribe(req.into.maildir, {}, &source, owner) : ok();
    std::vector<std::string> created;
    for (const auto &box : work.mailboxes) {
        if (!journal.created().contains(box.target) || box.dir == req.into.maildir)
            continue;
        // A whole account keeps its own choice; anything else made a new folder to look at.
        std::string line = box.target;
        std::replace(line.begin(), line.end(), '/', '\t');
        if (!work.wholeAccount || source.find("\n" + line + "\n") != std::string::npos)
            created.push_back(box.target);
    }
    return created.empty() ? ok() : subscribe(req.into.maildir, created, nullptr, owner);
}

Error noSpace(const Error &e, const RestoreReport &report)
{
    return Error{ErrorCode::NoSpace,
                 "no space left on the device: " + std::to_string(report.restored) + " of "
                     + std::to_string(report.plan.messages) + " messages restored; free space and run again ("
                     + e.detail + ")",
                 e.path};
}

} // namespace

Result<RestorePlan> planRestore(const RestoreRequest &request)
{
    auto journal = RestoreJournal::open(request.journalDir, journalKeyFor(request), request.backupId,
                                        request.into.maildir.string());
    if (!journal)
        return std::unexpected(journal.error());
    auto work = buildWorkPlan(request, journal->created());
    if (!work)
        return std::unexpected(work.error());
    return std::move(work->plan);
}

Result<RestoreReport> restoreBackup(const RestoreRequest &req, const RestoreOptions &options)
{
    auto journal = RestoreJournal::open(req.journalDir, journalKeyFor(req), req.backupId, req.into.maildir.string());
    if (!journal)
        return std::unexpected(journal.error());
    auto work = buildWorkPlan(req, journal->created());
    if (!work)
        return std::unexpected(work.error());
    RestoreReport report;
    report.plan = work->plan;
    report.alreadyPresent = work->plan.alreadyPresent;
    report.resumed = journal->resumed();
    RestoreProgress progress{work->plan.alreadyPresent, work->plan.alreadyPresent + work->plan.messages, 0,
                             work->plan.bytes, {}};
    if (auto r = checkArchives(req, *work, options, progress, report); !r)
        return std::unexpected(r.error());

    const Owner owner = ownerFor(req.into.maildir);
    const auto fromWrite = [&](const Error &e) -> Result<RestoreReport> {
        return std::unexpected(e.code == ErrorCode::NoSpace ? noSpace(e, report) : e);
    };
    if (auto r = finishPending(req.into.maildir, *work, *journal, owner); !r)
        return fromWrite(r.error());
    if (auto r = prepareMailboxes(req, *work, *journal, owner); !r)
        return fromWrite(r.error());

    RestoreBatch batch(*work, *journal, owner, report);
    for (const auto &archive : work->archives) {
        progress.phase = "reading " + archive.id + ".tar.zst";
        // Reported before the first byte: a meter measures its rate from the last report
        // without progress, and without this one that would be the start of the check pass.
        if (options.progress)
            options.progress(progress);
        WriteVisitor writer(archive, batch, options, progress);
        auto scan = readArchive(archivePath(req.target, archive.id), writer);
        if (!scan)
            return std::unexpected(scan.error());
        if (writer.error) {
            batch.abandon();
            return fromWrite(*writer.error);
        }
        // Damage the check did not see: the archive changed since, or it was not checked
        // again after a good verify.
        addManifestProblem(*scan, archive);
        for (const auto &p : scan->problems)
            report.problems.push_back(p);
        progress.phase = "committing batch";
        if (auto r = batch.commit(); !r) {
            batch.abandon();
            return fromWrite(r.error());
        }
    }
    if (auto r = subscribeFolders(req, *work, *journal, owner); !r)
        return fromWrite(r.error());
    if (auto r = journal->remove(); !r)
        return std::unexpected(r.error());
    progress.phase = "done";
    if (options.progress)
        options.progress(progress);
    if (!report.problems.empty()) {
        const auto &p = report.problems.front();
        return fail(ErrorCode::Corrupted, std::to_string(report.problems.size())
                                              + " member(s) failed their check and were not restored; first: "
                                              + std::string(problemName(p.problem)) + " " + p.member + ": " + p.detail);
    }
    return report;
}

} // namespace mailstore::core::archive
