// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HostConnection: one host of the fleet — its profile, its AgentClient and the state the
// fleet tree shows: connecting, connected, degraded (the link is up but the host answers
// slowly or not at all), unreachable (the link is down; reconnects with backoff).
// A keep-alive call (host.info) runs every few seconds: it notices a dead link that TCP
// would only notice minutes later, measures latency, and keeps the host's totals fresh.
// Jobs keep running in the host's daemon while the link is down; the pages reload them
// when the state returns to connected.

#include "agentclient.h"
#include "connectionprofile.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace mailstore::app {

class HostConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostConnection)
public:
    enum class State { Disconnected, Connecting, Connected, Degraded, Unreachable };
    Q_ENUM(State)

    // client: an AgentClient to use (not owned); null makes one owned by this object.
    HostConnection(ConnectionProfile profile, AgentClient::TransportFactory factory,
                   AgentClient *client = nullptr, QObject *parent = nullptr);
    ~HostConnection() override;

    void start();
    void reconnectNow();
    void stop();
    // Asks for host.info now instead of at the next keep-alive.
    void refreshInfo() { ping(); }

    AgentClient *client() const { return m_client; }
    const ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QJsonObject hostInfo() const { return m_hostInfo; }
    // The profile's name; for links named only by an address (the command line's), the
    // host name host.info reports once known.
    QString displayName() const;
    void setPreferHostName(bool prefer) { m_preferHostName = prefer; }
    int lastLatencyMs() const { return m_latencyMs; }
    // The caller's role on this host as the agent reports it ("admin", "support"); empty
    // until known. Support staff do not see actions they may not run.
    QString callerRole() const { return m_callerRole; }
    bool mayChange() const { return m_callerRole != QLatin1StringView("support"); }
    int failedAttempts() const { return m_attempts; }
    // Milliseconds until the next automatic attempt while unreachable, else -1.
    int retryInMs() const;

    // Tuning (tests use short times): ping every intervalMs; an answer slower than slowMs,
    // or none within deadMs, makes the host degraded.
    void setKeepAlive(int intervalMs, int slowMs, int deadMs);
    void setBackoff(int firstMs, int maxMs);

    static QString stateName(State state); // translated word: "connected", …

signals:
    void stateChanged(mailstore::app::HostConnection::State state, const QString &reason);
    void hostInfoChanged(const QJsonObject &info);
    void callerRoleChanged(const QString &role);
    // The link came back after being lost: views reload what they showed.
    void reconnected();

private:
    void onClientState(AgentClient::State state, const QString &reason);
    void ping();
    void onPingAnswer(const api::Response &response, qint64 started);
    void onPingOverdue();
    void scheduleRetry();
    void setState(State state, const QString &reason);

    ConnectionProfile m_profile;
    AgentClient::TransportFactory m_factory;
    AgentClient *m_client;
    State m_state = State::Disconnected;
    QString m_reason;
    QJsonObject m_hostInfo;
    QString m_callerRole;
    QTimer m_pingTimer;
    QTimer m_overdueTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    qint64 m_pingSent = -1; // m_clock time of the ping in flight, -1 when none
    int m_latencyMs = -1;
    int m_attempts = 0;
    bool m_everConnected = false;
    bool m_stopped = true;
    bool m_preferHostName = false;
    int m_intervalMs = 15'000;
    int m_slowMs = 3000;
    int m_deadMs = 10'000;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60'000;
};

} // namespace mailstore::app
