// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrityscan.h"

#include "../dovecot/indexfiles.h"
#include "../dovecot/uidlist.h"
#include "../fs/pathtext.h"
#include "mailboxscan.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace mailstore::core::integrity {

namespace {

using dovecot::IndexFileKind;
using dovecot::IndexProblem;

// Dovecot removes tmp/ files older than 36 hours itself; older ones mean it has not
// looked, or cannot: either is worth a look.
constexpr std::int64_t TmpStaleSeconds = 36 * 3600;

void add(Findings &out, const char *code, Severity severity, const std::filesystem::path &path,
         std::string detail = {})
{
    out.push_back(Finding{code, severity, fs::escapeForDisplay(path.string()), std::move(detail)});
}

const char *codeFor(IndexProblem p, bool listIndex)
{
    if (listIndex)
        return code::ListIndexDamaged;
    switch (p) {
    case IndexProblem::Truncated: return code::IndexTruncated;
    case IndexProblem::BadVersion: return code::IndexBadVersion;
    case IndexProblem::BadHeader: return code::IndexBadHeader;
    case IndexProblem::MarkedCorrupted: return code::IndexMarkedCorrupted;
    case IndexProblem::ForeignEndian: return code::IndexForeignEndian;
    case IndexProblem::IndexIdMismatch: return code::IndexIdMismatch;
    case IndexProblem::CountsDisagree: return code::IndexCountsDisagree;
    case IndexProblem::LogChainBroken: return code::IndexLogBroken;
    }
    return code::IndexBadHeader;
}

// Checks one index file; returns its check when it exists and could be read.
std::optional<dovecot::IndexFileCheck> checkFile(IndexFileKind kind, const std::filesystem::path &file,
                                                 bool listIndex, Findings &out)
{
    auto check = dovecot::checkIndexFile(kind, file);
    if (!check) {
        if (check.error().code != ErrorCode::NotFound)
            add(out, listIndex ? code::ListIndexDamaged : code::IndexBadHeader, Severity::Error, file,
                "cannot read: " + check.error().detail);
        return std::nullopt;
    }
    for (const auto &issue : check->issues)
        add(out, codeFor(issue.problem, listIndex), Severity::Error, file, issue.detail);
    return *check;
}

void scanUidlist(const maildir::MailboxInfo &box, const std::vector<maildir::MessageFile> &files,
                 const std::optional<dovecot::IndexFileCheck> &index, Findings &out)
{
    const auto uidlistPath = box.path / "dovecot-uidlist";
    auto list = dovecot::readUidlist(box.path);
    const bool hasCurMail = std::any_of(files.begin(), files.end(), [](const auto &f) { return !f.inNew; });
    if (!list) {
        const auto &e = list.error();
        if (e.code == ErrorCode::NotFound) {
            // A mailbox Dovecot never opened has no uidlist; mail in cur/ means it had one.
            if (hasCurMail)
                add(out, code::UidlistMissing, Severity::Error, uidlistPath,
                    "messages in cur/ but no uidlist: Dovecot would give every message a new UID");
        } else if (e.code == ErrorCode::Corrupted) {
            add(out, code::UidlistBadHeader, Severity::Error, uidlistPath, e.detail);
        } else {
            add(out, code::UidlistUnreadable, Severity::Error, uidlistPath, e.detail);
        }
        return;
    }

    std::unordered_set<std::uint32_t> seenUids;
    std::uint32_t maxUid = 0;
    for (const auto &r : list->records)
        maxUid = std::max(maxUid, r.uid);
    for (const auto &issue : list->issues) {
        const std::string where = "line " + std::to_string(issue.lineNumber) + ": " + issue.detail;
        switch (issue.problem) {
        case dovecot::UidlistProblem::BadLine:
            add(out, code::UidlistBadLine, Severity::Error, uidlistPath, where);
            break;
        case dovecot::UidlistProblem::UidTooHigh:
            add(out, code::UidlistUidTooHigh, Severity::Error, uidlistPath, where);
            break;
        case dovecot::UidlistProblem::DuplicateName:
            add(out, code::UidlistDuplicateName, Severity::Warning, uidlistPath, where);
            break;
        case dovecot::UidlistProblem::UidNotAscending:
            break; // classified below: a repeated UID is worse than one out of order
        }
    }
    for (const auto &r : list->records) {
        if (!seenUids.insert(r.uid).second)
            add(out, code::UidlistDuplicateUid, Severity::Error, uidlistPath,
                "line " + std::to_string(r.lineNumber) + ": UID " + std::to_string(r.uid) + " appears twice");
    }
    for (const auto &issue : list->issues) {
        if (issue.problem != dovecot::UidlistProblem::UidNotAscending)
            continue;
        const bool duplicate = std::any_of(out.begin(), out.end(), [&](const Finding &f) {
            return f.code == code::UidlistDuplicateUid
                && f.detail.starts_with("line " + std::to_string(issue.lineNumber) + ":");
        });
        if (!duplicate)
            add(out, code::UidlistUidOrder, Severity::Error, uidlistPath,
                "line " + std::to_string(issue.lineNumber) + ": " + issue.detail);
    }
    if (list->nextUid <= maxUid)
        add(out, code::UidlistNextUidStale, Severity::Info, uidlistPath,
            "N" + std::to_string(list->nextUid) + " <= highest UID " + std::to_string(maxUid)
                + " (Dovecot reads max(N, highest + 1); fixed by the next rewrite)");

    std::unordered_set<std::string_view> names;
    names.reserve(files.size());
    for (const auto &f : files)
        names.insert(f.parsed.base);
    std::size_t withoutFile = 0;
    std::unordered_set<std::string_view> listed;
    listed.reserve(list->records.size());
    for (const auto &r : list->records) {
        listed.insert(r.baseName);
        if (!names.contains(r.baseName))
            ++withoutFile;
    }
    // Info, not a problem: after an IMAP EXPUNGE Dovecot removes the file at once but
    // keeps its line until the next uidlist rewrite (measured on 2.3.19).
    if (withoutFile > 0)
        add(out, code::UidlistEntryWithoutFile, Severity::Info, uidlistPath,
            std::to_string(withoutFile) + " uidlist entries have no message file (expunged, or removed outside Dovecot)");
    std::size_t curWithoutEntry = 0;
    for (const auto &f : files)
        if (!f.inNew && !listed.contains(f.parsed.base))
            ++curWithoutEntry;
    if (curWithoutEntry > 0)
        add(out, code::UidlistFileWithoutEntry, Severity::Warning, uidlistPath,
            std::to_string(curWithoutEntry) + " messages in cur/ have no UID in the uidlist");

    if (index && index->index) {
        const auto &h = *index->index;
        if (h.uidValidity != 0 && list->uidValidity != 0 && h.uidValidity != list->uidValidity)
            add(out, code::UidValidityMismatch, Severity::Error, uidlistPath,
                "uidlist V" + std::to_string(list->uidValidity) + ", dovecot.index "
                    + std::to_string(h.uidValidity));
        if (h.nextUid > list->effectiveNextUid())
            add(out, code::UidlistBehindIndex, Severity::Error, uidlistPath,
                "dovecot.index next UID " + std::to_string(h.nextUid) + " > uidlist's "
                    + std::to_string(list->effectiveNextUid()) + ": UIDs could be handed out twice");
    }
}

void scanTmp(const maildir::MailboxInfo &box, std::int64_t now, Findings &out)
{
    const auto tmp = box.path / "tmp";
    DIR *d = ::opendir(tmp.c_str());
    if (!d)
        return;
    std::size_t stale = 0;
    while (dirent *e = ::readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        struct stat st {};
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)
            && now - st.st_mtim.tv_sec > TmpStaleSeconds)
            ++stale;
    }
    ::closedir(d);
    if (stale > 0)
        add(out, code::TmpStaleFile, Severity::Warning, tmp,
            std::to_string(stale) + " files older than 36 h (interrupted deliveries)");
}

} // namespace

