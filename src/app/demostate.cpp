// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostate.h"

#include "core/demo/demometrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mailstore::app::demo {

QString stateDir(const QString &storeDir)
{
    return QDir::cleanPath(storeDir) + u"-state"_s;
}

std::expected<void, QString> ensureMetrics(const QString &dir)
{
    const QString file = dir + u"/metrics.sqlite"_s;
    // The demo agent does not sample (demobackups.cpp): the history is made again when it
    // ends more than an hour ago, so the charts' recent ranges are never empty.
    const QFileInfo existing(file);
    if (existing.exists() && existing.lastModified().secsTo(QDateTime::currentDateTime()) < 3600)
        return {};
    if (!QDir().mkpath(dir))
        return std::unexpected(u"cannot create %1"_s.arg(dir));
    const QString partial = dir + u"/metrics.demo-partial.sqlite"_s;
    for (const QString &f : {partial, partial + u"-wal"_s, partial + u"-shm"_s})
        QFile::remove(f);
    const auto written = core::demo::writeDemoMetrics(QFile::encodeName(partial).toStdString(),
                                                      QDateTime::currentMSecsSinceEpoch(), 7);
    if (!written)
        return std::unexpected(QString::fromStdString(written.error().detail));
    // The store is closed (its WAL checkpointed into the file): one rename publishes it.
    for (const QString &f : {file + u"-wal"_s, file + u"-shm"_s})
        QFile::remove(f);
    QFile::remove(file);
    if (!QFile::rename(partial, file))
        return std::unexpected(u"cannot rename %1 to %2"_s.arg(partial, file));
    return {};
}

} // namespace mailstore::app::demo
