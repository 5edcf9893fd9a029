// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailstore::test {

namespace {
const QString Sshd = u"/usr/sbin/sshd"_s; // absolute: sshd refuses to re-exec otherwise
const QString SystemPamStack = u"/etc/pam.d/sshd"_s;
constexpr int NamespaceFailed = 125;

// Runs in the forked child before exec, so only that child and what it starts see the
// change: a mount namespace of its own, made private FIRST (otherwise the bind mount
// could propagate back to the host), then the test's PAM file over the system one.
// Only async-signal-safe calls: the parent has threads.
void enterPamNamespace(const char *pamFile)
{
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
        || ::mount(pamFile, "/etc/pam.d/sshd", nullptr, MS_BIND, nullptr) != 0) {
        static const char message[] = "sshserver: cannot bind the test PAM stack in a private mount namespace\n";
        [[maybe_unused]] const auto n = ::write(2, message, sizeof message - 1);
        ::_exit(NamespaceFailed);
    }
}

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

SshServer::SshServer(Options options)
    : m_options(std::move(options))
{
}

bool SshServer::canReplacePamStack(QString *why)
{
    if (::geteuid() != 0) {
        *why = u"replacing sshd's PAM stack needs root (a mount namespace and a root sshd)"_s;
        return false;
    }
    if (!QFile::exists(SystemPamStack)) {
        *why = SystemPamStack + u" does not exist, so there is nothing to bind over"_s;
        return false;
    }
    // Try the very same steps on a harmless child.
    QTemporaryDir dir;
    const QString file = dir.path() + "/pam"_L1;
    if (!writeAll(file, "auth required pam_deny.so\n")) {
        *why = u"cannot write a temporary file"_s;
        return false;
    }
    const QByteArray path = QFile::encodeName(file);
    QProcess probe;
    probe.setChildProcessModifier([path] { enterPamNamespace(path.constData()); });
    probe.start(u"/bin/true"_s, {});
    if (!probe.waitForFinished(10'000) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0) {
        *why = u"mount namespaces are not allowed here (unshare or mount failed: %1)"_s.arg(
            QString::fromLocal8Bit(probe.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

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
    // sshd reads authorized_keys with the privileges of the user logging in, who may be
    // another account than ours (Options::pam): let it pass through the folder and read
    // that one file; private keys stay 0600.
    if (!QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ExeGroup | QFile::ExeOther)
        || !QFile::setPermissions(d + "/authorized_keys"_L1, QFile::ReadOwner | QFile::WriteOwner
                                                                 | QFile::ReadGroup | QFile::ReadOther)) {
        m_error = u"cannot open %1 for sshd's user-side reads"_s.arg(d);
        return false;
    }
    // A free port can be taken by someone else before sshd binds it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        QString config = u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\n"
                         "PidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
                         // keys live under /tmp (mode 1777), which StrictModes refuses
                         "StrictModes no\nPermitRootLogin prohibit-password\n"
                         "LogLevel VERBOSE\nPrintMotd no\nAllowTcpForwarding no\n"
                         "X11Forwarding no\nAllowAgentForwarding no\n"_s.arg(m_port).arg(d);
        config += m_options.pam
            ? u"UsePAM yes\nPasswordAuthentication yes\nKbdInteractiveAuthentication yes\n"_s
            : u"UsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"_s;
        if (!m_options.authenticationMethods.isEmpty())
            config += u"AuthenticationMethods %1\n"_s.arg(m_options.authenticationMethods);
        if (!writeAll(d + "/sshd_config"_L1, config.toUtf8())) {
            m_error = u"cannot write sshd_config"_s;
            return false;
        }
        m_log.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        if (!m_options.pamStack.isEmpty()) {
            const QString pam = d + "/pam_sshd"_L1;
            if (!writeAll(pam, m_options.pamStack)) {
                m_error = u"cannot write the PAM stack"_s;
                return false;
            }
            const QByteArray path = QFile::encodeName(pam);
            m_process.setChildProcessModifier([path] { enterPamNamespace(path.constData()); });
        }
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
    // Also what is still in the pipe: a test may have blocked on something else (a
    // child process) instead of running the event loop that fills QProcess's buffer.
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(0)) {
    }
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

QStringList SshServer::acceptedLogins()
{
    // Not VERBOSE's "Accepted key … found at …", which only says a key matched a line.
    static const QRegularExpression accepted(u"^Accepted [\\w/-]+ for .*$"_s,
                                             QRegularExpression::MultilineOption);
    QStringList lines;
    for (auto it = accepted.globalMatch(log()); it.hasNext();)
        lines << it.next().captured(0).trimmed();
    return lines;
}

bool SshServer::pamModuleExists(const QString &module)
{
    QStringList dirs{u"/lib/security"_s, u"/lib64/security"_s, u"/usr/lib/security"_s,
                     u"/usr/lib64/security"_s};
    for (const QString &base : {u"/lib"_s, u"/usr/lib"_s}) {
        for (const QString &arch : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            dirs << base + u'/' + arch + "/security"_L1; // Debian multiarch
    }
    return std::any_of(dirs.cbegin(), dirs.cend(),
                       [&](const QString &dir) { return QFile::exists(dir + u'/' + module); });
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
