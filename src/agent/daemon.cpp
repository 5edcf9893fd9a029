// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon.h"

#include "../api/methods.h"
#include "accountlocator.h"
#include "auditlog.h"
#include "api/accountscontroller.h"
#include "api/backupcontroller.h"
#include "api/restorecontroller.h"
#include "backup/backupjobs.h"
#include "backup/restorejobs.h"
#include "backup/backuptargets.h"
#include "api/hostcontroller.h"
#include "api/indexcontroller.h"
#include "api/jobscontroller.h"
#include "jobs/jobmanager.h"
#include "catalogservice.h"
#include "clientsession.h"
#include "dispatcher.h"
#include "metrics/metricscontroller.h"
#include "metrics/prometheusstorage.h"
#include "metrics/storagesampler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDaemon, "mailstore.daemon")

namespace mailstore::agent {

namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int sig)
{
    const char c = char(sig);
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    [[maybe_unused]] const auto n = ::write(g_signalFds[1], &c, 1);
}
} // namespace

Daemon::Daemon(AgentConfig config, int refreshSec, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    auto layout = core::maildir::MailLayout::parse(m_config.layout.toStdString());
    // resolveConfig() validated the layout already; parse cannot fail here.
    auto catalog = std::make_unique<core::catalog::AccountCatalog>(m_config.root.toStdString(), *layout);
    m_catalog = std::make_unique<CatalogService>(std::move(catalog), refreshSec);
    m_dispatcher = std::make_unique<Dispatcher>(*m_catalog);
    m_jobs = std::make_unique<JobManager>(m_config.heavyJobs, m_config.ioBytesPerSec());
    m_backupTargets = std::make_unique<BackupTargets>(m_config.backupTargets);
    metrics::SamplerOptions sampling;
    sampling.mailRoot = m_config.root.toStdString();
    sampling.storeFile = m_config.metricsPath().toStdString();
    sampling.intervalSec = m_config.metricsIntervalSec;
    sampling.probe = m_config.metricsProbe;
    m_sampler = std::make_unique<metrics::StorageSampler>(sampling);
    m_metrics = std::make_unique<metrics::MetricsController>(*m_sampler);
    m_metrics->registerRoutes(*m_dispatcher);
    m_host = std::make_unique<HostController>(m_config, *m_catalog, *m_dispatcher, *m_jobs, *m_backupTargets,
                                              *m_sampler);
    m_host->registerRoutes(*m_dispatcher);
    m_locator = std::make_unique<AccountLocator>(*m_catalog, *layout, m_config.root.toStdString());
    m_accounts = std::make_unique<AccountsController>(*m_catalog, *m_locator);
    m_accounts->registerRoutes(*m_dispatcher);
    m_index = std::make_unique<IndexController>(*m_locator, *m_catalog, *m_jobs, Doveadm(m_config.doveadmConfig));
    m_index->registerRoutes(*m_dispatcher);
    m_jobsApi = std::make_unique<JobsController>(*m_jobs);
    m_jobsApi->registerRoutes(*m_dispatcher);
    m_backupJobs = std::make_unique<BackupJobs>(*m_backupTargets, *m_locator, *m_catalog, *m_jobs);
    m_backups = std::make_unique<BackupController>(*m_backupTargets, *m_backupJobs, *m_locator, *m_catalog);
    m_backups->registerRoutes(*m_dispatcher);
    m_restoreJobs = std::make_unique<RestoreJobs>(*m_backupTargets, *m_locator, *m_catalog, *m_jobs, m_config.restoresDir());
    m_restores = std::make_unique<RestoreController>(*m_restoreJobs);
    m_restores->registerRoutes(*m_dispatcher);
    // Every client sees every job move: a console that reconnects finds them again.
    connect(m_jobs.get(), &JobManager::jobChanged, this, [this](const JobRecord &job) {
        for (auto *s : std::as_const(m_sessions))
            s->notify(QString(api::method::JobProgress), job.toJson());
        if (job.finished())
            armIdleTimer();
    });
    m_dispatcher->add(api::method::DaemonStop,
                      mutatingRoute({[this](const api::Params &) -> Reply {
                                         // Answer first, then stop: the caller sees the confirmation.
                                         QTimer::singleShot(0, this, &Daemon::stop);
                                         return QJsonObject{{QStringLiteral("stopping"), true}};
                                     },
                                     Route::Thread::Main}));
    m_audit = std::make_unique<AuditLog>(m_config.auditPath());
    m_dispatcher->setAuditLog(m_audit.get());
    m_dispatcher->add(api::method::AuditList, {[this](const api::Params &p) -> Reply {
                          auto limit = p.integer(QStringLiteral("limit"), 100, 1, 1000);
                          auto offset = p.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
                          if (!limit)
                              return std::unexpected(limit.error());
                          if (!offset)
                              return std::unexpected(offset.error());
                          int total = 0;
                          const QJsonArray entries = m_audit->list(int(*limit), int(*offset), &total);
                          return QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("total"), total}};
                      },
                      Route::Thread::Pool});
    connect(m_catalog.get(), &CatalogService::built, this,
            [this](qsizetype, double seconds) { m_lastBuildSeconds = seconds; });

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_sessions.isEmpty() && !m_catalog->busy() && !m_jobs->hasActive()) {
            qCInfo(lcDaemon, "idle for %d s with no clients: exiting", m_config.idleTimeoutSec);
            stop();
        } else {
            armIdleTimer();
        }
    });
}

