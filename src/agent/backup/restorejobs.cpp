// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorejobs.h"

#include "../../api/corejson.h"
#include "../../api/methods.h"
#include "../accountlocator.h"
#include "../catalogservice.h"
#include "../jobs/jobmanager.h"
#include "backuptargets.h"

#include <QDir>
#include <QJsonArray>
#include <QPointer>

#include <chrono>

namespace mailstore::agent {

using api::failed;

namespace ar = core::archive;

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }

QJsonArray mailboxesJson(const std::vector<ar::RestoreMailboxPlan> &boxes)
{
    QJsonArray out;
    for (const auto &m : boxes)
        out.append(QJsonObject{{QStringLiteral("source"), str(m.source)},
                               {QStringLiteral("target"), str(m.target)},
                               {QStringLiteral("targetExists"), m.targetExists},
                               {QStringLiteral("messages"), qint64(m.messages)},
                               {QStringLiteral("bytes"), qint64(m.bytes)},
                               {QStringLiteral("alreadyPresent"), qint64(m.alreadyPresent)}});
    return out;
}
} // namespace

std::expected<RestoreParams, api::RpcError> RestoreParams::read(const api::Params &params)
{
    auto target = params.string(QStringLiteral("target"), {}, true);
    auto backup = params.string(QStringLiteral("backup"), {}, true);
    auto into = params.string(QStringLiteral("account"));
    auto mailbox = params.string(QStringLiteral("mailbox"));
    auto toFolder = params.string(QStringLiteral("toFolder"));
    auto since = params.integer(QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max());
    auto until = params.integer(QStringLiteral("until"), 0, 0, std::numeric_limits<qint64>::max());
    if (!target) return failed(target);
    if (!backup) return failed(backup);
    if (!into) return failed(into);
    if (!mailbox) return failed(mailbox);
    if (!toFolder) return failed(toFolder);
    if (!since) return failed(since);
    if (!until) return failed(until);
    if (*until != 0 && *until <= *since)
        return std::unexpected(api::invalidParam(QStringLiteral("until"), QStringLiteral("must be after since")));
    return RestoreParams{*target, *backup, *into, *mailbox, *toFolder, *since, *until};
}

RestoreParams RestoreParams::fromJson(const QJsonObject &o)
{
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    return RestoreParams{s("target"), s("backup"), s("account"), s("mailbox"), s("toFolder"),
                         o.value(QStringLiteral("since")).toInteger(), o.value(QStringLiteral("until")).toInteger()};
}

QJsonObject RestoreParams::toJson() const
{
    return QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("backup"), backup},
                       {QStringLiteral("account"), into}, {QStringLiteral("mailbox"), mailbox},
                       {QStringLiteral("toFolder"), toFolder}, {QStringLiteral("since"), since},
                       {QStringLiteral("until"), until}};
}

QJsonObject restorePlanJson(const ar::RestorePlan &plan, const QString &into)
{
    QJsonArray archives;
    for (const auto &a : plan.archives)
        archives.append(str(a));
    return QJsonObject{{QStringLiteral("backup"), str(plan.backupId)},
                       {QStringLiteral("account"), str(plan.account)},
                       {QStringLiteral("into"), into},
                       {QStringLiteral("archives"), archives},
                       {QStringLiteral("messages"), qint64(plan.messages)},
                       {QStringLiteral("bytes"), qint64(plan.bytes)},
                       {QStringLiteral("alreadyPresent"), qint64(plan.alreadyPresent)},
                       {QStringLiteral("live"), plan.live},
                       {QStringLiteral("mailboxes"), mailboxesJson(plan.mailboxes)}};
}

QJsonObject restoreReportJson(const ar::RestoreReport &r)
{
    return QJsonObject{{QStringLiteral("restored"), qint64(r.restored)},
                       {QStringLiteral("alreadyPresent"), qint64(r.alreadyPresent)},
                       {QStringLiteral("bytes"), qint64(r.bytes)},
                       {QStringLiteral("uidsKept"), qint64(r.uidsKept)},
                       {QStringLiteral("uidsNew"), qint64(r.uidsNew)},
                       {QStringLiteral("resumed"), r.resumed},
                       {QStringLiteral("mailboxes"), mailboxesJson(r.plan.mailboxes)}};
}

RestoreJobs::RestoreJobs(const BackupTargets &targets, const AccountLocator &locator, CatalogService &catalog,
                         JobManager &jobs, QString journalDir)
    : m_targets(targets)
    , m_locator(locator)
    , m_catalog(catalog)
    , m_jobs(jobs)
    , m_journalDir(std::move(journalDir))
{
}