Findings scanMailboxIndex(const maildir::MailboxInfo &mailbox, const ScanOptions &options)
{
    Findings out;
    auto files = maildir::listMessageFiles(mailbox);
    scanMailboxIndexWith(mailbox, files ? *files : std::vector<maildir::MessageFile>{}, options, out);
    return out;
}

Findings scanMailboxHealth(const maildir::MailboxInfo &mailbox, const ScanOptions &options)
{
    Findings out;
    auto files = maildir::listMessageFiles(mailbox, &out);
    scanMailboxIndexWith(mailbox, files ? *files : std::vector<maildir::MessageFile>{}, options, out);
    return out;
}

void scanMailboxIndexWith(const maildir::MailboxInfo &mailbox, const std::vector<maildir::MessageFile> &files,
                          const ScanOptions &options, Findings &out)
{
    const std::int64_t now = options.now ? options.now : std::int64_t(std::time(nullptr));
    const auto index = checkFile(IndexFileKind::Index, mailbox.path / "dovecot.index", false, out);
    const auto log = checkFile(IndexFileKind::Log, mailbox.path / "dovecot.index.log", false, out);
    const auto cache = checkFile(IndexFileKind::Cache, mailbox.path / "dovecot.index.cache", false, out);
    if (index && index->index) {
        const std::uint32_t id = index->index->indexId;
        if (log && log->log && log->log->indexId != 0 && log->log->indexId != id)
            add(out, code::IndexIdMismatch, Severity::Error, mailbox.path / "dovecot.index.log",
                "log indexid " + std::to_string(log->log->indexId) + ", index " + std::to_string(id));
        if (cache && cache->cache && cache->cache->indexId != id)
            add(out, code::IndexIdMismatch, Severity::Warning, mailbox.path / "dovecot.index.cache",
                "cache indexid " + std::to_string(cache->cache->indexId) + ", index " + std::to_string(id));
    }
    scanUidlist(mailbox, files, index, out);
    scanTmp(mailbox, now, out);
    if (options.deep)
        checkMessageSizes(mailbox, files, options, out);
}

Findings scanAccountIndex(const maildir::AccountLocation &account, const ScanOptions &options)
{
    Findings out;
    auto boxes = maildir::listMailboxes(account.maildir);
    if (!boxes)
        return out; // the account scan reports an unreadable Maildir
    checkFile(IndexFileKind::Index, account.maildir / "dovecot.list.index", true, out);
    checkFile(IndexFileKind::Log, account.maildir / "dovecot.list.index.log", true, out);
    for (const auto &box : *boxes) {
        if (options.cancel && options.cancel->load())
            break;
        auto f = scanMailboxIndex(box, options);
        out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
    }
    return out;
}

} // namespace mailstore::core::integrity
