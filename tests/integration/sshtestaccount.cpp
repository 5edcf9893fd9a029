// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshtestaccount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailstore::test {

namespace {
const QString Shell = u"/bin/sh"_s;
const QStringList SbinDirs{u"/usr/sbin"_s, u"/sbin"_s};

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name, SbinDirs);
}

constexpr QFile::Permissions Traversable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
    | QFile::ExeGroup | QFile::ExeOther;
constexpr QFile::Permissions Executable = Traversable | QFile::ReadGroup | QFile::ReadOther;
} // namespace

SshTestAccount::SshTestAccount() = default;

SshTestAccount::~SshTestAccount()
{
    if (m_agent.isEmpty())
        return;
    // The bridge started a daemon as the account; stop it as the account too, so the
    // daemon's own rule about who may stop it is met. setuid in the child, after fork.
    QProcess p;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    p.setChildProcessModifier([uid, gid] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path()); // not root's home, which the account cannot read
    p.setProcessEnvironment(env);
    p.start(m_agent, {u"daemon"_s, u"stop"_s, u"--root"_s, root(), u"--state-dir"_s, stateDir()});
    p.waitForFinished(30'000);
}

bool SshTestAccount::canManageAccounts(QString *why)
{
    if (::geteuid() != 0) {
        *why = u"password and keyboard-interactive logins need a local account with a known "
               "password; creating it and setting that password needs root"_s;
        return false;
    }
    for (const QString &name : {u"useradd"_s, u"usermod"_s, u"chpasswd"_s}) {
        if (tool(name).isEmpty()) {
            *why = name + u" is not installed (package passwd)"_s;
            return false;
        }
    }
    return true;
}

bool SshTestAccount::run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        // The arguments never hold a secret (passwords go through stdin).
        m_error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                            QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool SshTestAccount::prepare(const QString &agentProgram)
{
    QString why;
    if (!canManageAccounts(&why)) {
        m_error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    return ensureUser() && setPassword() && prepareFolder(agentProgram);
}

bool SshTestAccount::ensureUser()
{
    const QByteArray name(UserName);
    if (!::getpwnam(name.constData())) {
        // Another test run may create it at the same moment: only its absence afterwards
        // is an error.
        run(tool(u"useradd"_s), {u"--system"_s, u"--no-create-home"_s, u"--home-dir"_s,
                                 u"/nonexistent"_s, u"--shell"_s, Shell, u"--comment"_s,
                                 u"mailstore-admin SSH tests"_s, userName()});
    }
    const passwd *pw = ::getpwnam(name.constData());
    if (!pw) {
        m_error = u"cannot create the account %1: %2"_s.arg(userName(), m_error);
        return false;
    }
    m_uid = pw->pw_uid;
    m_gid = pw->pw_gid;
    // sshd runs the remote command through the login shell.
    if (QString::fromLocal8Bit(pw->pw_shell) != Shell
        && !run(tool(u"usermod"_s), {u"--shell"_s, Shell, userName()}))
        return false;
    m_error.clear();
    return true;
}

bool SshTestAccount::setPassword()
{
    // No ':' (chpasswd's separator) and nothing a shell or PAM could trip over.
    static const QString Alphabet =
        u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_."_s;
    QString password;
    for (int i = 0; i < 24; ++i)
        password += Alphabet.at(QRandomGenerator::system()->bounded(int(Alphabet.size())));
    if (!run(tool(u"chpasswd"_s), {}, (userName() + u':' + password + u'\n').toUtf8()))
        return false;
    m_password = password;
    return true;
}

bool SshTestAccount::prepareFolder(const QString &agentProgram)
{
    // The temp folder is root's (0700): let the account pass through it, not list it.
    const QString bin = m_dir.path() + "/bin"_L1;
    const QString agent = bin + "/mailstore-agent"_L1;
    if (!QFile::setPermissions(m_dir.path(), Traversable) || !QDir().mkpath(bin)
        || !QFile::setPermissions(bin, Executable) || !QFile::copy(agentProgram, agent)
        || !QFile::setPermissions(agent, Executable) || !QDir().mkpath(stateDir())) {
        m_error = u"cannot prepare %1 for the account"_s.arg(m_dir.path());
        return false;
    }
    if (!run(agent, {u"demo-init"_s, root(), u"--accounts"_s, u"12"_s, u"--seed"_s, u"7"_s,
                     u"--scale"_s, u"0.1"_s}))
        return false;
    // The account owns its store and state: the daemon it starts writes both.
    if (!run(u"chown"_s, {u"-R"_s, u"%1:%2"_s.arg(m_uid).arg(m_gid), root(), stateDir()})
        || !QFile::setPermissions(stateDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return false;
    m_agent = agent;
    return true;
}

QString SshTestAccount::remoteCommand() const
{
    return u"%1 --stdio --root %2 --state-dir %3"_s.arg(m_agent, root(), stateDir());
}

} // namespace mailstore::test
