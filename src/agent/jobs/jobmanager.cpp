// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmanager.h"

#include "jobjournal.h"
#include "jobmanager_p.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcJobs, "mailstore.jobs")

namespace mailstore::agent {

namespace {
constexpr qint64 PublishIntervalMs = 250;
// Light jobs (a rebuild of a few accounts) run beside the heavy ones, up to this many.
constexpr int LightThreads = 4;

QString waitingPhase() { return QStringLiteral("waiting for an I/O slot"); }
} // namespace


class JobManager::Context final : public JobContext {
public:
    Context(JobManager *manager, std::shared_ptr<Entry> entry)
        : m_manager(manager), m_entry(std::move(entry))
    {
    }
    void setProgress(qint64 done, qint64 total, const QString &unit, const QString &phase) override
    {
        update([&](JobProgress &p) {
            // Work reported from several threads can arrive out of order (the host scan's
            // two workers); within one unit and total, what clients see never goes back.
            const bool sameMeasure = p.unit == unit && p.total == total;
            p.done = sameMeasure ? std::max(p.done, done) : done;
            p.total = total;
            p.unit = unit;
            p.phase = phase;
        });
    }
    void setBytes(qint64 done, qint64 total) override
    {
        update([&](JobProgress &p) {
            p.bytesDone = p.bytesTotal == total ? std::max(p.bytesDone, done) : done;
            p.bytesTotal = total;
        });
    }
    void log(const QString &line) override
    {
        {
            std::lock_guard lock(m_manager->m_mutex);
            appendLog(m_entry->record, line);
            ++m_entry->version;
        }
        post(false);
    }
    void setResumeParams(const QJsonObject &params) override
    {
        {
            std::lock_guard lock(m_manager->m_mutex);
            m_entry->record.resumeParams = params;
            ++m_entry->version;
            // What a resumed run starts from must reach the disk soon, not at the next
            // 3 s progress write: a kill -9 in between would redo finished work. The
            // publish throttle still bounds this to a few writes a second.
            m_entry->journalNow = true;
        }
        post(false);
    }
    const std::atomic<bool> &cancelFlag() const override { return m_entry->cancel; }
    core::fs::IoThrottle *throttle() const override { return &m_manager->m_throttle; }
    void post(bool force) { m_manager->postPublish(m_entry->record.id, force); }

private:
    template <typename Fn>
    void update(Fn change)
    {
        {
            std::lock_guard lock(m_manager->m_mutex);
            auto &p = m_entry->record.progress;
            change(p);
            m_entry->meter.sample(nowMs(), p.done, p.bytesDone);
            ++m_entry->version;
        }
        post(false);
    }
    JobManager *m_manager;
    std::shared_ptr<Entry> m_entry;
};

JobManager::JobManager(int heavyJobs, quint64 bytesPerSecond, QObject *parent)
    : QObject(parent)
    , m_throttle(bytesPerSecond)
    , m_heavyJobs(std::max(1, heavyJobs))
{
    m_pool.setMaxThreadCount(m_heavyJobs + LightThreads);
    m_journalPool.setMaxThreadCount(1);
}

JobManager::~JobManager()
{
    shutdown(5000);
}

QString JobManager::newId()
{
    // The daemon's start time in the id keeps ids unique across restarts; the loop
    // covers a restart within the same second, whose old ids the journal brought back.
    static const QString epoch = QString::number(nowSecs(), 36);
    QString id;
    do
        id = QStringLiteral("j-%1-%2").arg(epoch).arg(m_nextId++);
    while (m_jobs.contains(id));
    return id;
}

QString JobManager::start(const QString &kind, const QString &summary, JobWork work, const JobOptions &options)
{
    auto entry = std::make_shared<Entry>();
    QString id;
    {
        std::lock_guard lock(m_mutex);
        auto &r = entry->record;
        r.id = id = newId();
        r.kind = kind;
        r.summary = summary;
        r.createdAt = nowSecs();
        r.heavy = options.heavy;
        r.resumable = options.resumable;
        r.resumeParams = options.resumeParams;
        entry->work = std::move(work);
        m_jobs.insert(id, entry);
        m_order.append(id);
        if (m_shuttingDown) {
            r.state = JobState::Interrupted;
            r.finishedAt = r.createdAt;
            appendLog(r, QStringLiteral("the agent is stopping: the job did not start"));
        } else if (options.heavy && m_heavyRunning >= m_heavyJobs) {
            r.progress.phase = waitingPhase();
            appendLog(r, QStringLiteral("waiting for an I/O slot (%1 of %2 heavy jobs running)")
                             .arg(m_heavyRunning).arg(m_heavyJobs));
            m_waiting.append(entry);
        } else {
            launch(entry);
        }
        pruneFinished();
    }
    publish(id, true);
    return id;
}

void JobManager::launch(const std::shared_ptr<Entry> &entry)
{
    if (entry->record.heavy)
        ++m_heavyRunning;
    m_pool.start([this, entry] {
        Context ctx(this, entry);
        bool run = false;
        {
            std::lock_guard lock(m_mutex);
            if (!entry->cancel) {
                run = true;
                entry->record.state = JobState::Running;
                entry->record.startedAt = nowSecs();
                entry->record.progress.phase = QStringLiteral("starting");
                entry->meter.start(nowMs());
                entry->journalNow = true;
                ++entry->version;
            }
        }
        ctx.post(true);
        finish(entry, run ? entry->work(ctx)
                          : std::unexpected(api::RpcError{api::rpccode::Cancelled,
                                                          QStringLiteral("cancelled before it started"), {}}));
    });
}

void JobManager::finish(const std::shared_ptr<Entry> &entry, std::expected<QJsonValue, api::RpcError> outcome)
{
    QStringList changed{entry->record.id};
    {
        std::lock_guard lock(m_mutex);
        auto &r = entry->record;
        r.finishedAt = nowSecs();
        if (entry->cancel && !entry->userCancel && m_shuttingDown) {
            r.state = JobState::Interrupted;
            appendLog(r, QStringLiteral("the agent is stopping: the job was interrupted"));
        } else if (entry->cancel) {
            r.state = JobState::Cancelled;
            r.error = api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled"), {}};
            appendLog(r, QStringLiteral("cancelled"));
        } else if (outcome) {
            r.state = JobState::Succeeded;
            r.result = *outcome;
        } else {
            r.state = JobState::Failed;
            r.error = outcome.error();
            appendLog(r, QStringLiteral("failed: ") + outcome.error().message);
        }
        entry->work = nullptr;
        entry->journalNow = true;
        ++entry->version;
        if (r.heavy)
            --m_heavyRunning;
        // The freed slot goes to the oldest waiting heavy job.
        while (!m_shuttingDown && m_heavyRunning < m_heavyJobs && !m_waiting.isEmpty()) {
            auto next = m_waiting.takeFirst();
            appendLog(next->record, QStringLiteral("got an I/O slot"));
            ++next->version;
            launch(next);
            changed << next->record.id;
        }
        pruneFinished();
    }
    for (const QString &id : std::as_const(changed))
        postPublish(id, true);
}

void JobManager::postPublish(const QString &id, bool force)
{
    QMetaObject::invokeMethod(this, [this, id, force] { publish(id, force); }, Qt::QueuedConnection);
}

JobRecord JobManager::snapshot(const Entry &entry) const
{
    JobRecord r = entry.record;
    if (r.state == JobState::Running) {
        const auto e = entry.meter.estimate(nowMs(), r.progress.done, r.progress.total, r.progress.bytesDone,
                                            r.progress.bytesTotal);
        r.progress.itemsPerSec = e.itemsPerSec;
        r.progress.bytesPerSec = e.bytesPerSec;
        r.progress.etaSeconds = e.etaSeconds;
    }
    return r;
}

std::optional<JobRecord> JobManager::get(const QString &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return std::nullopt;
    return snapshot(**it);
}

QList<JobRecord> JobManager::list() const
{
    std::lock_guard lock(m_mutex);
    QList<JobRecord> out;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it)
        if (const auto e = m_jobs.value(*it))
            out.append(snapshot(*e));
    return out;
}

