// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <QJsonArray>

namespace mailstore::agent {

QString jobStateName(JobState s)
{
    switch (s) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
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
        {QStringLiteral("progress"), QJsonObject{{QStringLiteral("done"), progress.done},
                                                 {QStringLiteral("total"), progress.total},
                                                 {QStringLiteral("unit"), progress.unit},
                                                 {QStringLiteral("phase"), progress.phase}}},
        {QStringLiteral("result"), result.isUndefined() ? QJsonValue(QJsonValue::Null) : result},
        {QStringLiteral("log"), QJsonArray::fromStringList(log)},
    };
    if (error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error->code},
                                                      {QStringLiteral("message"), error->message}});
    else
        o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace mailstore::agent
