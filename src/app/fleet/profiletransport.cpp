// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletransport.h"

#include "localagent.h"
#include "remoteconnect.h"
#include "transport/httpstarget.h"
#include "transport/sshprompter.h"
#include "transport/sshtarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct TransportText {
    Q_DECLARE_TR_FUNCTIONS(ProfileTransport)
};
} // namespace

std::expected<AgentClient::TransportFactory, QString>
transportForProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                    QWidget *promptParent, const SshPrompter *prompter)
{
    if (QString error = profile.validateLink(); !error.isEmpty())
        return std::unexpected(error);
    switch (profile.kind()) {
    case ConnectionProfile::Kind::Local:
        return localTransportFactory(LocalStore{profile.address(), {}, {}});
    case ConnectionProfile::Kind::Ssh: {
        auto target = parseSshUrl(profile.url);
        if (!target)
            return std::unexpected(target.error());
        target->identityFile = profile.identityFile;
        if (!profile.remoteCommand.isEmpty())
            target->remoteCommand = profile.remoteCommand;
        target->password = secrets.password;
        if (prompter)
            prompter->attachTo(*target);
        if (!secrets.passphrase.isEmpty()) {
            // The remembered passphrase first; when the key refuses it, the prompter asks.
            SshSecretCallback ask = target->passphrase;
            target->passphrase = [stored = secrets.passphrase, ask](const SshSecretRequest &request,
                                                                    std::stop_token stop) -> std::optional<QString> {
                if (request.attempt == 1)
                    return stored;
                return ask ? ask(request, stop) : std::nullopt;
            };
        }
        return sshTransportFactory(*target, promptParent);
    }
    case ConnectionProfile::Kind::Https: {
        auto target = parseHttpsUrl(profile.url);
        if (!target)
            return std::unexpected(target.error());
        target->token = secrets.token.toUtf8();
        target->caFile = profile.caFile;
        return httpsTransportFactory(*target, promptParent);
    }
    case ConnectionProfile::Kind::Unknown:
        break;
    }
    return std::unexpected(TransportText::tr("%1: this kind of address is not supported").arg(profile.url));
}

} // namespace mailstore::app
