// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliout.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace mailstore::agent::cli {

void printJson(const QJsonValue &value)
{
    QByteArray out;
    if (value.isArray())
        out = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        out = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
}

void printLine(const QString &line)
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

void printError(const QString &message)
{
    const QByteArray b = "mailstore-agent: " + message.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

void printTable(const QStringList &header, const std::vector<QStringList> &rows,
                const std::vector<int> &rightAligned)
{
    std::vector<qsizetype> width(size_t(header.size()), 0);
    auto measure = [&](const QStringList &r) {
        for (qsizetype i = 0; i < r.size() && i < header.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], r[i].size());
    };
    measure(header);
    for (const auto &r : rows)
        measure(r);
    auto printRow = [&](const QStringList &r) {
        QString line;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString cell = i < r.size() ? r[i] : QString();
            const bool right = std::find(rightAligned.begin(), rightAligned.end(), int(i)) != rightAligned.end();
            if (i > 0)
                line += QLatin1String("  ");
            line += right ? cell.rightJustified(width[size_t(i)]) : cell.leftJustified(width[size_t(i)]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        printLine(line);
    };
    printRow(header);
    for (const auto &r : rows)
        printRow(r);
}

QString humanBytes(quint64 bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 1 : 0).arg(QLatin1String(units[u]));
}

QString humanTime(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace mailstore::agent::cli
