// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Daemon: the long-lived agent process of one store. Owns the account catalog (later:
// jobs, metrics, audit log), listens on <state dir>/agent.sock, and exits after an idle
// time without clients when it was started by a bridge. SIGTERM/SIGINT stop it cleanly.

#include "agentconfig.h"
#include "httpsfront.h"
#include "principal.h"
#include "storelock.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QLocalServer;
class QSocketNotifier;

namespace mailstore::agent {

class AccountLocator;
class AuditLog;
class AccountsController;
class BackupController;
class BackupJobs;
class BackupTargets;
class RestoreController;
class RestoreJobs;
class IndexController;
class JobManager;
class JobsController;
class CatalogService;
class ClientSession;
class Dispatcher;
class HostController;
namespace metrics {
class MetricsController;
class StorageSampler;
} // namespace metrics

class Daemon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Daemon)
public:
    explicit Daemon(AgentConfig config, int refreshSec = 30, QObject *parent = nullptr);
    ~Daemon() override;

    // Also serve the API over HTTP(S); call before start().
    void setHttps(const HttpsOptions &options) { m_httpsOptions = options; }

    // Takes the store lock and starts listening. Errors are sentences for the log.
    std::expected<void, QString> start();
    void stop();

private:
    void onNewConnection();
    void onClientClosed(ClientSession *session);
    void armIdleTimer();
    void installSignalHandlers();
    Principal peerPrincipal(qintptr fd) const;
    QByteArray metricsText() const;

    AgentConfig m_config;
    StoreLock m_lock;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<HostController> m_host;
    std::unique_ptr<AccountLocator> m_locator;
    std::unique_ptr<AccountsController> m_accounts;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<IndexController> m_index;
    std::unique_ptr<JobsController> m_jobsApi;
    std::unique_ptr<BackupTargets> m_backupTargets;
    std::unique_ptr<BackupJobs> m_backupJobs;
    std::unique_ptr<BackupController> m_backups;
    std::unique_ptr<RestoreJobs> m_restoreJobs;
    std::unique_ptr<RestoreController> m_restores;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<metrics::StorageSampler> m_sampler;
    std::unique_ptr<metrics::MetricsController> m_metrics;
    std::optional<HttpsOptions> m_httpsOptions;
    HttpsFront *m_https = nullptr;
    double m_lastBuildSeconds = 0;
    QLocalServer *m_server = nullptr;
    QSocketNotifier *m_signalNotifier = nullptr;
    QList<ClientSession *> m_sessions;
    QTimer m_idleTimer;
    bool m_stopping = false;
};

} // namespace mailstore::agent
