// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnect.h"

#include "api/methods.h"
#include "localagent.h"
#include "transport/httpstransport.h"
#include "transport/sshtransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSslCertificate>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct RemoteText {
    Q_DECLARE_TR_FUNCTIONS(RemoteConnect)
};
constexpr int CheckTimeoutMs = 60'000;

void askAboutHostKey(QWidget *parent, const QPointer<SshTransport> &transport,
                     const QString &keyType, const QString &fingerprint)
{
    auto *box = new QMessageBox(QMessageBox::Question, RemoteText::tr("Unknown host key"),
        RemoteText::tr("The host %1 is not known yet. Its %2 key has the fingerprint\n\n%3\n\n"
                       "Trust it only if this matches the host's own fingerprint (ask its "
                       "administrator, or run ssh-keygen -lf on the host).")
            .arg(transport->target().displayName(), keyType, fingerprint),
        QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(RemoteText::tr("&Trust"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, transport, [transport, box] {
        if (transport)
            transport->acceptHostKey(box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole);
    });
    box->open(); // window-modal, no nested event loop
}

void askAboutCertificate(QWidget *parent, const QPointer<HttpsTransport> &transport,
                         const QString &fingerprint, const QString &subject, const QString &issuer,
                         const QDateTime &expiry)
{
    auto *box = new QMessageBox(QMessageBox::Question, RemoteText::tr("Unknown certificate"),
        RemoteText::tr("The agent at %1 shows a TLS certificate that no trusted authority signed "
                       "and that is not pinned yet.\n\nSHA-256 fingerprint: %2\nSubject: %3\n"
                       "Issuer: %4\nValid until: %5\n\nTrust it only if this matches the "
                       "fingerprint the host's administrator gives you (on the host: openssl x509 "
                       "-in CERT -outform der | openssl dgst -sha256 -binary | base64). It will be "
                       "pinned: any other certificate from this host is refused from then on.")
            .arg(transport->target().displayName(), fingerprint, subject, issuer,
                 QLocale().toString(expiry, QLocale::LongFormat)),
        QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(RemoteText::tr("&Trust"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, transport, [transport, box] {
        if (transport)
            transport->acceptCertificate(box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole);
    });
    // A question about a link that is gone answers nothing.
    QObject::connect(transport, &QObject::destroyed, box, &QWidget::close);
    box->open(); // window-modal, no nested event loop
}
} // namespace

int exitCodeFor(SshFailure failure)
{
    switch (failure) {
    case SshFailure::None:
        return checkexit::Connection; // local transport or agent trouble
    case SshFailure::HostKeyUnknown:
    case SshFailure::HostKeyRefused:
        return checkexit::HostKey;
    case SshFailure::AuthFailed:
        return checkexit::Auth;
    case SshFailure::Connection:
    case SshFailure::RemoteCommand:
        return checkexit::Connection;
    }
    return checkexit::Connection;
}

int exitCodeFor(HttpsFailure failure)
{
    switch (failure) {
    case HttpsFailure::CertificateUnknown:
    case HttpsFailure::CertificateChanged:
    case HttpsFailure::PinsUnreadable:
        return checkexit::HostKey;
    case HttpsFailure::AuthFailed:
        return checkexit::Auth;
    case HttpsFailure::None:
    case HttpsFailure::Connection:
        return checkexit::Connection;
    }
    return checkexit::Connection;
}

std::expected<SshTarget, QString> sshTargetFromOptions(const AppOptions &options)
{
    auto target = parseSshUrl(options.sshUrl);
    if (!target)
        return target;
    target->identityFile = options.identityFile;
    if (!options.knownHostsFile.isEmpty())
        target->knownHostsFile = options.knownHostsFile;
    target->acceptFingerprint = options.acceptFingerprint;
    if (!options.remoteCommand.isEmpty())
        target->remoteCommand = options.remoteCommand;
    if (!options.passwordFile.isEmpty()) {
        QFile file(options.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(RemoteText::tr("Cannot read the password file %1: %2")
                                       .arg(options.passwordFile, file.errorString()));
        // Only the first line, without its line end: the usual format of secret files.
        target->password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    }
    return target;
}

AgentClient::TransportFactory sshTransportFactory(SshTarget target, QWidget *promptParent)
{
    target.interactiveHostKey = promptParent != nullptr && target.acceptFingerprint.isEmpty();
    QPointer<QWidget> parent = promptParent;
    return [target, parent]() -> std::unique_ptr<Transport> {
        auto transport = std::make_unique<SshTransport>(target);
        if (target.interactiveHostKey) {
            QPointer<SshTransport> weak = transport.get();
            QObject::connect(transport.get(), &SshTransport::hostKeyUnknown, transport.get(),
                             [parent, weak](const QString &keyType, const QString &fingerprint) {
                askAboutHostKey(parent, weak, keyType, fingerprint);
            });
        }
        return transport;
    };
}

std::expected<HttpsTarget, QString> httpsTargetFromOptions(const AppOptions &options)
{
    auto target = parseHttpsUrl(options.httpsUrl);
    if (!target)
        return target;
    if (!options.certPinsFile.isEmpty())
        target->pinFile = options.certPinsFile;
    target->acceptFingerprint = options.acceptFingerprint;
    if (!options.caFile.isEmpty()) {
        if (target->plainHttp)
            return std::unexpected(RemoteText::tr("--ca-file needs an https:// address."));
        if (QSslCertificate::fromPath(options.caFile).isEmpty())
            return std::unexpected(RemoteText::tr("The CA file %1 holds no PEM certificate (or "
                                                  "cannot be read).").arg(options.caFile));
        target->caFile = options.caFile;
    }
    if (!options.tokenFile.isEmpty()) {
        auto token = readTokenFile(options.tokenFile);
        if (!token)
            return std::unexpected(token.error());
        target->token = std::move(*token);
    }
    return target;
}

bool askForToken(HttpsTarget &target, QWidget *parent)
{
    QString hint;
    for (;;) {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, RemoteText::tr("API token"),
            hint + RemoteText::tr("API token for the agent at %1 (made on the host with "
                                  "mailstore-agent token add):").arg(target.displayName()),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        const QByteArray token = text.trimmed().toLatin1();
        if (isUsableToken(token) && text.trimmed() == QString::fromLatin1(token)) {
            target.token = token;
            return true;
        }
        hint = RemoteText::tr("That is not a token (one word of printable characters).") + u'\n';
    }
}

AgentClient::TransportFactory httpsTransportFactory(HttpsTarget target, QWidget *promptParent)
{
    target.interactive = promptParent != nullptr && target.acceptFingerprint.isEmpty();
    QPointer<QWidget> parent = promptParent;
    return [target, parent]() -> std::unique_ptr<Transport> {
        auto transport = std::make_unique<HttpsTransport>(target);
        if (target.interactive) {
            QPointer<HttpsTransport> weak = transport.get();
            QObject::connect(transport.get(), &HttpsTransport::certificateUnknown, transport.get(),
                             [parent, weak](const QString &fingerprint, const QString &subject,
                                            const QString &issuer, const QDateTime &expiry) {
                askAboutCertificate(parent, weak, fingerprint, subject, issuer, expiry);
            });
        }
        return transport;
    };
}

int runCheckConnection(const AppOptions &options)
{
    AgentClient client;
    client.setCallTimeout(CheckTimeoutMs);
    // Set from the transport's failure when the link ends, before AgentClient fails the call.
    auto failureCode = std::make_shared<int>(checkexit::Connection);
    if (!options.sshUrl.isEmpty()) {
        auto target = sshTargetFromOptions(options);
        if (!target) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(target.error()));
            return checkexit::Usage;
        }
        auto make = sshTransportFactory(*target);
        client.connectTo([make, failureCode]() {
            auto transport = make();
            auto *ssh = static_cast<SshTransport *>(transport.get());
            // Connected before AgentClient's own handler, so the kind is known first.
            QObject::connect(ssh, &Transport::closed, ssh,
                             [ssh, failureCode] { *failureCode = exitCodeFor(ssh->failure()); });
            return transport;
        });
    } else if (!options.httpsUrl.isEmpty()) {
        auto target = httpsTargetFromOptions(options);
        if (!target) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(target.error()));
            return checkexit::Usage;
        }
        auto make = httpsTransportFactory(std::move(*target));
        client.connectTo([make, failureCode]() {
            auto transport = make();
            auto *https = static_cast<HttpsTransport *>(transport.get());
            QObject::connect(https, &Transport::closed, https,
                             [https, failureCode] { *failureCode = exitCodeFor(https->failure()); });
            return transport;
        });
    } else {
        client.connectTo(localTransportFactory(
            LocalStore{options.localRoot, options.layout, options.agentExtraArgs()}));
    }
    QEventLoop loop;
    int code = checkexit::Connection;
    client.call(api::method::HostInfo, {}, &client, [&](const api::Response &r) {
        if (r.error) {
            code = *failureCode;
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(r.error->message));
        } else {
            code = checkexit::Ok;
            std::fprintf(stdout, "%s\n",
                         QJsonDocument(r.result.toObject()).toJson(QJsonDocument::Compact).constData());
        }
        loop.quit();
    });
    loop.exec();
    std::fflush(stdout);
    return code;
}

} // namespace mailstore::app
