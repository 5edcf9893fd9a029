// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletransport.h"

#include "localagent.h"
#include "remoteconnect.h"
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
                    QWidget *promptParent)
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
        return sshTransportFactory(*target, promptParent);
    }
    case ConnectionProfile::Kind::Https:
        break;
    case ConnectionProfile::Kind::Unknown:
        break;
    }
    return std::unexpected(TransportText::tr("%1: this kind of address is not supported").arg(profile.url));
}

} // namespace mailstore::app
