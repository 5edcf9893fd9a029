// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpstransport.h"

#include "certpins.h"
#include "httpsanswer.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// The agent ends any call at 300 s with 504; a little more, so that answer arrives.
constexpr int FrameTimeoutMs = 310'000;

QSslCertificate leafOf(const QNetworkReply *reply, const QList<QSslError> &errors = {})
{
    QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors)
        if (leaf.isNull())
            leaf = e.certificate();
    return leaf;
}

QString errorsText(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        parts.append(e.errorString());
    parts.removeDuplicates();
    return parts.join("; "_L1);
}
} // namespace

HttpsTransport::HttpsTransport(HttpsTarget target, QObject *parent) : Transport(parent), m_target(std::move(target))
{
}

HttpsTransport::~HttpsTransport()
{
    close();
}

void HttpsTransport::open()
{
    close();
    m_failure = HttpsFailure::None;
    if (!m_target.plainHttp && !prepareTls())
        return;
    sendHealthCheck();
}

bool HttpsTransport::prepareTls()
{
    const auto pinned = CertPins(m_target.pinFile).find(m_target.displayName());
    if (!pinned) {
        fail(HttpsFailure::PinsUnreadable,
             tr("%1 Without it the console cannot tell whether %2 is pinned, so it does not "
                "connect.")
                 .arg(pinned.error(), m_target.displayName()));
        return false;
    }
    m_pin = pinned->value_or(QString());
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_target.caFile.isEmpty()) {
        const auto ca =
            QSslCertificate::fromPath(m_target.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (ca.isEmpty()) {
            fail(HttpsFailure::Connection, tr("The CA file %1 holds no PEM certificate.").arg(m_target.caFile));
            return false;
        }
        // Added to the system CAs, not instead of them (setting a list turns off Qt's
        // on-demand loading of the system store, so the system list is named here).
        m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + ca);
    }
    return true;
}

QNetworkRequest HttpsTransport::request(const QString &path, int timeoutMs) const
{
    QNetworkRequest r(m_target.url(path));
    if (!m_target.plainHttp)
        r.setSslConfiguration(m_ssl);
    // The agent speaks HTTP/1.1; no ALPN dance, and a redirect must never carry the
    // token to another place.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setTransferTimeout(timeoutMs);
    return r;
}

void HttpsTransport::sendHealthCheck()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_nam->get(request(u"/healthz"_s, m_target.connectTimeoutSec * 1000));
    m_health = reply;
    watchTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onHealthFinished(reply); });
}

void HttpsTransport::write(const QByteArray &frame)
{
    m_queue.append(frame);
    pump();
}

void HttpsTransport::pump()
{
    while (m_open && m_inFlight.size() < MaxInFlight && !m_queue.isEmpty())
        postFrame(m_queue.takeFirst());
}

void HttpsTransport::postFrame(const QByteArray &frame)
{
    QNetworkRequest r = request(u"/v1/rpc"_s, FrameTimeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    r.setRawHeader("Authorization", "Bearer " + m_target.token);
    QNetworkReply *reply = m_nam->post(r, frame);
    m_inFlight.insert(reply, frame);
    // Connected before the event loop runs again, so before any handshake signal.
    watchTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFrameFinished(reply); });
}

void HttpsTransport::watchTls(QNetworkReply *reply)
{
    if (m_target.plainHttp)
        return;
    // Both signals reach us while Qt's HTTP thread waits (blocking queued), before the
    // request goes out on that connection; abort() here means nothing is sent on it.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate leaf = leafOf(reply, errors);
        const Verdict verdict = judge(leaf, false);
        if (verdict == Verdict::Trusted)
            reply->ignoreSslErrors(errors); // exactly these, for this pinned/accepted leaf
        else
            refuse(verdict, leaf, errorsText(errors), reply == m_health);
    });
    // A certificate a CA vouches for still has to be the pinned one.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        const QSslCertificate leaf = leafOf(reply);
        const Verdict verdict = judge(leaf, true);
        if (verdict != Verdict::Trusted)
            refuse(verdict, leaf, {}, reply == m_health);
    });
}

HttpsTransport::Verdict HttpsTransport::judge(const QSslCertificate &leaf, bool caTrusted)
{
    const QString fingerprint = certificateFingerprint(leaf);
    if (fingerprint.isEmpty())
        return Verdict::Unknown;
    if (!m_pin.isEmpty())
        return fingerprint == m_pin ? Verdict::Trusted : Verdict::Changed;
    if (caTrusted)
        return Verdict::Trusted;
    if (!m_target.acceptFingerprint.isEmpty() && fingerprint == m_target.acceptFingerprint) {
        adopt(fingerprint);
        return Verdict::Trusted;
    }
    return Verdict::Unknown;
}

void HttpsTransport::adopt(const QString &fingerprint)
{
    // Trusted from now on in this session even if the file cannot be written.
    m_pin = fingerprint;
    const auto pinned = CertPins(m_target.pinFile).pin(m_target.displayName(), fingerprint);
    if (!pinned)
        emit diagnostics((pinned.error() + u'\n').toUtf8());
}

