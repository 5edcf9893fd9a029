// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentclient.h"

#include "api/methods.h"
#include "transport/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace mailstore::app {

Q_LOGGING_CATEGORY(lcClient, "mailstore.app.client")

namespace {
constexpr int LogMaxLines = 500;

api::Response clientError(qint64 id, int code, const QString &message)
{
    api::Response r;
    r.id = id;
    r.error = api::RpcError{code, message, {}};
    return r;
}

QString shorten(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes.left(160)).simplified();
    if (bytes.size() > 160)
        s += u'…';
    return s;
}
} // namespace

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
    , m_framer(api::MaxFrameBytes)
{
    m_timeoutTimer.setInterval(1000);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &AgentClient::checkTimeouts);
}

AgentClient::~AgentClient()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

void AgentClient::connectTo(TransportFactory factory)
{
    m_factory = std::move(factory);
    reconnect();
}

void AgentClient::reconnect()
{
    if (!m_factory)
        return;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport.reset();
    }
    m_framer = api::LineFramer(api::MaxFrameBytes);
    m_agentVersion.clear();
    m_lossNeedsUser = false;
    m_transport = m_factory();
    connect(m_transport.get(), &Transport::opened, this, &AgentClient::onOpened);
    connect(m_transport.get(), &Transport::received, this, &AgentClient::onReceived);
    connect(m_transport.get(), &Transport::diagnostics, this, &AgentClient::onDiagnostics);
    connect(m_transport.get(), &Transport::closed, this, &AgentClient::onClosed);
    setState(State::Connecting, tr("Starting %1…").arg(m_transport->description()));
    m_timeoutTimer.start();
    m_transport->open();
}

void AgentClient::disconnectFromAgent()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport.reset();
    }
    const bool changed = m_state != State::Disconnected;
    m_state = State::Disconnected; // so fail() does not announce a loss
    m_reason.clear();
    fail(tr("Disconnected."), clientcode::NotConnected);
    if (changed)
        emit stateChanged(m_state, {});
}

QString AgentClient::description() const
{
    return m_transport ? m_transport->description() : QString();
}

qint64 AgentClient::call(const QString &method, const QJsonObject &params, QObject *context,
                         Callback callback)
{
    const qint64 id = m_nextId++;
    Pending p{method, params, context, context != nullptr, std::move(callback), {}};
    p.started.start();
    if (m_state == State::Disconnected || m_state == State::Lost) {
        // Still asynchronous, so callers never re-enter themselves.
        QTimer::singleShot(0, this, [this, id, p = std::move(p)]() mutable {
            const QString why = m_reason.isEmpty() ? tr("Not connected to an agent.") : m_reason;
            deliver(std::move(p), clientError(id, clientcode::NotConnected, why));
        });
        return id;
    }
    m_pending.insert(id, p);
    if (m_state == State::Connected || (m_transport && m_transport->isOpen()))
        send(id, p);
    else
        m_outbox.append(id);
    return id;
}

QString AgentClient::logTail(int lines) const
{
    return m_log.mid(qMax(0, m_log.size() - lines)).join(u'\n');
}

void AgentClient::setState(State state, const QString &reason)
{
    if (m_state == state && m_reason == reason)
        return;
    m_state = state;
    m_reason = reason;
    emit stateChanged(state, reason);
}

void AgentClient::send(qint64 id, const Pending &pending)
{
    m_transport->write(api::encode(api::requestObject(id, pending.method, pending.params)));
}

void AgentClient::onOpened()
{
    for (const qint64 id : std::exchange(m_outbox, {}))
        if (auto it = m_pending.constFind(id); it != m_pending.cend())
            send(id, *it);
    // The handshake proves the other side speaks our protocol before views rely on it.
    call(api::method::ApiVersion, {}, this, [this](const api::Response &r) {
        if (r.error) {
            if (r.error->code >= 0)
                setState(State::Connected, {}); // it answered in JSON-RPC: usable
            return;
        }
        const QJsonObject v = r.result.toObject();
        if (v.value("major"_L1).toInt() != api::ApiMajor) {
            fail(tr("The agent speaks API version %1; this console needs %2.x.")
                     .arg(v.value("version"_L1).toString()).arg(api::ApiMajor),
                 clientcode::ProtocolError);
            return;
        }
        m_agentVersion = v.value("agent"_L1).toString();
        setState(State::Connected, {});
    });
}

