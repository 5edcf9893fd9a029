// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Job: the record of one long operation run by the daemon (a host-wide scan, a rebuild;
// later backups, restores, migrations). The work itself is a function that reports
// through JobContext and checks its cancel flag; the record is what clients see and
// what the journal keeps across daemon restarts.

#include "../../api/jsonrpc.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>
#include <optional>

namespace mailstore::core::fs {
class IoThrottle;
}

namespace mailstore::agent {

// Interrupted: the daemon ended (killed, crashed, stopped) while the job was queued or
// running; the journal shows it so after the restart, and job.resume can start it again.
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Interrupted };
QString jobStateName(JobState s);
std::optional<JobState> jobStateFromName(const QString &name);

struct JobProgress {
    qint64 done = 0;  // items (the unit says which)
    qint64 total = 0; // 0 while unknown
    QString unit;     // "accounts", "mailboxes", "messages"
    QString phase;    // what it is doing now, for people
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // 0 when the job does not count bytes
    // Measured by the manager over this job's recent throughput (ProgressMeter).
    double itemsPerSec = 0;
    double bytesPerSec = 0;
    std::optional<qint64> etaSeconds; // empty until there is enough data ("estimating")
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
    bool heavy = false;                  // needs one of the host's heavy-job slots
    bool resumable = false;              // job.resume can start it again
    QJsonObject resumeParams;            // what a resumed run needs (kind-specific)
    QString resumedFrom, resumedBy;      // links between runs of one piece of work

    QJsonObject toJson() const;
    // The journal's form: toJson() plus what only the daemon needs.
    QJsonObject toJournalJson() const;
    static std::optional<JobRecord> fromJournalJson(const QJsonObject &o);
    bool finished() const { return state != JobState::Queued && state != JobState::Running; }
};

// What a running job's work function gets: thread-safe progress, log and cancel flag.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual void setProgress(qint64 done, qint64 total, const QString &unit, const QString &phase) = 0;
    virtual void setBytes(qint64 done, qint64 total) = 0;
    virtual void log(const QString &line) = 0;
    // Replaces what a resumed run would start from (e.g. the accounts not yet done).
    virtual void setResumeParams(const QJsonObject &params) = 0;
    virtual const std::atomic<bool> &cancelFlag() const = 0;
    // The host's read budget: bulk reads pay into it.
    virtual core::fs::IoThrottle *throttle() const = 0;
    bool cancelled() const { return cancelFlag().load(); }
};

using JobWork = std::function<std::expected<QJsonValue, api::RpcError>(JobContext &)>;

// How a job runs and whether it can run again after an interruption.
struct JobOptions {
    bool heavy = false;       // bulk reads or writes: waits for a heavy slot
    bool resumable = false;
    QJsonObject resumeParams;
};

} // namespace mailstore::agent
