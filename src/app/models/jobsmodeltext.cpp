// SPDX-License-Identifier: GPL-3.0-or-later
// JobsModel's words: the translated texts for kinds, states, progress, rate, time left
// and results, shared by the dock, the job detail and the tests.
#include "jobsmodel.h"

#include "displayformat.h"
#include "errortext.h"
#include "api/methods.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mailstore::app {

bool JobsModel::isFinishedState(const QString &state)
{
    return state == "succeeded"_L1 || state == "failed"_L1 || state == "cancelled"_L1 || state == "interrupted"_L1;
}

QString JobsModel::kindText(const QString &kind)
{
    if (kind == api::method::IndexVerify)
        return tr("Index check");
    if (kind == api::method::IndexRebuild)
        return tr("Index rebuild");
    if (kind == api::method::BackupCreate)
        return tr("Backup");
    if (kind == api::method::BackupVerify)
        return tr("Backup verify");
    if (kind == api::method::RestoreJobKind)
        return tr("Restore");
    return kind;
}

QString JobsModel::stateText(const QString &state)
{
    if (state == "queued"_L1)
        return tr("Queued");
    if (state == "running"_L1)
        return tr("Running");
    if (state == "succeeded"_L1)
        return tr("Done");
    if (state == "failed"_L1)
        return tr("Failed");
    if (state == "cancelled"_L1)
        return tr("Cancelled");
    if (state == "interrupted"_L1)
        return tr("Interrupted");
    return state;
}

QString JobsModel::unitText(const QString &unit)
{
    if (unit == "accounts"_L1)
        return tr("accounts");
    if (unit == "mailboxes"_L1)
        return tr("mailboxes");
    if (unit == "messages"_L1)
        return tr("messages");
    return unit;
}

QString JobsModel::progressText(const QJsonObject &job)
{
    const QJsonObject p = job.value("progress"_L1).toObject();
    const qint64 done = p.value("done"_L1).toInteger(), total = p.value("total"_L1).toInteger();
    const QString unit = unitText(p.value("unit"_L1).toString());
    if (total <= 0) {
        if (job.value("state"_L1).toString() != "queued"_L1)
            return tr("starting…");
        // A heavy job waiting for the host's I/O budget says so.
        return p.value("phase"_L1).toString() == "waiting for an I/O slot"_L1 ? tr("waiting for an I/O slot…")
                                                                               : tr("waiting…");
    }
    return tr("%1 of %2 %3").arg(display::count(done), display::count(total), unit);
}

QString JobsModel::resultText(const QJsonObject &job)
{
    const QString state = job.value("state"_L1).toString();
    const QString kind = job.value("kind"_L1).toString();
    const QJsonObject result = job.value("result"_L1).toObject();
    if (state == "failed"_L1) {
        const QJsonValue e = job.value("error"_L1);
        if (e.isObject()) {
            const QJsonObject o = e.toObject();
            return errorText(api::RpcError{int(o.value("code"_L1).toInteger(api::rpccode::InternalError)),
                                           o.value("message"_L1).toString(), o.value("data"_L1)});
        }
        return e.toString().isEmpty() ? tr("The job failed.") : e.toString();
    }
    if (state == "cancelled"_L1)
        return tr("Cancelled after %1.").arg(progressText(job));
    if (state == "interrupted"_L1) {
        const QString by = job.value("resumedBy"_L1).toString();
        return by.isEmpty() ? tr("The agent stopped during the job, after %1.").arg(progressText(job))
                            : tr("Interrupted; resumed as job %1.").arg(by);
    }
    if (state != "succeeded"_L1)
        return {};
    if (kind == api::method::IndexVerify && result.contains("accounts"_L1)) {
        return tr("%n account(s) checked", nullptr, int(result.value("accounts"_L1).toInteger()))
            + u", "_s
            + tr("%n with problems", nullptr, int(result.value("withProblems"_L1).toInteger()));
    }
    if (kind == api::method::IndexRebuild) {
        const QJsonArray reports = result.value("reports"_L1).toArray();
        int mailboxes = 0;
        for (const auto &r : reports)
            mailboxes += int(r.toObject().value("mailboxes"_L1).toArray().size());
        return tr("%n mailbox(es) rebuilt", nullptr, mailboxes) + u", "_s
            + tr("%n account(s)", nullptr, int(reports.size()));
    }
    if (kind == api::method::BackupCreate) {
        const qint64 failed = result.value("failed"_L1).toArray().size();
        QString text = tr("%n backup(s) made", nullptr, int(result.value("backups"_L1).toArray().size()));
        if (failed > 0)
            text += u", "_s + tr("%n account(s) failed", nullptr, int(failed));
        return text;
    }
    if (kind == api::method::BackupVerify) {
        const QJsonArray verified = result.value("verified"_L1).toArray();
        int bad = 0;
        for (const auto &v : verified)
            bad += v.toObject().value("good"_L1).toBool() ? 0 : 1;
        return tr("%n backup(s) verified", nullptr, int(verified.size())) + u", "_s
            + (bad == 0 ? tr("all good") : tr("%n damaged", nullptr, bad));
    }
    if (kind == api::method::RestoreJobKind) {
        return tr("%n message(s) restored", nullptr, int(result.value("restored"_L1).toInteger())) + u", "_s
            + tr("%n already there", nullptr, int(result.value("alreadyPresent"_L1).toInteger()));
    }
    return tr("Done");
}

QString JobsModel::rateText(const QJsonObject &job)
{
    if (job.value("state"_L1).toString() != "running"_L1)
        return {};
    const QJsonObject p = job.value("progress"_L1).toObject();
    // Bytes say more about a disk's load than items, when the job counts them.
    if (p.value("bytesTotal"_L1).toInteger() > 0)
        return tr("%1/s").arg(display::size(p.value("bytesPerSec"_L1).toInteger()));
    const double items = p.value("itemsPerSec"_L1).toDouble();
    return tr("%1 %2/s").arg(QLocale().toString(items, 'f', items < 10 ? 1 : 0), unitText(p.value("unit"_L1).toString()));
}

QString JobsModel::etaText(const QJsonObject &job)
{
    if (job.value("state"_L1).toString() != "running"_L1)
        return {};
    const QJsonObject p = job.value("progress"_L1).toObject();
    if (!p.contains("etaSeconds"_L1))
        return tr("estimating…"); // the agent has no honest figure yet
    return durationText(p.value("etaSeconds"_L1).toInteger());
}

QString JobsModel::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("< 1 min");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n day(s)", nullptr, int(std::lround(double(hours) / 24.0)));
}

} // namespace mailstore::app
