// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpsTransport: an agent's HTTPS listener (`daemon --listen`), spoken to with one
// POST /v1/rpc per JSON-RPC frame and the bearer token. Each answer body is handed on
// as one line, so AgentClient frames it like any other link. The agent cannot push
// notifications over request/response, so pushesNotifications() is false.
//
// Trust (R24): a pinned host must show exactly its pinned leaf certificate; otherwise
// the system CAs plus the target's CA file decide. The check runs on every new TLS
// connection, in the handshake signals, before that connection carries any request;
// a refused connection is aborted there, so the token never reaches an impostor.
// open() first GETs /healthz without the token to settle trust, then emits opened().
// An unknown certificate is asked about (certificateUnknown, interactive targets, while
// opening only) or accepted by fingerprint; either way it is then pinned.

#include "httpstarget.h"
#include "transport.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

namespace mailstore::app {

class HttpsTransport final : public Transport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsTransport)
public:
    // Requests on the wire at once; further frames wait in this object, so close() can
    // drop them and one console never occupies all of the agent's worker threads.
    static constexpr int MaxInFlight = 4;

    explicit HttpsTransport(HttpsTarget target, QObject *parent = nullptr);
    ~HttpsTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray &frame) override;
    bool isOpen() const override;
    QString description() const override;
    bool pushesNotifications() const override { return false; }

    // Answer to certificateUnknown(); until then nothing is sent. Trusting pins it.
    void acceptCertificate(bool trust);
    // Why the last link ended (None while opening or open); kept after close().
    HttpsFailure failure() const { return m_failure; }
    bool failureNeedsUser() const override
    {
        return m_failure != HttpsFailure::None && m_failure != HttpsFailure::Connection;
    }
    const HttpsTarget &target() const { return m_target; }
    int requestsInFlight() const { return int(m_inFlight.size()); }
    int requestsQueued() const { return int(m_queue.size()); }

signals:
    // Only for interactive targets, while opening, for a certificate that no trusted CA
    // signed and that is not pinned. fingerprint is "SHA256:…".
    void certificateUnknown(const QString &fingerprint, const QString &subject, const QString &issuer,
                            const QDateTime &expiry);

private:
    enum class Verdict { Trusted, Unknown, Changed };

    bool prepareTls();
    QNetworkRequest request(const QString &path, int timeoutMs) const;
    void sendHealthCheck();
    void postFrame(const QByteArray &frame);
    void pump();
    void watchTls(QNetworkReply *reply);
    Verdict judge(const QSslCertificate &leaf, bool caTrusted);
    void refuse(Verdict verdict, const QSslCertificate &leaf, const QString &why, bool opening);
    void adopt(const QString &fingerprint);
    void onHealthFinished(QNetworkReply *reply);
    void onFrameFinished(QNetworkReply *reply);
    void fail(HttpsFailure kind, const QString &reason);
    void abortAll(bool now);

    HttpsTarget m_target;
    QNetworkAccessManager *m_nam = nullptr; // fresh after a failure: no pooled connections
    QSslConfiguration m_ssl;
    QString m_pin; // the pinned fingerprint (from the file, or just accepted)
    QPointer<QNetworkReply> m_health;
    QHash<QNetworkReply *, QByteArray> m_inFlight; // reply -> the frame it carries
    QList<QByteArray> m_queue;
    QSslCertificate m_asked; // waiting for acceptCertificate()
    HttpsFailure m_failure = HttpsFailure::None;
    quint64 m_epoch = 0; // bumped by open/close/fail: stale queued signals are dropped
    bool m_open = false;
};

} // namespace mailstore::app
