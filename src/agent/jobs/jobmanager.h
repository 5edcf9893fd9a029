// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobManager: owns every job of the daemon. Runs jobs on its own thread pool; heavy jobs
// (bulk reads or writes) also need one of `heavyJobs` slots and wait, queued, for one,
// and every bulk read pays into one shared IoThrottle (the host's MB/s cap), so the
// agent never becomes the load that breaks a degraded disk. Emits jobChanged on its own
// thread: at every state change and at most every 250 ms per job while progress moves.
// With a journal, every job is written to disk at state changes and at most every
// JournalIntervalMs while it runs; jobs the journal shows queued or running at start
// became Interrupted, and resume() starts a new run of a resumable one.

#include "../../core/fs/iothrottle.h"
#include "job.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <mutex>

namespace mailstore::agent {

class JobJournal;

class JobManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)
public:
    static constexpr qint64 JournalIntervalMs = 3000;
    static constexpr int KeepFinished = 50; // finished jobs kept listed and journaled

    // heavyJobs: concurrent heavy jobs (>= 1); bytesPerSecond: read cap, 0 = none.
    explicit JobManager(int heavyJobs = 2, quint64 bytesPerSecond = 0, QObject *parent = nullptr);
    ~JobManager() override;

    // Loads the journal (interrupted jobs included) and keeps it from now on. Returns one
    // sentence per journal file that was unreadable and moved aside.
    QStringList attachJournal(const QString &dir);

    // Starts (or queues) the work; returns the job id at once.
    QString start(const QString &kind, const QString &summary, JobWork work, const JobOptions &options = {});
    std::optional<JobRecord> get(const QString &id) const;
    QList<JobRecord> list() const; // newest first
    bool cancel(const QString &id);
    bool hasActive() const;
    // Waits for running jobs to end (daemon shutdown); stops them first. Jobs stopped
    // this way end Interrupted (resumable), not Cancelled: nobody asked for it.
    void shutdown(int waitMs);

    // How a kind of job starts again from its record; returns the new job's id.
    using Resumer = std::function<std::expected<QString, api::RpcError>(const JobRecord &old)>;
    void setResumer(const QString &kind, Resumer resumer);
    // A new run of an interrupted, failed or cancelled resumable job, linked both ways.
    std::expected<QString, api::RpcError> resume(const QString &id);

    struct Budget {
        quint64 bytesPerSecond = 0; // cap, 0 = none
        int heavyJobs = 0;          // limit
        int heavyRunning = 0;
        int heavyWaiting = 0;
        double bytesPerSecondNow = 0; // measured, all running jobs
    };
    Budget budget() const;
    QStringList journalProblems() const;

Q_SIGNALS:
    void jobChanged(const mailstore::agent::JobRecord &record);

private:
    struct Entry;
    class Context;
    void launch(const std::shared_ptr<Entry> &entry); // under m_mutex
    void finish(const std::shared_ptr<Entry> &entry, std::expected<QJsonValue, api::RpcError> outcome);
    void publish(const QString &id, bool force);
    void postPublish(const QString &id, bool force); // from any thread
    JobRecord snapshot(const Entry &entry) const; // under m_mutex
    void journal(const JobRecord &record);
    void pruneFinished(); // under m_mutex
    QString newId();      // under m_mutex

    QThreadPool m_pool;
    QThreadPool m_journalPool; // one thread: journal writes in order, off the main thread
    core::fs::IoThrottle m_throttle;
    std::unique_ptr<JobJournal> m_journal;
    QStringList m_journalProblems;
    mutable std::mutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_jobs;
    QStringList m_order; // ids, oldest first
    QList<std::shared_ptr<Entry>> m_waiting; // heavy jobs waiting for a slot, oldest first
    QHash<QString, Resumer> m_resumers;
    int m_heavyJobs;
    int m_heavyRunning = 0;
    qint64 m_nextId = 1;
    bool m_shuttingDown = false;
};

} // namespace mailstore::agent
