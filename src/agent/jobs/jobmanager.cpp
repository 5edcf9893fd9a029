// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmanager.h"

#include <QDateTime>
#include <QPointer>

namespace mailstore::agent {

namespace {
constexpr qint64 PublishIntervalMs = 250;
constexpr int MaxLogLines = 200;
qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
} // namespace

struct JobManager::Entry {
    JobRecord record;
    std::atomic<bool> cancel{false};
    qint64 lastPublishMs = 0;
    bool publishPending = false;
    // Bumped on every change of the record: a publish with nothing new is skipped, so a
    // deferred publish that lands after the final one does not repeat it.
    quint64 version = 1;
    quint64 publishedVersion = 0;
};

class JobManager::Context final : public JobContext {
public:
    Context(JobManager *manager, std::shared_ptr<Entry> entry)
        : m_manager(manager), m_entry(std::move(entry))
    {
    }
    void setProgress(qint64 done, qint64 total, const QString &unit, const QString &phase) override
    {
        {
            std::lock_guard lock(m_manager->m_mutex);
            m_entry->record.progress = JobProgress{done, total, unit, phase};
            ++m_entry->version;
        }
        post(false);
    }
    void log(const QString &line) override
    {
        {
            std::lock_guard lock(m_manager->m_mutex);
            auto &log = m_entry->record.log;
            log.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line);
            while (log.size() > MaxLogLines)
                log.removeFirst();
            ++m_entry->version;
        }
        post(false);
    }
    const std::atomic<bool> &cancelFlag() const override { return m_entry->cancel; }
    void post(bool force)
    {
        const QString id = m_entry->record.id;
        QMetaObject::invokeMethod(m_manager, [m = m_manager, id, force] { m->publish(id, force); },
                                  Qt::QueuedConnection);
    }

private:
    JobManager *m_manager;
    std::shared_ptr<Entry> m_entry;
};

JobManager::JobManager(int maxConcurrent, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, maxConcurrent));
}

JobManager::~JobManager()
{
    shutdown(5000);
}

QString JobManager::start(const QString &kind, const QString &summary, JobWork work)
{
    auto entry = std::make_shared<Entry>();
    {
        std::lock_guard lock(m_mutex);
        // The daemon's start time in the id keeps ids unique across restarts.
        static const QString epoch = QString::number(nowSecs(), 36);
        entry->record.id = QStringLiteral("j-%1-%2").arg(epoch).arg(m_nextId++);
        entry->record.kind = kind;
        entry->record.summary = summary;
        entry->record.createdAt = nowSecs();
        m_jobs.insert(entry->record.id, entry);
        m_order.append(entry->record.id);
    }
    const QString id = entry->record.id;
    publish(id, true);
    m_pool.start([this, entry, work = std::move(work)] {
        Context ctx(this, entry);
        {
            std::lock_guard lock(m_mutex);
            entry->record.state = JobState::Running;
            entry->record.startedAt = nowSecs();
            ++entry->version;
        }
        ctx.post(true);
        std::expected<QJsonValue, api::RpcError> outcome =
            entry->cancel ? std::unexpected(api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled before it started"), {}})
                          : work(ctx);
        {
            std::lock_guard lock(m_mutex);
            auto &r = entry->record;
            r.finishedAt = nowSecs();
            ++entry->version;
            if (entry->cancel) {
                r.state = JobState::Cancelled;
                r.error = api::RpcError{api::rpccode::Cancelled, QStringLiteral("cancelled"), {}};
            } else if (outcome) {
                r.state = JobState::Succeeded;
                r.result = *outcome;
            } else {
                r.state = JobState::Failed;
                r.error = outcome.error();
            }
        }
        ctx.post(true);
    });
    return id;
}

std::optional<JobRecord> JobManager::get(const QString &id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return std::nullopt;
    return (*it)->record;
}

QList<JobRecord> JobManager::list() const
{
    std::lock_guard lock(m_mutex);
    QList<JobRecord> out;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it)
        out.append(m_jobs.value(*it)->record);
    return out;
}

bool JobManager::cancel(const QString &id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend() || (*it)->record.finished())
        return false;
    (*it)->cancel = true;
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

void JobManager::shutdown(int waitMs)
{
    {
        std::lock_guard lock(m_mutex);
        for (const auto &e : m_jobs)
            e->cancel = true;
    }
    m_pool.waitForDone(waitMs);
}

void JobManager::publish(const QString &id, bool force)
{
    std::shared_ptr<Entry> entry;
    JobRecord copy;
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
        copy = entry->record;
    }
    Q_EMIT jobChanged(copy);
}

} // namespace mailstore::agent
