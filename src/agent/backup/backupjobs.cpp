// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupjobs.h"

#include "../../api/methods.h"
#include "../../core/archive/backupverifier.h"
#include "../../core/archive/backupwriter.h"
#include "../../core/fs/pathtext.h"
#include "../accountlocator.h"
#include "../catalogservice.h"
#include "../jobs/jobmanager.h"
#include "backuptargets.h"

namespace mailstore::agent {

namespace ar = core::archive;

namespace {
QString text(const std::string &bytes) { return QString::fromStdString(core::fs::escapeForDisplay(bytes)); }

QJsonArray problemsJson(const ar::MemberProblems &problems)
{
    QJsonArray out;
    for (const auto &p : problems)
        out.append(QJsonObject{{QStringLiteral("problem"), QString::fromUtf8(ar::problemName(p.problem).data())},
                               {QStringLiteral("member"), text(p.member)},
                               {QStringLiteral("detail"), text(p.detail)}});
    return out;
}

QJsonObject failure(const QString &key, const QString &value, const api::RpcError &e)
{
    return QJsonObject{{key, value}, {QStringLiteral("error"), e.message}, {QStringLiteral("code"), e.code}};
}

api::RpcError nothingLeft(const QString &id, const QString &what)
{
    return api::RpcError{api::rpccode::NotResumable, QStringLiteral("job '%1' has no %2 left").arg(id, what),
                         QJsonObject{{QStringLiteral("job"), id}}};
}
} // namespace

BackupJobs::BackupJobs(const BackupTargets &targets, const AccountLocator &locator, const CatalogService &catalog,
                       JobManager &jobs)
    : m_targets(targets)
    , m_locator(locator)
    , m_catalog(catalog)
    , m_jobs(jobs)
{
}

QHash<QString, qint64> BackupJobs::messageBytes() const
{
    QHash<QString, qint64> bytes;
    const auto &catalog = m_catalog.catalog();
    if (!catalog.ready())
        return bytes;
    core::catalog::Query all;
    all.limit = catalog.size();
    for (const auto &a : catalog.query(all).accounts)
        bytes.insert(QString::fromStdString(a.name), qint64(a.bytes));
    return bytes;
}

QString BackupJobs::startCreate(const BackupTarget &target, const std::vector<core::maildir::AccountLocation> &accounts,
                                bool incremental, const QJsonObject &earlier)
{
    // An incremental reads only what changed: an account's total is known only once the
    // core has compared it with its parent, so the estimate is for full backups only.
    const QHash<QString, qint64> estimates = incremental ? QHash<QString, qint64>() : messageBytes();
    QStringList names;
    for (const auto &a : accounts)
        names << QString::fromStdString(a.name);
    auto resumeParams = [target, incremental](const QStringList &left, const QJsonArray &done, const QJsonArray &failed) {
        return QJsonObject{{QStringLiteral("target"), target.name},
                           {QStringLiteral("accounts"), QJsonArray::fromStringList(left)},
                           {QStringLiteral("incremental"), incremental},
                           {QStringLiteral("backups"), done},
                           {QStringLiteral("failed"), failed}};
    };
    const QJsonArray doneBefore = earlier.value(QStringLiteral("backups")).toArray();
    const QJsonArray failedBefore = earlier.value(QStringLiteral("failed")).toArray();
    const QString summary = QStringLiteral("%1: %2%3")
                                .arg(target.name,
                                     names.size() == 1 ? names.first() : QStringLiteral("%1 accounts").arg(names.size()),
                                     incremental ? QStringLiteral(", incremental") : QString());
    const JobOptions options{.heavy = true, .resumable = true,
                             .resumeParams = resumeParams(names, doneBefore, failedBefore)};
    const BackupTargets *targets = &m_targets;
    return m_jobs.start(QString(api::method::BackupCreate), summary,
        [target, accounts, names, incremental, estimates, doneBefore, failedBefore, resumeParams,
         targets](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            QJsonArray backups = doneBefore, failed = failedBefore;
            QStringList left = names;
            const qint64 total = qint64(accounts.size());
            qint64 done = 0, bytes = 0; // bytes: read by the accounts finished so far
            // Bytes the accounts after index i are expected to read (0 = unknown: incremental).
            auto laterBytes = [&](std::size_t i) -> std::optional<qint64> {
                if (incremental)
                    return i + 1 < accounts.size() ? std::nullopt : std::optional<qint64>(0);
                qint64 sum = 0;
                for (std::size_t j = i + 1; j < accounts.size(); ++j)
                    sum += estimates.value(QString::fromStdString(accounts[j].name));
                return sum;
            };
            ctx.setBytes(0, laterBytes(std::size_t(-1)).value_or(0));
            for (std::size_t i = 0; i < accounts.size(); ++i) {
                const auto &loc = accounts[i];
                if (ctx.cancelled())
                    break;
                const QString name = QString::fromStdString(loc.name);
                ctx.setProgress(done, total, QStringLiteral("accounts"), QStringLiteral("backing up ") + name);
                const std::optional<qint64> later = laterBytes(i);
                ar::BackupOptions backupOptions;
                backupOptions.incremental = incremental;
                // Two compression threads: heavy jobs share the host with Dovecot.
                backupOptions.zstdThreads = 2;
                backupOptions.cancel = &ctx.cancelFlag();
                backupOptions.throttle = ctx.throttle();
                std::uint64_t read = 0, published = 0;
                backupOptions.progress = [&](const ar::BackupProgress &p) {
                    read = p.bytesDone;
                    // The core reports per message; the job's record needs a MiB's news.
                    if (p.bytesDone - published < (1u << 20) && p.bytesDone != p.bytesTotal)
                        return;
                    published = p.bytesDone;
                    ctx.setBytes(bytes + qint64(p.bytesDone),
                                 later ? bytes + qint64(p.bytesTotal) + *later : 0);
                };
                auto made = ar::createBackup(loc, target.path.toStdString(), backupOptions);
                if (!made && made.error().code == core::ErrorCode::Cancelled)
                    break; // nothing of this account is left behind; it stays in `left`
                if (!made) {
                    const auto e = api::rpcErrorFromCore(made.error());
                    ctx.log(QStringLiteral("%1: %2").arg(name, e.message));
                    // A full disk fails every account after it too: stop, resumable.
                    if (e.code == api::rpccode::NoSpace)
                        return std::unexpected(api::RpcError{
                            e.code, QStringLiteral("no space left in target %1 (%2 of %3 accounts backed up): %4")
                                        .arg(target.name).arg(done).arg(total).arg(e.message), e.data});
                    failed.append(failure(QStringLiteral("account"), name, e));
                } else {
                    const auto &entry = made->entry;
                    QJsonArray skipped;
                    for (const auto &s : made->skipped)
                        skipped.append(QJsonObject{{QStringLiteral("file"), text(s.fileName)},
                                                   {QStringLiteral("reason"), text(s.reason)}});
                    backups.append(QJsonObject{{QStringLiteral("account"), name},
                                               {QStringLiteral("id"), text(entry.id)},
                                               {QStringLiteral("incremental"), made->incremental},
                                               {QStringLiteral("stored"), qint64(entry.stored)},
                                               {QStringLiteral("bytes"), qint64(entry.bytes)},
                                               {QStringLiteral("archiveBytes"), qint64(entry.archiveBytes)},
                                               {QStringLiteral("skipped"), skipped}});
                    ctx.log(QStringLiteral("%1: %2 backup %3, %4 messages stored")
                                .arg(name, made->incremental ? QStringLiteral("incremental") : QStringLiteral("full"),
                                     text(entry.id)).arg(entry.stored));
                }
                // What this account read (the core's exact figure, also after a failure).
                bytes += qint64(read);
                ctx.setBytes(bytes, later ? bytes + *later : 0);
                left.removeOne(name);
                ctx.setResumeParams(resumeParams(left, backups, failed));
                ctx.setProgress(++done, total, QStringLiteral("accounts"), QStringLiteral("backing up"));
            }
            if (ctx.cancelled())
                return std::unexpected(api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled"), {}});
            ctx.setBytes(bytes, bytes); // exact at the end: what was read is the whole
            // Reread here, so host.info's summary is current when the job is seen done.
            (void)targets->catalog(target);
            ctx.setProgress(done, total, QStringLiteral("accounts"), QStringLiteral("done"));
            return QJsonObject{{QStringLiteral("backups"), backups}, {QStringLiteral("failed"), failed}};
        }, options);
}

QString BackupJobs::startVerify(const BackupTarget &target, const QStringList &ids, const QJsonObject &earlier)
{
    auto resumeParams = [target](const QStringList &left, const QJsonArray &verified, const QJsonArray &failed) {
        return QJsonObject{{QStringLiteral("target"), target.name},
                           {QStringLiteral("ids"), QJsonArray::fromStringList(left)},
                           {QStringLiteral("verified"), verified},
                           {QStringLiteral("failed"), failed}};
    };
    const QJsonArray verifiedBefore = earlier.value(QStringLiteral("verified")).toArray();
    const QJsonArray failedBefore = earlier.value(QStringLiteral("failed")).toArray();
    const QString summary = ids.size() == 1 ? QStringLiteral("%1: %2").arg(target.name, ids.first())
                                            : QStringLiteral("%1: %2 backups").arg(target.name).arg(ids.size());
    const JobOptions options{.heavy = true, .resumable = true,
                             .resumeParams = resumeParams(ids, verifiedBefore, failedBefore)};
    const BackupTargets *targets = &m_targets;
    return m_jobs.start(QString(api::method::BackupVerify), summary,
        [target, ids, targets, verifiedBefore, failedBefore, resumeParams](JobContext &ctx)
            -> std::expected<QJsonValue, api::RpcError> {
            // Sizes and accounts from the catalog as the job starts (it may have grown since).
            auto catalog = targets->catalog(target);
            if (!catalog)
                return std::unexpected(api::rpcErrorFromCore(catalog.error()));
            qint64 bytesTotal = 0;
            for (const QString &id : ids)
                if (const auto *e = (*catalog)->find(id.toStdString()))
                    bytesTotal += qint64(e->archiveBytes);
            QJsonArray verified = verifiedBefore, failed = failedBefore;
            QStringList left = ids;
            const qint64 total = qint64(ids.size());
            qint64 done = 0, bytes = 0;
            ctx.setBytes(0, bytesTotal);
            for (const QString &id : ids) {
                if (ctx.cancelled())
                    break;
                ctx.setProgress(done, total, QStringLiteral("backups"), QStringLiteral("verifying ") + id);
                const auto *entry = (*catalog)->find(id.toStdString());
                const QString account = entry ? text(entry->account) : QString();
                const std::uint64_t archiveBytes = entry ? entry->archiveBytes : 0;
                ar::VerifyOptions verifyOptions;
                verifyOptions.cancel = &ctx.cancelFlag();
                verifyOptions.throttle = ctx.throttle();
                std::uint64_t read = 0;
                verifyOptions.progress = [&](const ar::VerifyProgress &p) {
                    read = p.bytesDone;
                    // Against the catalog's sizes: the file may differ (it is what is checked).
                    ctx.setBytes(bytes + qint64(p.bytesDone),
                                 std::max(bytesTotal, bytes + qint64(std::max(p.bytesTotal, archiveBytes))));
                };
                auto report = ar::verifyBackup(ar::archivePath(target.path.toStdString(), id.toStdString()),
                                               verifyOptions);
                if (!report && report.error().code == core::ErrorCode::Cancelled)
                    break; // nothing recorded; the id stays in `left`
                if (!report) {
                    const auto e = api::rpcErrorFromCore(report.error());
                    ctx.log(QStringLiteral("%1: %2").arg(id, e.message));
                    QJsonObject f = failure(QStringLiteral("id"), id, e);
                    f.insert(QStringLiteral("account"), account);
                    failed.append(f);
                } else {
                    ctx.log(QStringLiteral("%1: %2").arg(id, report->good() ? QStringLiteral("good")
                                                                           : QStringLiteral("%1 problems").arg(report->problems.size())));
                    verified.append(QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("account"), report->account.empty() ? account : text(report->account)},
                                                {QStringLiteral("good"), report->good()},
                                                {QStringLiteral("problems"), problemsJson(report->problems)}});
                }
                // What was read replaces the catalog's estimate for this archive.
                bytes += qint64(read);
                bytesTotal = std::max(bytesTotal + qint64(read) - qint64(archiveBytes), bytes);
                ctx.setBytes(bytes, bytesTotal);
                left.removeOne(id);
                ctx.setResumeParams(resumeParams(left, verified, failed));
                ctx.setProgress(++done, total, QStringLiteral("backups"), QStringLiteral("verifying"));
            }
            if (ctx.cancelled())
                return std::unexpected(api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled"), {}});
            (void)targets->catalog(target); // the recorded outcomes, for host.info
            ctx.setProgress(done, total, QStringLiteral("backups"), QStringLiteral("done"));
            return QJsonObject{{QStringLiteral("verified"), verified}, {QStringLiteral("failed"), failed}};
        }, options);
}

void BackupJobs::registerResumers()
{
    m_jobs.setResumer(QString(api::method::BackupCreate), [this](const JobRecord &old) -> std::expected<QString, api::RpcError> {
        const QJsonObject p = old.resumeParams;
        auto target = m_targets.find(p.value(QStringLiteral("target")).toString());
        if (!target)
            return std::unexpected(target.error());
        std::vector<core::maildir::AccountLocation> accounts;
        for (const auto &v : p.value(QStringLiteral("accounts")).toArray()) {
            auto loc = m_locator.locate(v.toString());
            if (!loc)
                return std::unexpected(loc.error());
            accounts.push_back(*loc);
        }
        if (accounts.empty())
            return std::unexpected(nothingLeft(old.id, QStringLiteral("accounts")));
        return startCreate(*target, accounts, p.value(QStringLiteral("incremental")).toBool(), p);
    });
    m_jobs.setResumer(QString(api::method::BackupVerify), [this](const JobRecord &old) -> std::expected<QString, api::RpcError> {
        const QJsonObject p = old.resumeParams;
        auto target = m_targets.find(p.value(QStringLiteral("target")).toString());
        if (!target)
            return std::unexpected(target.error());
        QStringList ids;
        for (const auto &v : p.value(QStringLiteral("ids")).toArray())
            ids << v.toString();
        if (ids.isEmpty())
            return std::unexpected(nothingLeft(old.id, QStringLiteral("backups to verify")));
        return startVerify(*target, ids, p);
    });
}

} // namespace mailstore::agent
