// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsanswer.h"

#include "agentclient.h"
#include "api/jsonrpc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct HttpsAnswerText {
    Q_DECLARE_TR_FUNCTIONS(HttpsTransport)
};

constexpr qsizetype QuotedBodyChars = 160;

int rpcCodeFor(int status)
{
    switch (status) {
    case 403:
        return api::rpccode::Forbidden;
    case 413:
        return api::rpccode::TooLarge;
    case 504:
        return clientcode::Timeout;
    default:
        return clientcode::ProtocolError;
    }
}

// The ids of the requests in a frame we sent (notifications have none).
QJsonArray requestIds(const QByteArray &frame)
{
    const QJsonDocument doc = QJsonDocument::fromJson(frame);
    QJsonArray ids;
    const auto add = [&ids](const QJsonObject &o) {
        if (o.contains("id"_L1))
            ids.append(o.value("id"_L1));
    };
    if (doc.isObject())
        add(doc.object());
    for (const QJsonValue &v : doc.array())
        add(v.toObject());
    return ids;
}
} // namespace

QByteArray rpcLineForHttpAnswer(int status, const QByteArray &frame, const QByteArray &body)
{
    if (status == 204)
        return {};
    const QByteArray trimmed = body.trimmed();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    // 200 goes on even when it is not JSON: AgentClient reports that as a protocol error.
    if (status == 200 || (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())))
        return trimmed.isEmpty() ? QByteArray() : trimmed + '\n';

    QString said = QString::fromUtf8(trimmed.left(QuotedBodyChars)).simplified();
    if (trimmed.size() > QuotedBodyChars)
        said += u'…';
    const QString message = said.isEmpty()
                                ? HttpsAnswerText::tr("The agent answered HTTP %1.").arg(status)
                                : HttpsAnswerText::tr("The agent answered HTTP %1: %2").arg(status).arg(said);
    const api::RpcError rpcError{rpcCodeFor(status), message, {}};
    const QJsonArray ids = requestIds(frame);
    if (ids.isEmpty())
        return {};
    const bool batch = QJsonDocument::fromJson(frame).isArray();
    if (!batch)
        return api::encode(api::errorObject(ids.first(), rpcError)) + '\n';
    QJsonArray answers;
    for (const QJsonValue &id : ids)
        answers.append(api::errorObject(id, rpcError));
    return api::encode(answers) + '\n';
}

} // namespace mailstore::app
