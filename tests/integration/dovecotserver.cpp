// SPDX-License-Identifier: GPL-3.0-or-later
#include "dovecotserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace integration {

QString ProcessResult::describe() const
{
    if (!error.isEmpty())
        return error;
    return u"exit %1; stdout: %2; stderr: %3"_s.arg(exitCode)
        .arg(QString::fromUtf8(out.trimmed()), QString::fromUtf8(err.trimmed()));
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.error = u"%1 did not start: %2"_s.arg(program, p.errorString());
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.error = u"%1 %2 timed out after %3 ms"_s.arg(program, args.join(u' ')).arg(timeoutMs);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (p.exitStatus() != QProcess::NormalExit)
        r.error = u"%1 crashed; stderr: %2"_s.arg(program, QString::fromUtf8(r.err));
    return r;
}

namespace {

// /usr/sbin is not on every non-root PATH, and that is where Debian puts dovecot.
QString findTool(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s,
                                                      u"/usr/bin"_s, u"/usr/local/bin"_s});
    return found;
}

quint16 freeLoopbackPort()
{
    // Binding port 0 lets the kernel pick a free one; the tiny window between closing it
    // and Dovecot binding it is acceptable for tests.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool portAccepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = s.waitForConnected(300);
    s.abort();
    return ok;
}

} // namespace

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0)
        return errno == EPERM;
    // A zombie has finished; only its parent's wait() is missing.
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        if (close > 0 && close + 2 < s.size() && s.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

QString DovecotServer::dovecotBinary() { return findTool(u"dovecot"_s); }
QString DovecotServer::doveadmBinary() { return findTool(u"doveadm"_s); }

DovecotServer::DovecotServer(const QStringList &users)
    : m_dir(QDir::tempPath() + u"/msdovecot-XXXXXX"_s), m_users(users)
{
    if (qEnvironmentVariableIntValue("MAILSTORE_KEEP_DOVECOT") == 1)
        m_dir.setAutoRemove(false);
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_dir.errorString();
        return;
    }
    if (dovecotBinary().isEmpty() || doveadmBinary().isEmpty()) {
        m_error = u"Dovecot is not installed (need the dovecot and doveadm binaries; "
                  "apt-get install dovecot-core dovecot-imapd, see installer/install-deps.sh)"_s;
        return;
    }
    // Dovecot refuses mail access as root, so root hands the mail to nobody/nogroup.
    if (::geteuid() == 0) {
        m_uid = 65534;
        m_gid = 65534;
    } else {
        m_uid = ::geteuid();
        m_gid = ::getegid();
    }
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = u"no free loopback port"_s;
        return;
    }
    if (!writeConfig() && m_error.isEmpty())
        m_error = u"cannot write the Dovecot configuration"_s;
}

DovecotServer::~DovecotServer()
{
    stop();
    if (!m_dir.autoRemove())
        qInfo("Dovecot test folder kept: %s", qPrintable(m_dir.path()));
}

QString DovecotServer::configPath() const { return m_dir.filePath(u"etc/dovecot.conf"_s); }
QString DovecotServer::homeOf(const QString &user) const { return m_dir.filePath(u"mail/"_s + user); }
QString DovecotServer::maildirOf(const QString &user) const { return homeOf(user) + u"/Maildir"_s; }

bool DovecotServer::writeConfig()
{
    const QString root = m_dir.path();
    // The mail processes run as the mail uid and must traverse the folder to the homes.
    ::chmod(QFile::encodeName(root).constData(), 0755);
    for (const QString &sub : {u"etc"_s, u"run"_s, u"state"_s, u"log"_s, u"mail"_s}) {
        if (!QDir(root).mkpath(sub))
            return false;
    }
    const passwd *pw = ::getpwuid(m_uid);
    const group *gr = ::getgrgid(m_gid);
    if (!pw || !gr) {
        m_error = u"uid %1 or gid %2 has no name; Dovecot needs one for default_internal_user"_s.arg(m_uid).arg(m_gid);
        return false;
    }
    const QString userName = QString::fromLocal8Bit(pw->pw_name);
    const QString groupName = QString::fromLocal8Bit(gr->gr_name);

    QByteArray passwdFile;
    for (const QString &u : m_users) {
        passwdFile += u"%1:{PLAIN}%2:%3:%4::%5::\n"_s.arg(u, password()).arg(m_uid).arg(m_gid)
                          .arg(homeOf(u)).toUtf8();
        QDir().mkpath(homeOf(u));
    }
    QFile pf(m_dir.filePath(u"etc/passwd"_s));
    if (!pf.open(QIODevice::WriteOnly) || pf.write(passwdFile) != passwdFile.size())
        return false;
    pf.close();

    // Everything the instance writes stays under root; the internal and login users are
    // the mail user so nothing depends on the distribution's dovecot/dovenull accounts.
    const QString conf = uR"(# generated by the Mailstore Admin integration tests; loopback only
instance_name = mailstore-test-%1
base_dir = %2/run
state_dir = %2/state
listen = 127.0.0.1
protocols = imap
log_path = %2/log/dovecot.log
info_log_path = %2/log/dovecot.log
debug_log_path = %2/log/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = %3
default_internal_group = %4
default_login_user = %3
first_valid_uid = 1
first_valid_gid = 1
mail_uid = %5
mail_gid = %6
mail_location = maildir:~/Maildir
mailbox_list_index = yes
namespace inbox {
  inbox = yes
  separator = /
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %2/etc/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u %2/etc/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %1
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
)"_s.arg(QString::number(m_port), root, userName, groupName, QString::number(m_uid), QString::number(m_gid));
    QFile cf(configPath());
    const QByteArray bytes = conf.toUtf8();
    if (!cf.open(QIODevice::WriteOnly) || cf.write(bytes) != bytes.size())
        return false;
    cf.close();
    return fixPermissions();
}

