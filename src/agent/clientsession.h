// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ClientSession: one connection to the daemon (a bridge, the CLI's `daemon stop`, a
// test). Frames lines, decodes JSON-RPC, dispatches, writes answers. Bad frames get an
// error answer and the session goes on. At most MaxInFlight calls run per session;
// further frames wait in the framer, so one greedy client cannot flood the pool.

#include "../api/jsonrpc.h"
#include "../api/lineframer.h"
#include "principal.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

class QLocalSocket;

namespace mailstore::agent {

class Dispatcher;

class ClientSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)
public:
    static constexpr int MaxInFlight = 64;

    // `who` is fixed for the connection: it comes from the peer's credentials.
    ClientSession(QLocalSocket *socket, Dispatcher &dispatcher, Principal who, QObject *parent = nullptr);
    ~ClientSession() override;

    void close();
    // A server-to-client notification (no id), e.g. job.progress.
    void notify(const QString &method, const QJsonObject &params);

Q_SIGNALS:
    void closed();

private:
    struct Batch;
    void onReadyRead();
    void processFrames();
    void handleFrame(const api::Frame &frame);
    void send(const QByteArray &json);

    QLocalSocket *m_socket;
    Dispatcher &m_dispatcher;
    Principal m_who;
    api::LineFramer m_framer;
    int m_inFlight = 0;
};

} // namespace mailstore::agent