bool JobManager::cancel(const QString &id)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.cend() || (*it)->record.finished())
            return false;
        const auto entry = *it;
        entry->cancel = true;
        entry->userCancel = true;
        if (!m_waiting.removeOne(entry))
            return true; // a running job stops at its next check and ends in finish()
        // Never started: it ends here.
        auto &r = entry->record;
        r.state = JobState::Cancelled;
        r.finishedAt = nowSecs();
        r.error = api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled while waiting for an I/O slot"), {}};
        appendLog(r, QStringLiteral("cancelled while waiting for an I/O slot"));
        entry->work = nullptr;
        entry->journalNow = true;
        ++entry->version;
    }
    publish(id, true);
    return true;
}

bool JobManager::hasActive() const
{
    std::lock_guard lock(m_mutex);
    for (const auto &e : m_jobs)
        if (!e->record.finished())
            return true;
    return false;
}



JobManager::Budget JobManager::budget() const
{
    std::lock_guard lock(m_mutex);
    Budget b;
    b.bytesPerSecond = m_throttle.rate();
    b.heavyJobs = m_heavyJobs;
    b.heavyRunning = m_heavyRunning;
    b.heavyWaiting = int(m_waiting.size());
    for (const auto &e : m_jobs)
        if (e->record.state == JobState::Running)
            b.bytesPerSecondNow += snapshot(*e).progress.bytesPerSec;
    return b;
}

QStringList JobManager::journalProblems() const
{
    std::lock_guard lock(m_mutex);
    return m_journalProblems;
}

void JobManager::publish(const QString &id, bool force)
{
    std::shared_ptr<Entry> entry;
    JobRecord copy;
    bool writeJournal = false;
    {
        std::lock_guard lock(m_mutex);
        entry = m_jobs.value(id);
        if (!entry || entry->version == entry->publishedVersion)
            return;
        const qint64 now = nowMs();
        const qint64 wait = PublishIntervalMs - (now - entry->lastPublishMs);
        if (!force && wait > 0) {
            // Throttled: one deferred publish carries whatever is newest by then.
            if (!entry->publishPending) {
                entry->publishPending = true;
                QTimer::singleShot(int(wait), this, [this, id] {
                    {
                        std::lock_guard l(m_mutex);
                        if (auto e = m_jobs.value(id))
                            e->publishPending = false;
                    }
                    publish(id, true);
                });
            }
            return;
        }
        entry->lastPublishMs = now;
        entry->publishedVersion = entry->version;
        copy = snapshot(*entry);
        // State changes are written at once; progress at most every JournalIntervalMs.
        if (m_journal && (entry->journalNow || now - entry->lastJournalMs >= JournalIntervalMs)) {
            writeJournal = true;
            entry->journalNow = false;
            entry->lastJournalMs = now;
            entry->journaledVersion = entry->version;
        }
    }
    if (writeJournal)
        journal(copy);
    Q_EMIT jobChanged(copy);
}



} // namespace mailstore::agent
