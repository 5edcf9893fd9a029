// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct SshTargetText {
    Q_DECLARE_TR_FUNCTIONS(SshTarget)
};
} // namespace

QString SshTarget::displayName() const
{
    return u"%1@%2:%3"_s.arg(user, host).arg(port);
}

QString defaultConsoleKnownHosts()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/known_hosts"_L1;
}

std::expected<SshTarget, QString> parseSshUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != "ssh"_L1 || u.host().isEmpty())
        return std::unexpected(SshTargetText::tr("Not an SSH address: \"%1\" (expected "
                                                 "ssh://user@host[:port]).").arg(url));
    if (!u.path().isEmpty() || u.hasQuery() || u.hasFragment() || !u.password().isEmpty())
        return std::unexpected(SshTargetText::tr("An SSH address has no path, query or "
                                                 "password: \"%1\".").arg(url));
    SshTarget t;
    t.host = u.host();
    t.port = u.port(22);
    if (t.port < 1 || t.port > 65535)
        return std::unexpected(SshTargetText::tr("Invalid port in \"%1\".").arg(url));
    t.user = u.userName();
    if (t.user.isEmpty())
        t.user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (t.user.isEmpty())
        return std::unexpected(SshTargetText::tr("No user name in \"%1\".").arg(url));
    t.knownHostsFile = defaultConsoleKnownHosts();
    t.userKnownHostsFile = QDir::homePath() + "/.ssh/known_hosts"_L1;
    return t;
}

} // namespace mailstore::app
