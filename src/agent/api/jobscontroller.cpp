// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobscontroller.h"

#include "../../api/methods.h"
#include "../jobs/jobmanager.h"

#include <QJsonArray>

namespace mailstore::agent {

namespace {
api::RpcError noSuchJob(const QString &id)
{
    return api::RpcError{api::rpccode::NotFound, QStringLiteral("no job '%1'").arg(id),
                         QJsonObject{{QStringLiteral("job"), id}}};
}
} // namespace

JobsController::JobsController(JobManager &jobs)
    : m_jobs(jobs)
{
}

void JobsController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::JobGet, {[this](const api::Params &p) -> Reply {
                       auto id = p.string(QStringLiteral("id"), {}, true);
                       if (!id)
                           return std::unexpected(id.error());
                       auto job = m_jobs.get(*id);
                       if (!job)
                           return std::unexpected(noSuchJob(*id));
                       return job->toJson();
                   }, Route::Thread::Main});
    dispatcher.add(api::method::JobList, {[this](const api::Params &) -> Reply {
                       QJsonArray jobs;
                       for (const auto &j : m_jobs.list())
                           jobs.append(j.toJson());
                       return QJsonObject{{QStringLiteral("jobs"), jobs}};
                   }, Route::Thread::Main});
    dispatcher.add(api::method::JobCancel, mutatingRoute({[this](const api::Params &p) -> Reply {
                       auto id = p.string(QStringLiteral("id"), {}, true);
                       if (!id)
                           return std::unexpected(id.error());
                       auto job = m_jobs.get(*id);
                       if (!job)
                           return std::unexpected(noSuchJob(*id));
                       m_jobs.cancel(*id);
                       return m_jobs.get(*id)->toJson();
                   }, Route::Thread::Main}));
    // A new run of an interrupted (or failed, cancelled) job; the answer is the new Job,
    // whose resumedFrom names the old one.
    dispatcher.add(api::method::JobResume, mutatingRoute({[this](const api::Params &p) -> Reply {
                       auto id = p.string(QStringLiteral("id"), {}, true);
                       if (!id)
                           return std::unexpected(id.error());
                       auto started = m_jobs.resume(*id);
                       if (!started)
                           return std::unexpected(started.error());
                       return m_jobs.get(*started)->toJson();
                   }, Route::Thread::Main}));
}

} // namespace mailstore::agent
