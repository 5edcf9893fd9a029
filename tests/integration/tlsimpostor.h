// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TlsImpostor: a TLS server on 127.0.0.1 that pretends to be an agent's HTTPS listener
// (GET /healthz answers "ok", POST /v1/rpc answers api.version and anything else with a
// result) and counts what reaches it: connections, completed handshakes, requests,
// decrypted bytes and Authorization headers. Tests use it to prove that the console
// sends nothing, least of all its token, to a server whose certificate it refused.
// One request per connection ("Connection: close"), so every request needs a new TLS
// handshake, the place where the console checks the certificate.

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

namespace mailstore::test {

class TlsImpostor final : public QTcpServer {
public:
    struct Identity {
        QSslCertificate certificate;
        QSslKey key;
    };
    // Loads a PEM certificate and its PEM EC key; null members when unreadable.
    static Identity load(const QString &certFile, const QString &keyFile);

    // Connection n (from 0) shows identities[min(n, size - 1)].
    QList<Identity> identities;
    // Stop listening once the first request came: later connections are refused.
    bool stopListeningAfterFirstRequest = false;

    int connections = 0;
    int handshakes = 0;
    int requests = 0;
    int authorizationHeaders = 0;
    qint64 bytesReceived = 0;
    QStringList paths;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onData(QSslSocket *socket);
};

} // namespace mailstore::test