Daemon::~Daemon()
{
    // HTTP workers call into the dispatcher: they must be gone before it is.
    if (m_https)
        m_https->stop();
    m_jobs->shutdown(10000);
    m_sampler->stop();
    if (g_signalFds[0] >= 0) {
        ::close(g_signalFds[0]);
        ::close(g_signalFds[1]);
        g_signalFds[0] = g_signalFds[1] = -1;
    }
}

std::expected<void, QString> Daemon::start()
{
    if (!QDir().mkpath(m_config.stateDir))
        return std::unexpected(QStringLiteral("cannot create state folder %1").arg(m_config.stateDir));
    QFile::setPermissions(m_config.stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A daemon that was just told to stop may still hold the store for a moment; a bridge
    // that starts us right then should get a daemon, not an error, so wait a little.
    auto locked = m_lock.acquire(m_config.lockPath(), m_config.root);
    for (int attempt = 0; !locked && attempt < 30; ++attempt) {
        QThread::msleep(100);
        locked = m_lock.acquire(m_config.lockPath(), m_config.root);
    }
    if (!locked)
        return locked;
    // Under the store lock: no other daemon writes this journal. Jobs it shows queued or
    // running died with the previous daemon and are listed as interrupted.
    for (const QString &problem : m_jobs->attachJournal(m_config.jobsDir()))
        qCWarning(lcDaemon, "%s", qPrintable(problem));

    const QByteArray socketPath = QFile::encodeName(m_config.socketPath());
    if (socketPath.size() >= qsizetype(sizeof(sockaddr_un::sun_path)))
        return std::unexpected(QStringLiteral("socket path %1 is too long for a Unix socket; use a shorter --state-dir")
                                   .arg(m_config.socketPath()));
    // We hold the lock, so a socket file left here belongs to a daemon that died.
    QLocalServer::removeServer(m_config.socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_config.socketPath()))
        return std::unexpected(QStringLiteral("cannot listen on %1: %2")
                                   .arg(m_config.socketPath(), m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, &Daemon::onNewConnection);
    if (m_httpsOptions) {
        m_https = new HttpsFront(*m_dispatcher, [this] { return metricsText(); }, this);
        if (auto listening = m_https->start(*m_httpsOptions); !listening) {
            m_server->close();
            return listening;
        }
    }
    installSignalHandlers();
    m_catalog->start();
    m_backupTargets->warmUp(); // host.info's backups summary then never waits for a read
    m_sampler->start();        // after the store lock: one sampler per history file
    armIdleTimer();
    qCInfo(lcDaemon, "serving %s on %s (pid %lld)", qPrintable(m_config.root),
           qPrintable(m_config.socketPath()), QCoreApplication::applicationPid());
    return {};
}

void Daemon::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_server)
        m_server->close(); // removes the socket file: new bridges start a fresh daemon
    if (m_https)
        m_https->stop();
    for (auto *s : std::as_const(m_sessions))
        s->close();
    m_jobs->shutdown(10000); // cancelled jobs stop at their next check
    // Let queued answers (the daemon.stop confirmation) reach the wire before exiting.
    QTimer::singleShot(50, qApp, &QCoreApplication::quit);
}

