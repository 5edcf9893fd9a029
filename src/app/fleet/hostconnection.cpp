// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostconnection.h"

#include "api/methods.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mailstore::app {

HostConnection::HostConnection(ConnectionProfile profile, AgentClient::TransportFactory factory,
                               AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_factory(std::move(factory))
    , m_client(client ? client : new AgentClient(this))
{
    m_clock.start();
    m_pingTimer.setInterval(m_intervalMs);
    m_overdueTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &HostConnection::ping);
    connect(&m_overdueTimer, &QTimer::timeout, this, &HostConnection::onPingOverdue);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { m_client->reconnect(); });
    connect(m_client, &AgentClient::stateChanged, this, &HostConnection::onClientState);
}

HostConnection::~HostConnection()
{
    m_client->disconnect(this);
}

void HostConnection::start()
{
    m_stopped = false;
    m_attempts = 0;
    m_client->connectTo(m_factory);
}

void HostConnection::reconnectNow()
{
    m_stopped = false;
    m_retryTimer.stop();
    m_client->connectTo(m_factory); // a fresh transport, whatever the old one did
}

void HostConnection::stop()
{
    m_stopped = true;
    m_pingTimer.stop();
    m_overdueTimer.stop();
    m_retryTimer.stop();
    m_client->disconnectFromAgent();
    setState(State::Disconnected, tr("Disconnected"));
}

QString HostConnection::displayName() const
{
    const QString name = m_preferHostName ? m_hostInfo.value("hostname"_L1).toString() : QString();
    return name.isEmpty() ? m_profile.name : name;
}

int HostConnection::retryInMs() const
{
    return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1;
}

void HostConnection::setKeepAlive(int intervalMs, int slowMs, int deadMs)
{
    m_intervalMs = intervalMs;
    m_pingTimer.setInterval(intervalMs);
    m_slowMs = slowMs;
    m_deadMs = deadMs;
}

void HostConnection::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

QString HostConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected: return tr("not connected");
    case State::Connecting: return tr("connecting");
    case State::Connected: return tr("connected");
    case State::Degraded: return tr("degraded");
    case State::Unreachable: return tr("unreachable");
    }
    return {};
}

void HostConnection::onClientState(AgentClient::State state, const QString &reason)
{
    switch (state) {
    case AgentClient::State::Connecting:
        // While retrying, the host stays "unreachable" so its dot does not flicker.
        if (m_state != State::Unreachable)
            setState(State::Connecting, reason);
        break;
    case AgentClient::State::Connected: {
        const bool wasLost = m_everConnected;
        m_everConnected = true;
        m_attempts = 0;
        m_pingSent = -1;
        setState(State::Connected, {});
        m_pingTimer.start();
        ping(); // host.info at once: the host's name and totals
        m_client->call(api::method::ApiVersion, {}, this, [this](const api::Response &r) {
            const QString role = r.result.toObject().value("caller"_L1).toObject().value("role"_L1).toString();
            if (!r.error && role != m_callerRole) {
                m_callerRole = role;
                emit callerRoleChanged(role);
            }
        });
        if (wasLost)
            emit reconnected();
        break;
    }
    case AgentClient::State::Lost:
        m_pingTimer.stop();
        m_overdueTimer.stop();
        m_pingSent = -1;
        setState(State::Unreachable, reason);
        if (!m_stopped && !m_client->lossNeedsUser())
            scheduleRetry();
        break;
    case AgentClient::State::Disconnected:
        break;
    }
}

void HostConnection::scheduleRetry()
{
    // Exponential backoff with jitter: a fleet that lost its network together does not
    // come back in lockstep, and a host that is down is not hammered.
    const int shift = std::min(m_attempts, 16);
    const qint64 base = std::min<qint64>(qint64(m_firstBackoffMs) << shift, m_maxBackoffMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    ++m_attempts;
    m_retryTimer.start(int(base * jitter));
    emit stateChanged(m_state, m_reason); // the retry countdown changed
}

void HostConnection::ping()
{
    if (m_pingSent >= 0 || m_client->state() != AgentClient::State::Connected)
        return; // one keep-alive at a time: a slow host is not piled up with more
    const qint64 started = m_clock.elapsed();
    m_pingSent = started;
    m_overdueTimer.start(m_deadMs);
    m_client->call(api::method::HostInfo, {}, this,
                   [this, started](const api::Response &r) { onPingAnswer(r, started); });
}

void HostConnection::onPingAnswer(const api::Response &response, qint64 started)
{
    if (m_pingSent != started)
        return; // an answer from before a reconnect
    m_pingSent = -1;
    m_overdueTimer.stop();
    if (response.error) {
        if (response.error->code == clientcode::ConnectionLost)
            return; // the state change says it already
        setState(State::Degraded, tr("The host did not answer its keep-alive: %1")
                                      .arg(response.error->message));
        return;
    }
    m_latencyMs = int(m_clock.elapsed() - started);
    const QJsonObject info = response.result.toObject();
    // While the agent builds its catalog, follow its progress closely; then settle back.
    m_pingTimer.setInterval(info.value("catalogReady"_L1).toBool(true) ? m_intervalMs
                                                                        : std::min(m_intervalMs, 500));
    if (info != m_hostInfo) {
        m_hostInfo = info;
        emit hostInfoChanged(m_hostInfo);
    }
    if (m_latencyMs > m_slowMs)
        setState(State::Degraded, tr("The host answers slowly (%1 s for a keep-alive)")
                                      .arg(m_latencyMs / 1000.0, 0, 'f', 1));
    else
        setState(State::Connected, {});
}

void HostConnection::onPingOverdue()
{
    setState(State::Degraded, tr("No answer from the host for %1 s; the link may be failing")
                                  .arg(m_deadMs / 1000));
}

void HostConnection::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    emit stateChanged(state, reason);
}

} // namespace mailstore::app