void AgentClient::onReceived(const QByteArray &bytes)
{
    m_framer.feed(bytes);
    while (m_state == State::Connecting || m_state == State::Connected) {
        const auto frame = m_framer.next();
        if (!frame)
            break;
        handleFrame(*frame);
    }
}

void AgentClient::handleFrame(const api::Frame &frame)
{
    if (frame.oversize) {
        fail(tr("The agent sent a message larger than %1 MiB.").arg(api::MaxFrameBytes >> 20),
             clientcode::ProtocolError);
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame.data, &err);
    QList<QJsonObject> objects;
    if (doc.isObject()) {
        objects.append(doc.object());
    } else if (doc.isArray()) {
        for (const auto &v : doc.array())
            objects.append(v.toObject());
    }
    if (objects.isEmpty()) {
        fail(tr("The agent sent something that is not a JSON-RPC message: “%1”")
                 .arg(shorten(frame.data)),
             clientcode::ProtocolError);
        return;
    }
    for (const QJsonObject &o : objects) {
        if (o.contains("method"_L1) && !o.contains("id"_L1)) {
            emit notificationReceived(o.value("method"_L1).toString(), o.value("params"_L1));
            continue;
        }
        const auto response = api::decodeResponse(o);
        if (!response) {
            fail(tr("The agent sent something that is not a JSON-RPC response: “%1”")
                     .arg(shorten(frame.data)),
                 clientcode::ProtocolError);
            return;
        }
        handleResponse(*response);
        if (m_state != State::Connecting && m_state != State::Connected)
            return;
    }
}

void AgentClient::handleResponse(const api::Response &response)
{
    if (!response.id.isDouble()) {
        // The agent could not read one of our requests (id null): a bug on one side.
        appendLog(tr("Agent reported an unattributed error: %1")
                      .arg(response.error ? response.error->message : QString()));
        return;
    }
    const qint64 id = response.id.toInteger();
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCDebug(lcClient) << "answer for unknown or timed-out call" << id;
        return;
    }
    Pending p = m_pending.take(id);
    deliver(std::move(p), response);
}

void AgentClient::onDiagnostics(const QByteArray &bytes)
{
    m_logPartial += bytes;
    qsizetype nl;
    while ((nl = m_logPartial.indexOf('\n')) >= 0) {
        appendLog(QString::fromUtf8(m_logPartial.left(nl)));
        m_logPartial.remove(0, nl + 1);
    }
    if (m_logPartial.size() > 64 * 1024) { // a runaway line without newline
        appendLog(QString::fromUtf8(m_logPartial.left(4096)) + u'…');
        m_logPartial.clear();
    }
}

void AgentClient::onClosed(const QString &reason)
{
    if (!m_logPartial.isEmpty())
        appendLog(QString::fromUtf8(std::exchange(m_logPartial, {})));
    m_lossNeedsUser = m_transport && m_transport->failureNeedsUser();
    fail(reason);
}

void AgentClient::fail(const QString &reason, int code)
{
    const bool wasLive = m_state == State::Connecting || m_state == State::Connected;
    if (m_transport && wasLive) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    m_outbox.clear();
    m_timeoutTimer.stop();
    const auto pending = std::exchange(m_pending, {});
    if (wasLive) {
        appendLog(tr("Connection lost: %1").arg(reason));
        setState(State::Lost, reason);
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        deliver(*it, clientError(it.key(), code, reason));
}

void AgentClient::deliver(Pending pending, const api::Response &response)
{
    if (pending.hasContext && !pending.context)
        return; // the view that asked is gone
    if (pending.callback)
        pending.callback(response);
}

void AgentClient::checkTimeouts()
{
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->started.hasExpired(m_callTimeoutMs))
            expired.append(it.key());
    for (const qint64 id : expired) {
        Pending p = m_pending.take(id);
        const QString why = tr("The agent did not answer %1 within %2 s.")
                                .arg(p.method).arg(m_callTimeoutMs / 1000);
        deliver(std::move(p), clientError(id, clientcode::Timeout, why));
    }
}

void AgentClient::appendLog(const QString &line)
{
    m_log.append(line);
    if (m_log.size() > LogMaxLines)
        m_log.remove(0, m_log.size() - LogMaxLines);
    emit logAppended(line);
}

} // namespace mailstore::app
