// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Job: the record of one long operation run by the daemon (a host-wide scan, a rebuild;
// later backups, restores, migrations). The work itself is a function that reports
// through JobContext and checks its cancel flag; the record is what clients see.

#include "../../api/jsonrpc.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>
#include <mutex>

namespace mailstore::agent {

enum class JobState { Queued, Running, Succeeded, Failed, Cancelled };
QString jobStateName(JobState s);

struct JobProgress {
    qint64 done = 0;
    qint64 total = 0;
    QString unit;  // "accounts", "mailboxes", "messages", "bytes"
    QString phase; // what it is doing now, for people
};

struct JobRecord {
    QString id;
    QString kind;    // the API method that started it, e.g. "index.verify"
    QString summary; // "all accounts", "alice@example.org"
    JobState state = JobState::Queued;
    qint64 createdAt = 0, startedAt = 0, finishedAt = 0;
    JobProgress progress;
    QJsonValue result;                   // set when succeeded
    std::optional<api::RpcError> error;  // set when failed or cancelled
    QStringList log;                     // bounded, newest last

    QJsonObject toJson() const;
    bool finished() const { return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled; }
};

// What a running job's work function gets: thread-safe progress, log and cancel flag.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual void setProgress(qint64 done, qint64 total, const QString &unit, const QString &phase) = 0;
    virtual void log(const QString &line) = 0;
    virtual const std::atomic<bool> &cancelFlag() const = 0;
    bool cancelled() const { return cancelFlag().load(); }
};

using JobWork = std::function<std::expected<QJsonValue, api::RpcError>(JobContext &)>;

} // namespace mailstore::agent