bool DovecotServer::start(QString *error)
{
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why + u"\n--- dovecot log ---\n"_s + logText();
        return false;
    };
    if (!isValid())
        return failWith(m_error);
    if (isRunning())
        return true;
    if (!fixPermissions(error))
        return false;
    // `dovecot` forks the master and returns; a bad config makes it exit non-zero.
    const ProcessResult r = runProcess(dovecotBinary(), {u"-c"_s, configPath()}, 30000);
    if (!r.ok())
        return failWith(u"dovecot -c %1 failed: %2"_s.arg(configPath(), r.describe()));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (masterPid() > 0 && portAccepts(m_port)) {
            m_lastChildren = childPids();
            return true;
        }
        QThread::msleep(50);
    }
    return failWith(u"Dovecot did not accept connections on 127.0.0.1:%1 within 15 s"_s.arg(m_port));
}

qint64 DovecotServer::masterPid() const
{
    QFile f(m_dir.filePath(u"run/master.pid"_s));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

bool DovecotServer::isRunning() const { return processAlive(masterPid()); }

QList<qint64> DovecotServer::childPids() const
{
    QList<qint64> out;
    const qint64 master = masterPid();
    if (master <= 0)
        return out;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool isPid = false;
        const qint64 pid = e.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        // Fields after "(comm)": state ppid ...; comm may contain spaces, so split after ')'.
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 1 && f.at(1).toLongLong() == master)
            out.append(pid);
    }
    return out;
}

bool DovecotServer::stop(QString *error)
{
    const qint64 master = masterPid();
    if (processAlive(master)) {
        m_lastChildren += childPids();
        ::kill(pid_t(master), SIGTERM);
        QDeadlineTimer deadline(10000);
        while (processAlive(master) && !deadline.hasExpired())
            QThread::msleep(20);
        if (processAlive(master))
            ::kill(pid_t(master), SIGKILL);
    }
    // The master takes its children down; give them a moment, then make sure.
    QDeadlineTimer deadline(5000);
    QList<qint64> left;
    do {
        left.clear();
        for (qint64 pid : std::as_const(m_lastChildren))
            if (processAlive(pid))
                left.append(pid);
        if (!processAlive(master) && left.isEmpty())
            break;
        QThread::msleep(20);
    } while (!deadline.hasExpired());
    m_lastChildren.clear();
    if (processAlive(master) || !left.isEmpty()) {
        if (error)
            *error = u"Dovecot processes still running: master %1, children %2"_s.arg(master).arg(left.size());
        return false;
    }
    return true;
}

ProcessResult DovecotServer::doveadm(const QStringList &args, int timeoutMs) const
{
    if (!isValid())
        return ProcessResult{-1, {}, {}, m_error};
    return runProcess(doveadmBinary(), QStringList{u"-c"_s, configPath()} + args, timeoutMs);
}

bool DovecotServer::fixPermissions(QString *error) const
{
    if (::geteuid() != 0)
        return true; // everything already belongs to the user Dovecot runs as
    namespace fs = std::filesystem;
    const fs::path mail = QFile::encodeName(m_dir.filePath(u"mail"_s)).toStdString();
    std::error_code ec;
    bool allOwned = true;
    auto own = [&](const fs::path &p) {
        if (::lchown(p.c_str(), m_uid, m_gid) == 0)
            return;
        allOwned = false;
        if (error)
            *error = u"chown %1: %2"_s.arg(QString::fromStdString(p.string()), QString::fromLocal8Bit(std::strerror(errno)));
    };
    own(mail);
    for (auto it = fs::recursive_directory_iterator(mail, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        own(it->path());
    if (ec) {
        if (error)
            *error = u"walking %1: %2"_s.arg(QString::fromStdString(mail.string()), QString::fromStdString(ec.message()));
        return false;
    }
    return allOwned;
}

QString DovecotServer::logText() const
{
    QFile f(m_dir.filePath(u"log/dovecot.log"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace integration
