// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AgentClient: JSON-RPC 2.0 client of one agent over any Transport.
// Calls are asynchronous: call() returns at once and the callback runs later on the
// GUI thread, unless the context object died first. Responses are matched by id.
// When the link ends or the agent sends something that is not a JSON-RPC response,
// every pending call fails with a client error code (clientcode::…) and the state
// becomes Lost with a reason for people. (The agent holds calls back while its catalog
// warms up, so there is nothing to retry here.)

#include "api/jsonrpc.h"
#include "api/lineframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace mailstore::app {

class Transport;

// Client-side failures, kept apart from the codes the agent sends.
namespace clientcode {
inline constexpr int ConnectionLost = -1;  // the link ended before the answer came
inline constexpr int ProtocolError = -2;   // the agent sent something that is not JSON-RPC
inline constexpr int Timeout = -3;         // no answer in time
inline constexpr int NotConnected = -4;    // called while disconnected
} // namespace clientcode

class AgentClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentClient)
public:
    enum class State { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    using Callback = std::function<void(const api::Response &)>;
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;

    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    // Opens a link made by factory; reconnect() makes a fresh one the same way.
    void connectTo(TransportFactory factory);
    void reconnect();
    void disconnectFromAgent();

    // Returns the request id. The callback runs once, always asynchronously.
    qint64 call(const QString &method, const QJsonObject &params, QObject *context,
                Callback callback);
    qint64 call(QLatin1StringView method, const QJsonObject &params, QObject *context,
                Callback callback)
    {
        return call(QString(method), params, context, std::move(callback));
    }

    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QString agentVersion() const { return m_agentVersion; }
    QString description() const;
    Transport *transport() const { return m_transport.get(); }
    int pendingCount() const { return int(m_pending.size()); }

    // Agent stderr, newest last, bounded.
    QStringList log() const { return m_log; }
    QString logTail(int lines) const;

    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    // After Lost: the transport said only a person can fix it (see Transport).
    bool lossNeedsUser() const { return m_lossNeedsUser; }

signals:
    void stateChanged(mailstore::app::AgentClient::State state, const QString &reason);
    void logAppended(const QString &line);
    void notificationReceived(const QString &method, const QJsonValue &params);

private:
    struct Pending {
        QString method;
        QJsonObject params;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QElapsedTimer started;
    };

    void setState(State state, const QString &reason);
    void send(qint64 id, const Pending &pending);
    void onOpened();
    void onReceived(const QByteArray &bytes);
    void onDiagnostics(const QByteArray &bytes);
    void onClosed(const QString &reason);
    void handleFrame(const api::Frame &frame);
    void handleResponse(const api::Response &response);
    void fail(const QString &reason, int code = clientcode::ConnectionLost);
    void deliver(Pending pending, const api::Response &response);
    void checkTimeouts();
    void appendLog(const QString &line);

    TransportFactory m_factory;
    std::unique_ptr<Transport> m_transport;
    api::LineFramer m_framer;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_outbox; // ids waiting for the link to open
    qint64 m_nextId = 1;
    State m_state = State::Disconnected;
    QString m_reason;
    QString m_agentVersion;
    QStringList m_log;
    QByteArray m_logPartial;
    QTimer m_timeoutTimer;
    int m_callTimeoutMs = 120'000;
    bool m_lossNeedsUser = false;
};

} // namespace mailstore::app
