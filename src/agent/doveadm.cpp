// SPDX-License-Identifier: GPL-3.0-or-later
#include "doveadm.h"

#include <QProcess>
#include <QStandardPaths>

namespace mailstore::agent {

Doveadm::Doveadm(QString configFile)
    : m_program(QStandardPaths::findExecutable(QStringLiteral("doveadm")))
    , m_config(std::move(configFile))
{
}

QString Doveadm::Outcome::summary() const
{
    if (!ran)
        return QStringLiteral("doveadm not run");
    return exitCode == 0 ? QStringLiteral("ok") : QStringLiteral("exit %1: %2").arg(exitCode).arg(output);
}

Doveadm::Outcome Doveadm::kick(const QString &user) const
{
    return run({QStringLiteral("kick"), user});
}

Doveadm::Outcome Doveadm::forceResync(const QString &user, const QString &mailboxMask) const
{
    return run({QStringLiteral("force-resync"), QStringLiteral("-u"), user, mailboxMask});
}

Doveadm::Outcome Doveadm::run(const QStringList &args) const
{
    Outcome out;
    if (m_program.isEmpty())
        return out;
    QStringList full;
    if (!m_config.isEmpty())
        full << QStringLiteral("-c") << m_config;
    full << args;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_program, full);
    if (!p.waitForStarted(10000))
        return out;
    out.ran = true;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(5000);
        out.output = QStringLiteral("timed out");
        return out;
    }
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    out.output = QString::fromUtf8(p.readAll()).trimmed().left(2000);
    return out;
}

} // namespace mailstore::agent
