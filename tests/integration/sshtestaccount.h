// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshTestAccount: a local system account for password and keyboard-interactive SSH
// tests, which need an account with a known password. Root only. The account
// (`mailstore-sshtest`, no home, shell /bin/sh) is created once and kept; every run sets
// a fresh random password. The account gets a folder it can use: a copy of the agent
// (the build tree may not be readable to it), a demo store and a state folder it owns.

#include <QString>
#include <QTemporaryDir>

namespace mailstore::test {

class SshTestAccount {
public:
    static constexpr auto UserName = "mailstore-sshtest";

    SshTestAccount();
    ~SshTestAccount(); // stops the account's agent daemon; the account itself stays
    SshTestAccount(const SshTestAccount &) = delete;
    SshTestAccount &operator=(const SshTestAccount &) = delete;

    // Whether this process may create accounts and set passwords; why not otherwise.
    static bool canManageAccounts(QString *why);
    // Ensures the account, sets a fresh password, prepares the folder; false with
    // error() set when something fails.
    bool prepare(const QString &agentProgram);
    QString error() const { return m_error; }

    QString userName() const { return QString::fromLatin1(UserName); }
    QString password() const { return m_password; }
    QString root() const { return m_dir.path() + QStringLiteral("/store"); }
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }
    // The bridge command for SshTarget::remoteCommand.
    QString remoteCommand() const;

private:
    bool ensureUser();
    bool setPassword();
    bool prepareFolder(const QString &agentProgram);
    bool run(const QString &program, const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_password;
    QString m_agent;
    QString m_error;
    uint m_uid = 0;
    uint m_gid = 0;
};

} // namespace mailstore::test
