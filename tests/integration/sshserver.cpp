// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailstore::test {

namespace {
const QString Sshd = u"/usr/sbin/sshd"_s; // absolute: sshd refuses to re-exec otherwise

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data, bool append = false)
{
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : QIODevice::WriteOnly))
        return false;
    return f.write(data) == data.size();
}

// Parent pid from /proc/PID/stat ("pid (comm) state ppid …"; comm may hold spaces).
qint64 parentOf(qint64 pid)
{
    const QByteArray stat = readAll(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
    return rest.size() > 1 ? rest.at(1).toLongLong() : -1;
}
} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    stop();
}

QString SshServer::userName() const
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

bool SshServer::run(const QString &program, const QStringList &args, QString *out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                            QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (out)
        *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    return true;
}

QString SshServer::fingerprintOf(const QString &publicKeyFile)
{
    QProcess p;
    p.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, publicKeyFile});
    p.waitForFinished(10'000);
    // "256 SHA256:abc… comment (ED25519)"
    const QStringList parts = QString::fromLatin1(p.readAllStandardOutput()).split(u' ');
    return parts.size() > 1 ? parts.at(1) : QString();
}

QString SshServer::makeKey(const QString &name, const QString &passphrase, bool authorize)
{
    const QString path = m_dir.path() + u'/' + name;
    QFile::remove(path);
    QFile::remove(path + ".pub"_L1);
    if (!run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, passphrase, u"-C"_s,
                               name, u"-f"_s, path}))
        return {};
    if (authorize && !writeAll(m_dir.path() + "/authorized_keys"_L1, readAll(path + ".pub"_L1), true))
        return {};
    return path;
}

bool SshServer::start()
{
    if (!QFile::exists(Sshd)) {
        m_error = u"openssh-server is not installed (%1 missing; installer/install-deps.sh "
                  "installs it)"_s.arg(Sshd);
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    if (::geteuid() == 0)
        QDir().mkpath(u"/run/sshd"_s); // privilege separation dir, missing in containers
    const QString d = m_dir.path();
    if (!run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s,
                               d + "/host_ed25519"_L1})
        || makeKey(u"id_user"_s, QString(), true).isEmpty())
        return false;
    // A free port can be taken by someone else before sshd binds it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString config = u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\n"
                               "PidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
                               // keys live under /tmp (mode 1777), which StrictModes refuses
                               "StrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                               "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                               "LogLevel VERBOSE\nPrintMotd no\nAllowTcpForwarding no\n"
                               "X11Forwarding no\nAllowAgentForwarding no\n"_s.arg(m_port).arg(d);
        if (!writeAll(d + "/sshd_config"_L1, config.toUtf8())) {
            m_error = u"cannot write sshd_config"_s;
            return false;
        }
        m_log.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(Sshd, {u"-D"_s, u"-e"_s, u"-f"_s, d + "/sshd_config"_L1});
        if (!m_process.waitForStarted(5000)) {
            m_error = u"sshd did not start: "_s + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running
               && !log().contains("Server listening"_L1))
            m_process.waitForReadyRead(100);
        if (log().contains("Server listening"_L1))
            return true;
        stop();
        m_error = u"sshd did not come up: "_s + QString::fromLocal8Bit(m_log);
    }
    return false;
}

void SshServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    killSessions();
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    log();
}

QString SshServer::knownHostsLine() const
{
    const QString pub = QString::fromLatin1(readAll(m_dir.path() + "/host_ed25519.pub"_L1)).trimmed();
    const QStringList parts = pub.split(u' ');
    return parts.size() >= 2 ? u"[127.0.0.1]:%1 %2 %3"_s.arg(m_port).arg(parts[0], parts[1]) : QString();
}

QString SshServer::otherKnownHostsLine()
{
    const QString path = makeKey(u"other_host"_s, QString(), false);
    m_otherFingerprint = fingerprintOf(path + ".pub"_L1);
    const QStringList parts = QString::fromLatin1(readAll(path + ".pub"_L1)).trimmed().split(u' ');
    return parts.size() >= 2 ? u"[127.0.0.1]:%1 %2 %3"_s.arg(m_port).arg(parts[0], parts[1]) : QString();
}

QString SshServer::hostFingerprint() const
{
    return fingerprintOf(m_dir.path() + "/host_ed25519.pub"_L1);
}

QString SshServer::log()
{
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

int SshServer::killSessions()
{
    const qint64 root = m_process.processId();
    if (root <= 0)
        return 0;
    // Collect descendants first, then kill, so none is re-parented while we walk.
    QList<qint64> tree{root};
    for (bool grew = true; grew;) {
        grew = false;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (ok && !tree.contains(pid) && tree.contains(parentOf(pid))) {
                tree.append(pid);
                grew = true;
            }
        }
    }
    tree.removeFirst();
    for (const qint64 pid : std::as_const(tree))
        ::kill(pid_t(pid), SIGKILL);
    return int(tree.size());
}

} // namespace mailstore::test
