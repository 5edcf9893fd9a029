// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcontroller.h"

#include "../../api/methods.h"
#include "../backup/backuptargets.h"
#include "../catalogservice.h"
#include "../dispatcher.h"
#include "../jobs/jobmanager.h"
#include "../metrics/metricsjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

namespace mailstore::agent {

HostController::HostController(const AgentConfig &config, const CatalogService &catalog,
                               const Dispatcher &dispatcher, const JobManager &jobs, const BackupTargets &backups,
                               const metrics::StorageSampler &sampler)
    : m_config(config)
    , m_catalog(catalog)
    , m_dispatcher(dispatcher)
    , m_jobs(jobs)
    , m_backups(backups)
    , m_sampler(sampler)
{
}

void HostController::registerRoutes(Dispatcher &dispatcher)
{
    Route versionRoute;
    versionRoute.thread = Route::Thread::Main;
    versionRoute.callerHandler = [this](const api::Params &, const Principal &who) -> Reply {
        QJsonObject v = version();
        v.insert(QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), who.name},
                                                      {QStringLiteral("role"), roleName(who.role)},
                                                      {QStringLiteral("transport"), who.transport}});
        return v;
    };
    dispatcher.add(api::method::ApiVersion, versionRoute);
    dispatcher.add(api::method::HostInfo,
                   {[this](const api::Params &) -> Reply { return hostInfo(); }, Route::Thread::Main});
}

QJsonObject HostController::version() const
{
    return QJsonObject{
        {QStringLiteral("version"), QString(api::ApiVersion)},
        {QStringLiteral("major"), api::ApiMajor},
        {QStringLiteral("minor"), api::ApiMinor},
        {QStringLiteral("agent"), QStringLiteral(MAILSTORE_VERSION)},
        {QStringLiteral("methods"), QJsonArray::fromStringList(m_dispatcher.methods())},
        // Clients grey out what the caller's role may not do without trying it.
        {QStringLiteral("mutating"), QJsonArray::fromStringList(m_dispatcher.mutatingMethods())},
    };
}

QJsonObject HostController::hostInfo() const
{
    const auto &catalog = m_catalog.catalog();
    const bool ready = catalog.ready();
    const auto totals = ready ? catalog.totals() : core::catalog::Totals{};
    QJsonObject info{
        {QStringLiteral("hostname"), QSysInfo::machineHostName()},
        {QStringLiteral("agentVersion"), QStringLiteral(MAILSTORE_VERSION)},
        {QStringLiteral("apiVersion"), QString(api::ApiVersion)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("root"), m_config.root},
        {QStringLiteral("layout"), m_config.layout},
        {QStringLiteral("catalogReady"), ready},
        {QStringLiteral("catalogProgress"), QJsonObject{
             {QStringLiteral("done"), qint64(catalog.progressDone())},
             {QStringLiteral("total"), qint64(catalog.progressTotal())}}},
        {QStringLiteral("accounts"), qint64(totals.accounts)},
        {QStringLiteral("accountsWithProblems"), qint64(totals.withProblems)},
        {QStringLiteral("messages"), qint64(totals.messages)},
        {QStringLiteral("bytes"), qint64(totals.bytes)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("startedAt"), m_startedAt},
        {QStringLiteral("idleTimeoutSec"), m_config.idleTimeoutSec},
    };
    if (!m_catalog.lastError().isEmpty())
        info.insert(QStringLiteral("catalogError"), m_catalog.lastError());
    // The I/O budget as configured and as used right now, so an operator sees why a job waits.
    const auto budget = m_jobs.budget();
    info.insert(QStringLiteral("ioBudget"), QJsonObject{
        {QStringLiteral("bytesPerSecond"), qint64(budget.bytesPerSecond)},
        {QStringLiteral("heavyJobs"), budget.heavyJobs},
        {QStringLiteral("heavyRunning"), budget.heavyRunning},
        {QStringLiteral("heavyWaiting"), budget.heavyWaiting},
        {QStringLiteral("bytesPerSecondNow"), qint64(budget.bytesPerSecondNow)}});
    info.insert(QStringLiteral("backups"), m_backups.hostSummary());
    info.insert(QStringLiteral("storage"), metrics::hostStorageJson(m_sampler.snapshot()));
    const QStringList problems = m_jobs.journalProblems();
    if (!problems.isEmpty())
        info.insert(QStringLiteral("jobJournalProblems"), QJsonArray::fromStringList(problems));
    return info;
}

} // namespace mailstore::agent
