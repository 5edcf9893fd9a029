// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AuditLog: one JSON line per mutating call (allowed or refused) in <state dir>/audit.log.
// Each line is written with a single O_APPEND write and fsynced before the caller gets
// its answer, so a crash never loses a record of something that was done.

#include "principal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QString>

namespace mailstore::agent {

class AuditLog {
public:
    explicit AuditLog(QString path);

    // Appends one record; `code` is 0 for success. Failures go to the daemon log only:
    // the call already happened, refusing its answer would not undo it.
    void append(const Principal &who, const QString &method, const QJsonValue &params, int code);

    // Newest first; `total` is the number of records in the file.
    QJsonArray list(int limit, int offset, int *total) const;

    // A short, bounded summary of call arguments: scalars kept (long strings cut),
    // nested values replaced by their size, so a huge request cannot bloat the log.
    static QJsonObject summarize(const QJsonValue &params);

private:
    QString m_path;
    mutable QMutex m_mutex;
};

} // namespace mailstore::agent
