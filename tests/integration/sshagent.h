// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshAgent: a private OpenSSH ssh-agent on a socket in a temp folder, for agent login
// tests. Tests point SshTarget::agentSocket at it; the tester's own agent is never used.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace mailstore::test {

class SshAgent {
public:
    SshAgent();
    ~SshAgent();
    SshAgent(const SshAgent &) = delete;
    SshAgent &operator=(const SshAgent &) = delete;

    // Starts `ssh-agent -D -a SOCKET`; false with error() set when it cannot.
    bool start();
    // `ssh-add KEY` into this agent (a key without passphrase).
    bool add(const QString &keyFile);
    QString socket() const { return m_dir.path() + QStringLiteral("/agent.sock"); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};

} // namespace mailstore::test
