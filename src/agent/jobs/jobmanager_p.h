// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the JobManager keeps per job, shared by its two source files (jobmanager.cpp:
// running and publishing; jobmanagerjournal.cpp: the journal and shutdown).

#include "jobmanager.h"
#include "progressmeter.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace mailstore::agent {

inline constexpr int MaxLogLines = 200;
inline qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }
inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// Adds a time-stamped line, dropping the oldest past MaxLogLines.
inline void appendLog(JobRecord &record, const QString &line)
{
    record.log.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line);
    while (record.log.size() > MaxLogLines)
        record.log.removeFirst();
}

struct JobManager::Entry {
    JobRecord record;
    JobWork work; // dropped when the job ends
    ProgressMeter meter;
    std::atomic<bool> cancel{false};
    bool userCancel = false; // job.cancel, as opposed to the daemon stopping
    qint64 lastPublishMs = 0;
    bool publishPending = false;
    // Bumped on every change of the record: a publish with nothing new is skipped, so a
    // deferred publish that lands after the final one does not repeat it.
    quint64 version = 1;
    quint64 publishedVersion = 0;
    quint64 journaledVersion = 0;
    qint64 lastJournalMs = 0;
    bool journalNow = true; // a state change: written at the next publish, not later
};

} // namespace mailstore::agent
