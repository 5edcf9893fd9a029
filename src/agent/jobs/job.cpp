// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QJsonArray>

#include <cmath>

namespace mailstore::agent {

namespace {
constexpr JobState AllStates[] = {JobState::Queued,    JobState::Running,   JobState::Succeeded,
                                  JobState::Failed,    JobState::Cancelled, JobState::Interrupted};

QJsonObject progressJson(const JobProgress &p, bool running)
{
    QJsonObject o{{QStringLiteral("done"), p.done},
                  {QStringLiteral("total"), p.total},
                  {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("phase"), p.phase},
                  {QStringLiteral("bytesDone"), p.bytesDone},
                  {QStringLiteral("bytesTotal"), p.bytesTotal}};
    if (!running)
        return o;
    // Rates with two decimals are plenty for people and keep frames short.
    o.insert(QStringLiteral("itemsPerSec"), std::round(p.itemsPerSec * 100) / 100);
    o.insert(QStringLiteral("bytesPerSec"), qint64(std::llround(p.bytesPerSec)));
    if (p.etaSeconds)
        o.insert(QStringLiteral("etaSeconds"), *p.etaSeconds);
    else
        o.insert(QStringLiteral("eta"), QStringLiteral("estimating"));
    return o;
}
} // namespace

QString jobStateName(JobState s)
{
    switch (s) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    case JobState::Interrupted: return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (JobState s : AllStates)
        if (jobStateName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject JobRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("state"), jobStateName(state)},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("startedAt"), startedAt},
        {QStringLiteral("finishedAt"), finishedAt},
        {QStringLiteral("progress"), progressJson(progress, state == JobState::Running)},
        {QStringLiteral("result"), result.isUndefined() ? QJsonValue(QJsonValue::Null) : result},
        {QStringLiteral("log"), QJsonArray::fromStringList(log)},
        {QStringLiteral("heavy"), heavy},
        {QStringLiteral("resumable"), resumable},
    };
    if (!resumedFrom.isEmpty())
        o.insert(QStringLiteral("resumedFrom"), resumedFrom);
    if (!resumedBy.isEmpty())
        o.insert(QStringLiteral("resumedBy"), resumedBy);
    if (error) {
        QJsonObject e{{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->message}};
        // The error's data says what it was about (the full disk's path, the running job).
        if (error->data.isObject())
            e.insert(QStringLiteral("data"), error->data);
        o.insert(QStringLiteral("error"), e);
    } else
        o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject JobRecord::toJournalJson() const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("resumeParams"), resumeParams);
    o.insert(QStringLiteral("journalVersion"), 1);
    return o;
}

std::optional<JobRecord> JobRecord::fromJournalJson(const QJsonObject &o)
{
    JobRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    const auto state = jobStateFromName(o.value(QStringLiteral("state")).toString());
    if (r.id.isEmpty() || r.kind.isEmpty() || !state || o.value(QStringLiteral("journalVersion")).toInt() != 1)
        return std::nullopt;
    r.state = *state;
    r.summary = o.value(QStringLiteral("summary")).toString();
    r.createdAt = o.value(QStringLiteral("createdAt")).toInteger();
    r.startedAt = o.value(QStringLiteral("startedAt")).toInteger();
    r.finishedAt = o.value(QStringLiteral("finishedAt")).toInteger();
    const QJsonObject p = o.value(QStringLiteral("progress")).toObject();
    r.progress.done = p.value(QStringLiteral("done")).toInteger();
    r.progress.total = p.value(QStringLiteral("total")).toInteger();
    r.progress.unit = p.value(QStringLiteral("unit")).toString();
    r.progress.phase = p.value(QStringLiteral("phase")).toString();
    r.progress.bytesDone = p.value(QStringLiteral("bytesDone")).toInteger();
    r.progress.bytesTotal = p.value(QStringLiteral("bytesTotal")).toInteger();
    const QJsonValue result = o.value(QStringLiteral("result"));
    if (!result.isNull())
        r.result = result;
    if (o.value(QStringLiteral("error")).isObject()) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        r.error = api::RpcError{int(e.value(QStringLiteral("code")).toInteger()),
                                e.value(QStringLiteral("message")).toString(),
                                e.contains(QStringLiteral("data")) ? e.value(QStringLiteral("data")) : QJsonValue(QJsonValue::Undefined)};
    }
    for (const auto &line : o.value(QStringLiteral("log")).toArray())
        r.log << line.toString();
    r.heavy = o.value(QStringLiteral("heavy")).toBool();
    r.resumable = o.value(QStringLiteral("resumable")).toBool();
    r.resumeParams = o.value(QStringLiteral("resumeParams")).toObject();
    r.resumedFrom = o.value(QStringLiteral("resumedFrom")).toString();
    r.resumedBy = o.value(QStringLiteral("resumedBy")).toString();
    return r;
}

} // namespace mailstore::agent
