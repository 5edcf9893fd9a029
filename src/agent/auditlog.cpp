// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "../core/fs/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAudit, "mailstore.audit")

namespace mailstore::agent {

namespace {
constexpr int MaxKeys = 12;
constexpr qsizetype MaxString = 120;
} // namespace

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{
}

QJsonObject AuditLog::summarize(const QJsonValue &params)
{
    QJsonObject out;
    const QJsonObject in = params.toObject();
    int n = 0;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (++n > MaxKeys) {
            out.insert(QStringLiteral("…"), QStringLiteral("%1 more").arg(in.size() - MaxKeys));
            break;
        }
        const QJsonValue v = it.value();
        if (v.isString()) {
            const QString s = v.toString();
            out.insert(it.key(), s.size() > MaxString ? s.left(MaxString) + QStringLiteral("…") : s);
        } else if (v.isArray()) {
            out.insert(it.key(), QStringLiteral("[%1 items]").arg(v.toArray().size()));
        } else if (v.isObject()) {
            out.insert(it.key(), QStringLiteral("{%1 keys}").arg(v.toObject().size()));
        } else {
            out.insert(it.key(), v);
        }
    }
    return out;
}

void AuditLog::append(const Principal &who, const QString &method, const QJsonValue &params, int code)
{
    QJsonObject record{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("principal"), who.name},
        {QStringLiteral("role"), roleName(who.role)},
        {QStringLiteral("transport"), who.transport},
        {QStringLiteral("method"), method},
        {QStringLiteral("args"), summarize(params)},
        {QStringLiteral("result"), code == 0 ? QStringLiteral("ok") : QStringLiteral("error")},
    };
    if (code != 0)
        record.insert(QStringLiteral("code"), code);
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';

    QMutexLocker lock(&m_mutex);
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        qCWarning(lcAudit, "cannot open %s: %s", path.constData(), std::strerror(errno));
        return;
    }
    auto written = core::fs::writeAll(fd, std::string_view(line.constData(), size_t(line.size())));
    if (!written || ::fsync(fd) != 0)
        qCWarning(lcAudit, "cannot write %s: %s", path.constData(),
                  written ? std::strerror(errno) : written.error().detail.c_str());
    ::close(fd);
}

QJsonArray AuditLog::list(int limit, int offset, int *total) const
{
    QList<QByteArray> lines;
    {
        QMutexLocker lock(&m_mutex);
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            lines = f.readAll().split('\n');
    }
    // A line cut short by a crash (or a write racing this read) is skipped, not fatal.
    QList<QJsonObject> records;
    for (const QByteArray &l : std::as_const(lines)) {
        const QJsonDocument doc = QJsonDocument::fromJson(l);
        if (doc.isObject())
            records.append(doc.object());
    }
    if (total)
        *total = int(records.size());
    QJsonArray out;
    for (qsizetype i = records.size() - 1 - offset; i >= 0 && out.size() < limit; --i)
        out.append(records.at(i));
    return out;
}

} // namespace mailstore::agent
