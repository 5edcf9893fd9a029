// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsession.h"

#include "../api/methods.h"
#include "dispatcher.h"

#include <QLocalSocket>
#include <QPointer>

namespace mailstore::agent {

// Collects the answers of one batch frame; sends them as one array when all are in.
struct ClientSession::Batch {
    QJsonArray answers;
    int outstanding = 0;
};

ClientSession::ClientSession(QLocalSocket *socket, Dispatcher &dispatcher, Principal who, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_dispatcher(dispatcher)
    , m_who(std::move(who))
    , m_framer(api::MaxFrameBytes)
{
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &ClientSession::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &ClientSession::closed);
}

ClientSession::~ClientSession() = default;

void ClientSession::close()
{
    m_socket->flush();
    m_socket->disconnectFromServer();
}

void ClientSession::notify(const QString &method, const QJsonObject &params)
{
    send(api::encode(api::requestObject(QJsonValue(QJsonValue::Undefined), method, params)));
}

void ClientSession::onReadyRead()
{
    m_framer.feed(m_socket->readAll());
    processFrames();
}

void ClientSession::processFrames()
{
    while (m_inFlight < MaxInFlight) {
        auto frame = m_framer.next();
        if (!frame)
            return;
        handleFrame(*frame);
    }
}

void ClientSession::send(const QByteArray &json)
{
    if (m_socket->state() != QLocalSocket::ConnectedState)
        return;
    m_socket->write(json);
    m_socket->write("\n", 1);
}

void ClientSession::handleFrame(const api::Frame &frame)
{
    if (frame.oversize) {
        send(api::encode(api::errorObject(
            QJsonValue::Null,
            api::RpcError{api::rpccode::InvalidRequest,
                          QStringLiteral("frame too large (limit %1 bytes)").arg(api::MaxFrameBytes),
                          QJsonValue(QJsonValue::Undefined)})));
        return;
    }
    const api::DecodedFrame decoded = api::decodeRequestFrame(frame.data);
    auto batch = decoded.batch ? std::make_shared<Batch>() : nullptr;
    QPointer<ClientSession> self(this);

    auto answer = [this, self, batch](QJsonObject object) {
        if (!self)
            return; // the client went away while its call ran
        if (!batch) {
            send(api::encode(object));
            return;
        }
        batch->answers.append(object);
        if (--batch->outstanding == 0)
            send(api::encode(batch->answers));
    };

    // Only entries that get an answer count: notifications never do, and a batch made
    // only of notifications gets no answer at all.
    if (batch) {
        for (const auto &entry : decoded.entries) {
            const auto *request = std::get_if<api::Request>(&entry);
            if (!request || !request->isNotification())
                ++batch->outstanding;
        }
    }
    for (const auto &entry : decoded.entries) {
        if (const auto *bad = std::get_if<api::InvalidEntry>(&entry)) {
            answer(api::errorObject(bad->id, bad->error));
            continue;
        }
        const auto &request = std::get<api::Request>(entry);
        const bool notification = request.isNotification();
        const QJsonValue id = request.id;
        ++m_inFlight;
        m_dispatcher.dispatch(request, m_who, [this, self, answer, notification, id](const Reply &reply) {
            if (!self)
                return;
            --m_inFlight;
            if (!notification)
                answer(reply ? api::resultObject(id, *reply) : api::errorObject(id, reply.error()));
            processFrames();
        });
    }
}

} // namespace mailstore::agent
