// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobManager: owns every job of the daemon. Runs jobs on its own thread pool, at most
// `maxConcurrent` at once (the rest queue), so the agent never becomes the load that
// breaks a degraded disk. Emits jobChanged on its own thread: at every state change and
// at most every 250 ms per job while progress moves. Issue 5 adds the on-disk journal.

#include "job.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mailstore::agent {

class JobManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)
public:
    explicit JobManager(int maxConcurrent = 2, QObject *parent = nullptr);
    ~JobManager() override;

    // Starts (or queues) the work; returns the job id at once.
    QString start(const QString &kind, const QString &summary, JobWork work);
    std::optional<JobRecord> get(const QString &id) const;
    QList<JobRecord> list() const; // newest first
    bool cancel(const QString &id);
    bool hasActive() const;
    // Waits for running jobs to end (daemon shutdown); cancels them first.
    void shutdown(int waitMs);

Q_SIGNALS:
    void jobChanged(const mailstore::agent::JobRecord &record);

private:
    struct Entry;
    class Context;
    void publish(const QString &id, bool force);

    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_jobs;
    QStringList m_order; // ids, oldest first
    qint64 m_nextId = 1;
};

} // namespace mailstore::agent
