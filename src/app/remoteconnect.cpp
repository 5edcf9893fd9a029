// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnect.h"

#include "api/methods.h"
#include "localagent.h"
#include "transport/sshtransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>

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

int runCheckConnection(const AppOptions &options)
{
    AgentClient client;
    client.setCallTimeout(CheckTimeoutMs);
    auto failure = std::make_shared<SshFailure>(SshFailure::None);
    if (!options.sshUrl.isEmpty()) {
        auto target = sshTargetFromOptions(options);
        if (!target) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(target.error()));
            return checkexit::Usage;
        }
        auto make = sshTransportFactory(*target);
        client.connectTo([make, failure]() {
            auto transport = make();
            auto *ssh = static_cast<SshTransport *>(transport.get());
            // Connected before AgentClient's own handler, so the kind is known first.
            QObject::connect(ssh, &Transport::closed, ssh, [ssh, failure] { *failure = ssh->failure(); });
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
            code = exitCodeFor(*failure);
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