void Daemon::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_stopping) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *session = new ClientSession(socket, *m_dispatcher, peerPrincipal(socket->socketDescriptor()), this);
        m_sessions.append(session);
        connect(session, &ClientSession::closed, this, [this, session] { onClientClosed(session); });
        m_idleTimer.stop();
    }
}

void Daemon::onClientClosed(ClientSession *session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
    armIdleTimer();
}

Principal Daemon::peerPrincipal(qintptr fd) const
{
    // The kernel's word on who is at the other end; over SSH that is the SSH user the
    // bridge runs as. Unknown peers get the support role: fail closed.
    Principal who;
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
        who.name = QStringLiteral("unknown");
        return who;
    }
    passwd pw{};
    passwd *found = nullptr;
    char buf[4096];
    if (::getpwuid_r(cred.uid, &pw, buf, sizeof buf, &found) == 0 && found)
        who.name = QString::fromLocal8Bit(found->pw_name);
    else
        who.name = QStringLiteral("uid:%1").arg(cred.uid);
    who.role = m_config.supportUsers.contains(who.name) ? Role::Support : Role::Admin;
    return who;
}

QByteArray Daemon::metricsText() const
{
    const auto &catalog = m_catalog->catalog();
    const auto totals = catalog.ready() ? catalog.totals() : core::catalog::Totals{};
    QByteArray out;
    auto gauge = [&out](const char *name, const char *help, const QByteArray &samples) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + samples;
    };
    auto sample = [](const char *name, double value) {
        return QByteArray(name) + ' ' + QByteArray::number(value, 'g', 15) + '\n';
    };
    gauge("mailstore_up", "1 while the agent answers.", sample("mailstore_up", 1));
    gauge("mailstore_catalog_ready", "1 once the first account catalog build is done.",
          sample("mailstore_catalog_ready", catalog.ready() ? 1 : 0));
    gauge("mailstore_accounts", "Accounts in the store.", sample("mailstore_accounts", double(totals.accounts)));
    gauge("mailstore_accounts_with_problems", "Accounts with warning or error findings.",
          sample("mailstore_accounts_with_problems", double(totals.withProblems)));
    gauge("mailstore_messages", "Messages in the store.", sample("mailstore_messages", double(totals.messages)));
    gauge("mailstore_bytes", "Sum of message sizes in bytes.", sample("mailstore_bytes", double(totals.bytes)));
    QMap<QString, int> states;
    for (auto s : {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed, JobState::Cancelled,
                   JobState::Interrupted})
        states.insert(jobStateName(s), 0);
    for (const auto &job : m_jobs->list())
        ++states[jobStateName(job.state)];
    QByteArray jobs;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        jobs += "mailstore_jobs{state=\"" + it.key().toLatin1() + "\"} " + QByteArray::number(it.value()) + '\n';
    gauge("mailstore_jobs", "Jobs known to the daemon, by state.", jobs);
    gauge("mailstore_catalog_build_seconds", "Duration of the last catalog build or refresh.",
          sample("mailstore_catalog_build_seconds", m_lastBuildSeconds));
    out += metrics::prometheusStorage(m_sampler->snapshot());
    return out;
}

void Daemon::armIdleTimer()
{
    if (m_config.idleTimeoutSec > 0 && m_sessions.isEmpty() && !m_stopping)
        m_idleTimer.start(m_config.idleTimeoutSec * 1000);
}

void Daemon::installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[0], &c, 1);
        qCInfo(lcDaemon, "signal %d: stopping", int(c));
        stop();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    // A daemon has no terminal; a stray SIGHUP must not end a long job.
    ::signal(SIGHUP, SIG_IGN);
    ::signal(SIGPIPE, SIG_IGN);
}

} // namespace mailstore::agent
