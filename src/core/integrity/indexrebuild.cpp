// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexrebuild.h"

#include "../dovecot/dotlock.h"
#include "../dovecot/indexfiles.h"
#include "../dovecot/uidlist.h"
#include "../fs/atomicfile.h"
#include "../fs/pathtext.h"
#include "integrityscan.h"
#include "uidplan.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

namespace mailstore::core::integrity {

namespace {

constexpr const char *DerivedFiles[] = {"dovecot.index", "dovecot.index.log", "dovecot.index.log.2",
                                        "dovecot.index.cache"};

Result<void> makeDirs(const std::filesystem::path &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return fail(errorCodeFromErrno(ec.value()), "create quarantine folder: " + ec.message(), dir.string());
    ::chmod(dir.c_str(), 0700);
    return ok();
}

// Moves a file into the quarantine folder: a rename on the same file system, never a
// copy and delete, so a failure leaves the file where it was.
Result<void> quarantine(const std::filesystem::path &file, const std::filesystem::path &toDir)
{
    if (auto made = makeDirs(toDir); !made)
        return made;
    const auto target = toDir / file.filename();
    if (::rename(file.c_str(), target.c_str()) != 0)
        return fail(errorCodeFromErrno(errno), std::string("move to quarantine: ") + std::strerror(errno),
                    file.string());
    if (auto s = fs::syncDirectory(toDir); !s)
        return s;
    return fs::syncDirectory(file.parent_path());
}

// Files that Dovecot derives and that a scan found damaged, in this mailbox.
std::vector<std::filesystem::path> damagedDerivedFiles(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> out;
    std::optional<std::uint32_t> indexId;
    for (const char *name : DerivedFiles) {
        const auto path = dir / name;
        const auto kind = std::string_view(name) == "dovecot.index" ? dovecot::IndexFileKind::Index
                        : std::string_view(name).starts_with("dovecot.index.log") ? dovecot::IndexFileKind::Log
                                                                                   : dovecot::IndexFileKind::Cache;
        auto check = dovecot::checkIndexFile(kind, path);
        if (!check)
            continue;
        bool damaged = !check->issues.empty();
        if (kind == dovecot::IndexFileKind::Index && check->index && !damaged)
            indexId = check->index->indexId;
        // A log or cache from another index generation is as good as damaged.
        if (indexId && kind == dovecot::IndexFileKind::Log && check->log && check->log->indexId != *indexId)
            damaged = true;
        if (indexId && kind == dovecot::IndexFileKind::Cache && check->cache && check->cache->indexId != *indexId)
            damaged = true;
        // Dovecot fills in a new log record's size last, so a log caught mid-append looks
        // broken for an instant: look again before calling it damaged.
        if (damaged && kind == dovecot::IndexFileKind::Log) {
            ::usleep(200 * 1000);
            auto again = dovecot::checkIndexFile(kind, path);
            damaged = again && !again->issues.empty() && again->fileSize == check->fileSize;
        }
        if (damaged)
            out.push_back(path);
    }
    return out;
}

// Interrupted deliveries older than Dovecot's own 36 h limit: moved aside with the rest.
std::vector<std::filesystem::path> staleTmpFiles(const std::filesystem::path &dir, std::int64_t now)
{
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto &e : std::filesystem::directory_iterator(dir / "tmp", ec)) {
        struct stat st {};
        if (::lstat(e.path().c_str(), &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtim.tv_sec > 36 * 3600)
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string readWhole(const std::filesystem::path &p, bool &found)
{
    std::ifstream in(p, std::ios::binary);
    found = bool(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string quarantineSubdir(const maildir::MailboxInfo &box)
{
    return box.dirName.empty() ? std::string("INBOX") : box.dirName;
}

} // namespace

std::filesystem::path defaultQuarantineDir(const maildir::AccountLocation &account, std::int64_t now)
{
    char stamp[32];
    const std::time_t t = std::time_t(now ? now : std::time(nullptr));
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    return account.maildir.parent_path() / "mailstore-quarantine" / stamp;
}

Result<MailboxRebuildReport> rebuildMailboxIndex(const maildir::MailboxInfo &mailbox,
                                                 const std::filesystem::path &quarantineDir,
                                                 const RebuildOptions &options)
{
    const std::int64_t now = options.now ? options.now : std::int64_t(std::time(nullptr));
    // Dovecot's own lock: while we hold it, no Dovecot process rewrites or appends to
    // the uidlist, so what we read is what we replace.
    dovecot::UidlistLock lock;
    if (!options.dryRun) {
        auto taken = dovecot::UidlistLock::acquire(mailbox.path);
        if (!taken)
            return std::unexpected(taken.error());
        lock = std::move(*taken);
    }

    auto files = maildir::listMessageFiles(mailbox);
    if (!files)
        return std::unexpected(files.error());
    bool found = false;
    const std::string content = readWhole(mailbox.path / "dovecot-uidlist", found);
    std::optional<std::uint32_t> indexUidValidity, indexNextUid;
    if (auto idx = dovecot::checkIndexFile(dovecot::IndexFileKind::Index, mailbox.path / "dovecot.index");
        idx && idx->index && idx->issues.empty()) {
        if (idx->index->uidValidity)
            indexUidValidity = idx->index->uidValidity;
        indexNextUid = idx->index->nextUid;
    }

    const UidPlan plan = planUids(found ? std::optional<std::string_view>(content) : std::nullopt, *files,
                                  indexUidValidity, indexNextUid, now);

    MailboxRebuildReport report;
    report.mailbox = mailbox.name;
    report.path = mailbox.path;
    report.uidValidity = plan.list.uidValidity;
    report.uidValidityKept = plan.uidValidityKept;
    report.nextUid = plan.list.nextUid;
    report.messages = files->size();
    report.uidsKept = plan.uidsKept;
    report.uidsNew = plan.uidsNew;
    report.entriesDropped = plan.entriesDropped;
    const auto damaged = damagedDerivedFiles(mailbox.path);
    const auto toDir = quarantineDir / quarantineSubdir(mailbox);
    for (const auto &f : damaged)
        report.quarantined.push_back(toDir / f.filename());
    const auto staleTmp = staleTmpFiles(mailbox.path, now);
    for (const auto &f : staleTmp)
        report.quarantined.push_back(toDir / "tmp" / f.filename());
    if (options.dryRun) {
        report.uidlistWritten = plan.needsRewrite;
        return report;
    }

    if (plan.needsRewrite) {
        auto text = dovecot::serializeUidlist(plan.list);
        if (!text)
            return std::unexpected(text.error());
        // Same owner and mode as the mailbox folder's files, so Dovecot can rewrite it.
        struct stat st {};
        fs::FileOwnership own{0600, std::nullopt};
        if (::stat((mailbox.path / "dovecot-uidlist").c_str(), &st) == 0 || ::stat(mailbox.path.c_str(), &st) == 0) {
            own.mode = S_ISDIR(st.st_mode) ? (st.st_mode & 0666) : (st.st_mode & 07777);
            if (::geteuid() == 0)
                own.owner = std::pair{st.st_uid, st.st_gid};
        }
        if (auto w = fs::writeFileAtomic(mailbox.path / "dovecot-uidlist", *text, own); !w)
            return std::unexpected(w.error());
        report.uidlistWritten = true;
    }
    for (const auto &f : damaged)
        if (auto q = quarantine(f, toDir); !q)
            return std::unexpected(q.error());
    for (const auto &f : staleTmp)
        if (auto q = quarantine(f, toDir / "tmp"); !q)
            return std::unexpected(q.error());
    return report;
}

Result<AccountRebuildReport> rebuildAccountIndex(const maildir::AccountLocation &account,
                                                 const std::string &mailbox, const RebuildOptions &options)
{
    AccountRebuildReport report;
    report.account = account.name;
    report.quarantineDir = options.quarantineRoot.empty() ? defaultQuarantineDir(account, options.now)
                                                          : options.quarantineRoot;
    auto boxes = maildir::listMailboxes(account.maildir);
    if (!boxes)
        return std::unexpected(boxes.error());
    if (!mailbox.empty()
        && std::none_of(boxes->begin(), boxes->end(), [&](const auto &b) { return b.name == mailbox; }))
        return fail(ErrorCode::NotFound, "no mailbox '" + mailbox + "' in account '" + account.name + "'");

    for (const auto &box : *boxes) {
        if (!mailbox.empty() && box.name != mailbox)
            continue;
        // Without an explicit mailbox, only mailboxes with index problems are touched:
        // a healthy index is left alone (regenerating it would cost HIGHESTMODSEQ).
        if (mailbox.empty()) {
            const auto findings = scanMailboxIndex(box);
            if (std::none_of(findings.begin(), findings.end(), isProblem))
                continue;
        }
        auto r = rebuildMailboxIndex(box, report.quarantineDir, options);
        if (!r)
            return std::unexpected(r.error());
        report.mailboxes.push_back(std::move(*r));
    }

    // The mailbox list index is derived too; Dovecot rebuilds it silently when it is gone.
    if (mailbox.empty()) {
        MailboxRebuildReport list;
        list.mailbox = "(mailbox list index)";
        list.path = account.maildir;
        for (const auto &[kind, name] : {std::pair{dovecot::IndexFileKind::Index, "dovecot.list.index"},
                                         std::pair{dovecot::IndexFileKind::Log, "dovecot.list.index.log"}}) {
            auto check = dovecot::checkIndexFile(kind, account.maildir / name);
            if (check && !check->issues.empty()) {
                const auto to = report.quarantineDir / "list-index";
                list.quarantined.push_back(to / name);
                if (!options.dryRun)
                    if (auto q = quarantine(account.maildir / name, to); !q)
                        return std::unexpected(q.error());
            }
        }
        if (!list.quarantined.empty())
            report.mailboxes.push_back(std::move(list));
    }
    return report;
}

} // namespace mailstore::core::integrity
