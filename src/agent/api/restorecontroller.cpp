// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorecontroller.h"

#include "../../api/methods.h"
#include "../backup/restorejobs.h"

namespace mailstore::agent {

namespace ar = core::archive;

RestoreController::RestoreController(RestoreJobs &jobs)
    : m_jobs(jobs)
{
}

void RestoreController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::RestorePreview, {[this](const api::Params &p) { return preview(p); }, Route::Thread::Pool});
    dispatcher.add(api::method::RestoreStart,
                   mutatingRoute({[this](const api::Params &p) { return start(p); }, Route::Thread::Pool}));
    m_jobs.registerResumer();
}

Reply RestoreController::preview(const api::Params &params) const
{
    auto p = RestoreParams::read(params);
    if (!p)
        return std::unexpected(p.error());
    auto request = m_jobs.request(*p);
    if (!request)
        return std::unexpected(request.error());
    auto plan = ar::planRestore(*request);
    if (!plan)
        return std::unexpected(api::rpcErrorFromCore(plan.error()));
    return restorePlanJson(*plan, p->into);
}

Reply RestoreController::start(const api::Params &params)
{
    auto p = RestoreParams::read(params);
    auto confirm = params.string(QStringLiteral("confirm"));
    if (!p)
        return std::unexpected(p.error());
    if (!confirm)
        return std::unexpected(confirm.error());
    auto request = m_jobs.request(*p);
    if (!request)
        return std::unexpected(request.error());
    if (auto none = m_jobs.checkNoneRunningInto(p->into); !none)
        return std::unexpected(none.error());
    // Planned here, not only in the job: whether it is live decides if it may start.
    auto plan = ar::planRestore(*request);
    if (!plan)
        return std::unexpected(api::rpcErrorFromCore(plan.error()));
    if (plan->live && *confirm != p->into)
        return std::unexpected(api::RpcError{
            api::rpccode::InvalidArgument,
            confirm->isEmpty()
                ? QStringLiteral("the restore writes into existing mailboxes of %1: confirm with the account's name").arg(p->into)
                : QStringLiteral("confirm '%1' is not the account restored into (%2)").arg(*confirm, p->into),
            QJsonObject{{QStringLiteral("param"), QStringLiteral("confirm")}}});
    auto id = m_jobs.start(*p, *request);
    if (!id)
        return std::unexpected(id.error());
    return QJsonObject{{QStringLiteral("jobId"), *id}};
}

} // namespace mailstore::agent
