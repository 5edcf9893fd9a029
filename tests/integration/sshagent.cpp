// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshagent.h"

#include <QDeadlineTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mailstore::test {

SshAgent::SshAgent() = default;

SshAgent::~SshAgent()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SshAgent::start()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    // -D: stays in the foreground as our child; it prints SSH_AUTH_SOCK=… once listening.
    m_process.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket()});
    if (!m_process.waitForStarted(5000)) {
        m_error = u"ssh-agent did not start (openssh-client installed?): "_s + m_process.errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(10'000);
    while (!out.contains("SSH_AUTH_SOCK=") && !deadline.hasExpired()
           && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(deadline.remainingTime()));
        out += m_process.readAllStandardOutput();
    }
    if (!out.contains("SSH_AUTH_SOCK=") || !QFileInfo::exists(socket())) {
        m_error = u"ssh-agent did not come up: "_s + QString::fromLocal8Bit(out + m_process.readAllStandardError());
        return false;
    }
    return true;
}

bool SshAgent::add(const QString &keyFile)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SSH_AUTH_SOCK"_s, socket());
    env.remove(u"SSH_ASKPASS"_s);
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(u"ssh-add"_s, {keyFile});
    p.closeWriteChannel();
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"ssh-add %1 failed: %2"_s.arg(keyFile, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace mailstore::test
