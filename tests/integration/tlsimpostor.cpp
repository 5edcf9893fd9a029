// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsimpostor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace mailstore::test {

namespace {
constexpr char Buffer[] = "impostorBuffer";

QByteArray answerFor(const QByteArray &path, const QByteArray &body)
{
    if (path == "/healthz")
        return "ok\n";
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    QJsonObject result{{u"hostname"_s, u"impostor"_s}};
    if (request.value("method"_L1).toString() == "api.version"_L1)
        result = {{u"version"_s, u"1.2"_s}, {u"major"_s, 1}, {u"minor"_s, 2}, {u"agent"_s, u"impostor"_s}};
    return QJsonDocument(
               QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, request.value("id"_L1)}, {u"result"_s, result}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

TlsImpostor::Identity TlsImpostor::load(const QString &certFile, const QString &keyFile)
{
    Identity id;
    const auto certs = QSslCertificate::fromPath(certFile);
    if (!certs.isEmpty())
        id.certificate = certs.first();
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly))
        id.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    return id;
}

void TlsImpostor::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || identities.isEmpty()) {
        delete socket;
        return;
    }
    const Identity &id = identities.at(qMin(connections, int(identities.size()) - 1));
    ++connections;
    socket->setLocalCertificate(id.certificate);
    socket->setPrivateKey(id.key);
    socket->setProtocol(QSsl::TlsV1_2OrLater);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onData(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

void TlsImpostor::onData(QSslSocket *socket)
{
    const QByteArray chunk = socket->readAll();
    bytesReceived += chunk.size();
    const QByteArray buffer = socket->property(Buffer).toByteArray() + chunk;
    socket->setProperty(Buffer, buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    qsizetype length = 0;
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    const QByteArray body = buffer.mid(headEnd + 4);
    if (body.size() < length)
        return;
    for (const QByteArray &raw : lines.mid(1))
        if (raw.trimmed().toLower().startsWith("authorization:"))
            ++authorizationHeaders;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray path = requestLine.value(1);
    ++requests;
    paths.append(QString::fromLatin1(path));
    if (stopListeningAfterFirstRequest)
        close();
    const QByteArray answer = answerFor(path, body.left(length));
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: " + QByteArray(path == "/healthz" ? "text/plain" : "application/json") +
        "\r\nContent-Length: " + QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
    socket->disconnectFromHost();
}

} // namespace mailstore::test
