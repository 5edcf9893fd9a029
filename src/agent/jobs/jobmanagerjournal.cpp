// SPDX-License-Identifier: GPL-3.0-or-later
// JobManager, the durable side: loading the journal at start (queued or running jobs
// become Interrupted), writing records off the main thread, bounding it, the shutdown
// that leaves every job's last state on disk, and resuming an interrupted job.
#include "jobjournal.h"
#include "jobmanager_p.h"

namespace mailstore::agent {

namespace {
api::RpcError notResumable(const QString &id, const QString &why)
{
    return api::RpcError{api::rpccode::NotResumable, QStringLiteral("job '%1' cannot be resumed: %2").arg(id, why),
                         QJsonObject{{QStringLiteral("job"), id}}};
}
} // namespace

QStringList JobManager::attachJournal(const QString &dir)
{
    m_journal = std::make_unique<JobJournal>(dir);
    auto loaded = m_journal->load();
    for (const QString &p : std::as_const(loaded.problems))
        qCWarning(lcJobs, "%s", qPrintable(p));
    QList<JobRecord> rewrite;
    {
        std::lock_guard lock(m_mutex);
        m_journalProblems = loaded.problems;
        for (JobRecord &r : loaded.jobs) {
            if (m_jobs.contains(r.id))
                continue;
            if (!r.finished()) {
                // Whatever it was doing died with the previous daemon.
                appendLog(r, QStringLiteral("the agent restarted: the job was interrupted while %1")
                                 .arg(jobStateName(r.state)));
                r.state = JobState::Interrupted;
                r.finishedAt = nowSecs();
                rewrite << r;
            }
            auto entry = std::make_shared<Entry>();
            entry->record = r;
            entry->publishedVersion = entry->journaledVersion = entry->version;
            entry->journalNow = false;
            m_jobs.insert(r.id, entry);
            m_order.append(r.id);
        }
        pruneFinished();
    }
    for (const JobRecord &r : std::as_const(rewrite))
        journal(r);
    m_journalPool.waitForDone();
    return loaded.problems;
}

void JobManager::shutdown(int waitMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_shuttingDown = true;
        for (const auto &e : std::as_const(m_jobs))
            if (!e->record.finished())
                e->cancel = true;
        for (const auto &e : std::as_const(m_waiting)) {
            e->record.state = JobState::Interrupted;
            e->record.finishedAt = nowSecs();
            appendLog(e->record, QStringLiteral("the agent is stopping: the job was interrupted before it started"));
            e->work = nullptr;
            ++e->version;
        }
        m_waiting.clear();
    }
    m_pool.waitForDone(waitMs);
    // The publishes that would journal the last states may never run now: write here.
    QList<JobRecord> last;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &e : std::as_const(m_jobs)) {
            if (m_journal && e->journaledVersion != e->version) {
                e->journaledVersion = e->version;
                last << e->record;
            }
        }
    }
    for (const JobRecord &r : std::as_const(last))
        journal(r);
    m_journalPool.waitForDone();
}

void JobManager::journal(const JobRecord &record)
{
    JobJournal *journal = m_journal.get();
    m_journalPool.start([journal, record] {
        if (auto saved = journal->save(record); !saved)
            qCWarning(lcJobs, "%s", qPrintable(saved.error()));
    });
}

void JobManager::pruneFinished()
{
    auto isFinished = [this](const QString &id) {
        const auto e = m_jobs.value(id);
        return e && e->record.finished();
    };
    qsizetype finished = 0;
    for (const QString &id : std::as_const(m_order))
        finished += isFinished(id) ? 1 : 0;
    for (qsizetype i = 0; i < m_order.size() && finished > KeepFinished;) {
        const QString id = m_order.at(i);
        if (!isFinished(id)) {
            ++i;
            continue;
        }
        m_jobs.remove(id);
        m_order.removeAt(i);
        --finished;
        if (m_journal) // after any pending write of it: the journal thread keeps order
            m_journalPool.start([journal = m_journal.get(), id] { journal->remove(id); });
    }
}

void JobManager::setResumer(const QString &kind, Resumer resumer)
{
    std::lock_guard lock(m_mutex);
    m_resumers.insert(kind, std::move(resumer));
}

std::expected<QString, api::RpcError> JobManager::resume(const QString &id)
{
    JobRecord old;
    Resumer resumer;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.cend())
            return std::unexpected(api::RpcError{api::rpccode::NotFound, QStringLiteral("no job '%1'").arg(id),
                                                 QJsonObject{{QStringLiteral("job"), id}}});
        old = (*it)->record;
        const JobState s = old.state;
        if (s != JobState::Interrupted && s != JobState::Failed && s != JobState::Cancelled)
            return std::unexpected(notResumable(id, QStringLiteral("it is %1; only interrupted, failed or cancelled jobs resume")
                                                        .arg(jobStateName(s))));
        if (!old.resumedBy.isEmpty())
            return std::unexpected(notResumable(id, QStringLiteral("it was resumed already as '%1'").arg(old.resumedBy)));
        resumer = m_resumers.value(old.kind);
        if (!old.resumable || !resumer)
            return std::unexpected(notResumable(id, QStringLiteral("%1 jobs of this kind are not resumable").arg(old.kind)));
    }
    auto started = resumer(old);
    if (!started)
        return started;
    {
        std::lock_guard lock(m_mutex);
        if (auto e = m_jobs.value(id)) {
            e->record.resumedBy = *started;
            appendLog(e->record, QStringLiteral("resumed as job ") + *started);
            e->journalNow = true;
            ++e->version;
        }
        if (auto e = m_jobs.value(*started)) {
            e->record.resumedFrom = id;
            appendLog(e->record, QStringLiteral("resumes job ") + id);
            e->journalNow = true;
            ++e->version;
        }
    }
    publish(id, true);
    publish(*started, true);
    return started;
}

} // namespace mailstore::agent
