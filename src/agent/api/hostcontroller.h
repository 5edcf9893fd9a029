// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HostController: api.version and host.info — who this agent is and what it serves
// (with a backups summary from the targets' cached catalogs, so the host page can warn,
// and the latest storage sample with its alert count for the fleet overview).

#include "../agentconfig.h"

#include <QDateTime>

namespace mailstore::agent {

class BackupTargets;
class CatalogService;
class Dispatcher;
class JobManager;
namespace metrics {
class StorageSampler;
}

class HostController final {
public:
    HostController(const AgentConfig &config, const CatalogService &catalog, const Dispatcher &dispatcher,
                   const JobManager &jobs, const BackupTargets &backups, const metrics::StorageSampler &sampler);
    void registerRoutes(Dispatcher &dispatcher);

private:
    QJsonObject version() const;
    QJsonObject hostInfo() const;

    const AgentConfig &m_config;
    const CatalogService &m_catalog;
    const Dispatcher &m_dispatcher;
    const JobManager &m_jobs;
    const BackupTargets &m_backups;
    const metrics::StorageSampler &m_sampler;
    qint64 m_startedAt = QDateTime::currentSecsSinceEpoch();
};

} // namespace mailstore::agent