std::expected<ar::RestoreRequest, api::RpcError> RestoreJobs::request(RestoreParams &params) const
{
    auto target = m_targets.find(params.target);
    if (!target)
        return failed(target);
    auto catalog = m_targets.catalog(*target);
    if (!catalog)
        return std::unexpected(api::rpcErrorFromCore(catalog.error()));
    const auto *entry = (*catalog)->find(params.backup.toStdString());
    if (!entry)
        return std::unexpected(api::RpcError{api::rpccode::NotFound,
                                             QStringLiteral("no backup '%1' in target %2").arg(params.backup, target->name),
                                             QJsonObject{{QStringLiteral("backup"), params.backup}}});
    if (params.into.isEmpty())
        params.into = str(entry->account);
    // The account may be gone altogether: then the restore recreates it where it belongs.
    auto into = m_locator.locateOrPlace(params.into);
    if (!into)
        return failed(into);
    ar::RestoreRequest request;
    request.target = target->path.toStdString();
    request.backupId = params.backup.toStdString();
    request.into = *into;
    request.select = ar::RestoreSelection{params.mailbox.toStdString(), params.since, params.until};
    request.toFolder = params.toFolder.toStdString();
    request.journalDir = m_journalDir.toStdString();
    return request;
}

std::expected<void, api::RpcError> RestoreJobs::checkNoneRunningInto(const QString &into) const
{
    for (const auto &job : m_jobs.list())
        if (job.kind == QLatin1String(api::method::RestoreJobKind) && !job.finished()
            && job.resumeParams.value(QStringLiteral("account")).toString() == into)
            return std::unexpected(api::RpcError{
                api::rpccode::Conflict,
                QStringLiteral("a restore into %1 is already %2 (job %3)").arg(into, jobStateName(job.state), job.id),
                QJsonObject{{QStringLiteral("job"), job.id}}});
    return {};
}

std::expected<QString, api::RpcError> RestoreJobs::start(const RestoreParams &params, const ar::RestoreRequest &request)
{
    std::lock_guard lock(m_startMutex);
    if (auto none = checkNoneRunningInto(params.into); !none)
        return std::unexpected(none.error());
    QString summary = QStringLiteral("%1: %2 into %3").arg(params.target, params.backup, params.into);
    if (!params.mailbox.isEmpty())
        summary += QStringLiteral(", ") + params.mailbox;
    if (!params.toFolder.isEmpty())
        summary += QStringLiteral(" as ") + params.toFolder;
    const JobOptions jobOptions{.heavy = true, .resumable = true, .resumeParams = params.toJson()};
    QPointer<CatalogService> catalog(&m_catalog);
    const QString journalDir = m_journalDir;
    return m_jobs.start(QString(api::method::RestoreJobKind), summary,
        [request, catalog, journalDir, into = params.into](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            QDir().mkpath(journalDir);
            using Clock = std::chrono::steady_clock;
            Clock::time_point last{};
            std::string lastPhase;
            ar::RestoreOptions options;
            options.cancel = &ctx.cancelFlag();
            options.throttle = ctx.throttle();
            // The core calls this often; the job record is updated at most 10 times a
            // second, and at every new phase, so progress stays cheap.
            options.progress = [&](const ar::RestoreProgress &p) {
                const auto now = Clock::now();
                if (p.phase == lastPhase && now - last < std::chrono::milliseconds(100)
                    && p.messagesDone != p.messagesTotal)
                    return;
                if (p.phase != lastPhase)
                    ctx.log(str(p.phase));
                last = now;
                lastPhase = p.phase;
                ctx.setBytes(qint64(p.bytesDone), qint64(p.bytesTotal));
                ctx.setProgress(qint64(p.messagesDone), qint64(p.messagesTotal), QStringLiteral("messages"), str(p.phase));
            };
            ctx.setProgress(0, 0, QStringLiteral("messages"), QStringLiteral("planning"));
            auto report = ar::restoreBackup(request, options);
            // Whatever was written, the catalog should see it.
            QMetaObject::invokeMethod(catalog, [catalog, into] { if (catalog) catalog->refreshNow({into}); });
            if (!report)
                return std::unexpected(api::rpcErrorFromCore(report.error()));
            ctx.log(QStringLiteral("%1 messages restored, %2 already present%3")
                        .arg(report->restored).arg(report->alreadyPresent)
                        .arg(report->resumed ? QStringLiteral(" (finished an interrupted run)") : QString()));
            const auto done = qint64(report->restored + report->alreadyPresent);
            ctx.setProgress(done, done, QStringLiteral("messages"), QStringLiteral("done"));
            return restoreReportJson(*report);
        }, jobOptions);
}

void RestoreJobs::registerResumer()
{
    m_jobs.setResumer(QString(api::method::RestoreJobKind), [this](const JobRecord &old) -> std::expected<QString, api::RpcError> {
        // The same request again: the journal knows what is done. No second confirmation:
        // the first run was confirmed, and by now it has made the target mailboxes live.
        RestoreParams params = RestoreParams::fromJson(old.resumeParams);
        auto req = request(params);
        if (!req)
            return failed(req);
        return start(params, *req);
    });
}

} // namespace mailstore::agent