void HttpsTransport::refuse(Verdict verdict, const QSslCertificate &leaf, const QString &why, bool opening)
{
    const QString fingerprint = certificateFingerprint(leaf);
    const QString host = m_target.displayName();
    if (verdict == Verdict::Changed) {
        fail(HttpsFailure::CertificateChanged,
             tr("The TLS certificate of %1 has CHANGED: pinned is %2, the host now shows %3. "
                "Someone may be intercepting the connection, or the host got a new certificate. "
                "The API token was not sent. If the host's administrator confirms the new "
                "fingerprint, remove the line for %1 from %4 and connect again.")
                 .arg(host, m_pin, fingerprint, m_target.pinFile));
        return;
    }
    if (opening && m_target.interactive && !leaf.isNull()) {
        abortAll(true);
        m_asked = leaf;
        const quint64 epoch = m_epoch;
        // Queued: we are inside the handshake callback, and the question waits for a person.
        QMetaObject::invokeMethod(
            this,
            [this, epoch, leaf] {
                if (epoch == m_epoch && m_asked == leaf)
                    emit certificateUnknown(certificateFingerprint(leaf), leaf.subjectDisplayName(),
                                            leaf.issuerDisplayName(), leaf.expiryDate());
            },
            Qt::QueuedConnection);
        return;
    }
    fail(HttpsFailure::CertificateUnknown,
         tr("The TLS certificate of %1 is not trusted (%2) and not pinned. Its fingerprint is %3 "
            "(subject %4, issued by %5, valid until %6). The API token was not sent. If the "
            "host's administrator confirms this fingerprint, connect again with "
            "--accept-fingerprint %3; if a private CA signed it, give that CA with --ca-file.")
             .arg(host, why.isEmpty() ? tr("no trusted CA signed it") : why, fingerprint, leaf.subjectDisplayName(),
                  leaf.issuerDisplayName(), QLocale().toString(leaf.expiryDate(), QLocale::ShortFormat)));
}

void HttpsTransport::acceptCertificate(bool trust)
{
    if (m_asked.isNull())
        return;
    const QSslCertificate leaf = std::exchange(m_asked, QSslCertificate());
    if (!trust) {
        fail(HttpsFailure::CertificateUnknown,
             tr("The TLS certificate of %1 (%2) was not trusted. The API token was not sent.")
                 .arg(m_target.displayName(), certificateFingerprint(leaf)));
        return;
    }
    adopt(certificateFingerprint(leaf));
    sendHealthCheck();
}

void HttpsTransport::onHealthFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_health.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        m_open = true;
        const QPointer<HttpsTransport> self(this);
        emit opened();
        if (self)
            pump();
        return;
    }
    if (status > 0)
        fail(HttpsFailure::Connection, tr("%1 answered HTTP %2 to /healthz; it does not look like a mailstore agent "
                                          "(check the port).")
                                           .arg(m_target.displayName())
                                           .arg(status));
    else
        fail(HttpsFailure::Connection,
             tr("Cannot reach the agent at %1: %2").arg(m_target.displayName(), reply->errorString()));
}

void HttpsTransport::onFrameFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QByteArray frame = m_inFlight.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(HttpsFailure::Connection,
             tr("The connection to the agent at %1 was lost: %2").arg(m_target.displayName(), reply->errorString()));
        return;
    }
    if (status == 401) {
        fail(HttpsFailure::AuthFailed,
             tr("The agent at %1 refused the API token (HTTP 401): it is unknown, revoked or "
                "mistyped. The host's administrator makes one with: mailstore-agent token add "
                "--tokens FILE --role admin|support")
                 .arg(m_target.displayName()));
        return;
    }
    if (status == 503) {
        fail(HttpsFailure::Connection, tr("The agent at %1 is stopping.").arg(m_target.displayName()));
        return;
    }
    const QByteArray line = rpcLineForHttpAnswer(status, frame, reply->readAll());
    const QPointer<HttpsTransport> self(this);
    if (!line.isEmpty())
        emit received(line);
    if (self)
        pump();
}

void HttpsTransport::fail(HttpsFailure kind, const QString &reason)
{
    abortAll(kind == HttpsFailure::CertificateChanged || kind == HttpsFailure::CertificateUnknown);
    m_queue.clear();
    m_open = false;
    m_asked = QSslCertificate();
    m_failure = kind;
    // A fresh manager next time: no pooled connection survives a refused or lost link.
    if (m_nam) {
        m_nam->deleteLater();
        m_nam = nullptr;
    }
    const quint64 epoch = ++m_epoch;
    // Queued, so a handler that deletes this transport never runs inside our own code
    // (or inside Qt's handshake callback).
    QMetaObject::invokeMethod(
        this,
        [this, epoch, reason] {
            if (epoch == m_epoch)
                emit closed(reason);
        },
        Qt::QueuedConnection);
}

void HttpsTransport::abortAll(bool now)
{
    QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    if (m_health)
        replies.append(m_health);
    m_health.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this); // abort() finishes the reply at once; we are not listening
        // Deleting a reply cancels its request too, but only once the event loop runs;
        // a refused certificate must stop the others before Qt's HTTP thread goes on.
        // (Otherwise not: aborting a reply whose error is already on its way makes Qt
        // warn about a second error.)
        if (now)
            reply->abort();
        reply->deleteLater();
    }
}

void HttpsTransport::close()
{
    abortAll(true);
    m_queue.clear();
    m_open = false;
    m_asked = QSslCertificate();
    ++m_epoch;
}

bool HttpsTransport::isOpen() const
{
    return m_open;
}

QString HttpsTransport::description() const
{
    return m_target.plainHttp ? tr("HTTP agent at %1").arg(m_target.displayName())
                              : tr("HTTPS agent at %1").arg(m_target.displayName());
}

} // namespace mailstore::app
