// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshworker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
constexpr int PollMs = 20;               // without a wake pipe: write latency bound while waiting for reads
constexpr qsizetype StderrTailBytes = 2048;

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t len = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
    const QString fp = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fp;
}
} // namespace

SshWorker::SshWorker(SshTarget target, QObject *parent)
    : QThread(parent)
    , m_target(std::move(target))
    , m_password(m_target.password)
{
}

SshWorker::~SshWorker()
{
    requestStop();
    wait();
}

void SshWorker::send(const QByteArray &bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_outbox += bytes;
    wakeRelay();
}

void SshWorker::wakeRelay()
{
    if (m_wakeWrite >= 0) {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(m_wakeWrite, &c, 1); // full pipe: already awake
    }
}

void SshWorker::answerHostKey(bool trust)
{
    const QMutexLocker lock(&m_mutex);
    m_hostKeyAnswer = trust;
    m_wake.wakeAll();
}

void SshWorker::requestStop()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
        wakeRelay();
    }
    // Outside m_mutex: the stop callbacks of a waiting prompt take their own locks.
    m_stopSource.request_stop();
}

bool SshWorker::stopping() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stop;
}

QString SshWorker::sshError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

void SshWorker::fail(SshFailure kind, const QString &reason)
{
    if (m_failed || stopping())
        return; // after close() the caller wants no signal
    m_failed = true;
    emit failed(int(kind), reason);
}

void SshWorker::run()
{
    m_session = ssh_new();
    if (!m_session) {
        fail(SshFailure::Connection, tr("libssh could not create a session."));
        return;
    }
    if (connectSession() && verifyHostKey() && authenticate() && openChannel()) {
        emit opened();
        relay();
    }
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

bool SshWorker::connectSession()
{
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray known = QFile::encodeName(m_target.knownHostsFile);
    // The user's own file is read as libssh's "global" file so both are consulted and
    // only the console's file is ever written.
    const QByteArray userKnown = !m_target.userKnownHostsFile.isEmpty()
            && QFileInfo::exists(m_target.userKnownHostsFile)
        ? QFile::encodeName(m_target.userKnownHostsFile) : QByteArray("/dev/null");
    int port = m_target.port;
    long timeout = m_target.connectTimeoutSec;
    int verbosity = SSH_LOG_NOLOG;
    bool processConfig = false; // ~/.ssh/config must not redirect an admin connection
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, known.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, userKnown.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    if (!m_target.identityFile.isEmpty()) {
        // Must be set before ssh_connect(), or publickey_auto silently ignores it.
        const QByteArray id = QFile::encodeName(m_target.identityFile);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY, id.constData());
    }
    if (!m_target.agentSocket.isEmpty()) {
        const QByteArray agent = QFile::encodeName(m_target.agentSocket);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, agent.constData());
    }
    if (ssh_connect(m_session) != SSH_OK) {
        fail(SshFailure::Connection,
             tr("Cannot reach %1: %2").arg(m_target.displayName(), sshError()));
        return false;
    }
    return !stopping();
}

bool SshWorker::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK) {
        fail(SshFailure::Connection, tr("The host sent no usable key: %1").arg(sshError()));
        return false;
    }
    const QString fingerprint = fingerprintOf(key);
    const QString type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);

    const ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    if (state == SSH_KNOWN_HOSTS_OK)
        return true;
    if (state == SSH_KNOWN_HOSTS_CHANGED || state == SSH_KNOWN_HOSTS_OTHER) {
        const QString old = knownFingerprints();
        // OTHER (only another key type is known) is treated like CHANGED: an attacker
        // can offer a different type to look like an unknown host.
        fail(SshFailure::HostKeyRefused,
             tr("REFUSED: the host key of %1 has changed. Known key: %2. Key offered now: "
                "%3 %4. Someone may be intercepting the connection, or the host was "
                "reinstalled. Nothing was sent to the host (no authentication was "
                "attempted). If the change is expected, remove the old entry from %5 or "
                "~/.ssh/known_hosts and connect again.")
                 .arg(m_target.displayName(), old.isEmpty() ? tr("(unreadable)") : old, type,
                      fingerprint, m_target.knownHostsFile));
        return false;
    }
    if (state != SSH_KNOWN_HOSTS_UNKNOWN && state != SSH_KNOWN_HOSTS_NOT_FOUND) {
        fail(SshFailure::Connection, tr("Cannot check the host key: %1").arg(sshError()));
        return false;
    }

    bool trust = false;
    if (!m_target.acceptFingerprint.isEmpty()) {
        trust = m_target.acceptFingerprint == fingerprint;
        if (!trust) {
            fail(SshFailure::HostKeyUnknown,
                 tr("The host key of %1 is %2 %3, not the fingerprint %4 you asked to accept. "
                    "Nothing was sent to the host.")
                     .arg(m_target.displayName(), type, fingerprint, m_target.acceptFingerprint));
            return false;
        }
    } else if (m_target.interactiveHostKey) {
        emit hostKeyUnknown(type, fingerprint);
        QMutexLocker lock(&m_mutex);
        while (!m_hostKeyAnswer && !m_stop)
            m_wake.wait(&m_mutex);
        trust = m_hostKeyAnswer.value_or(false);
    }
    if (!trust) {
        fail(SshFailure::HostKeyUnknown,
             tr("The host key of %1 is not known: %2 %3. It was not trusted, so nothing was "
                "sent to the host. Compare the fingerprint with the host's own "
                "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it.")
                 .arg(m_target.displayName(), type, fingerprint));
        return false;
    }
    QDir().mkpath(QFileInfo(m_target.knownHostsFile).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        fail(SshFailure::Connection, tr("Cannot record the host key in %1: %2")
                                         .arg(m_target.knownHostsFile, sshError()));
        return false;
    }
    return true;
}

QString SshWorker::knownFingerprints() const
{
    // libssh hands out the known entry only when it matches, so for CHANGED the files are
    // read here, each line parsed by libssh itself (hashed names included).
    const QByteArray name = m_target.port == 22
        ? m_target.host.toUtf8() : u"[%1]:%2"_s.arg(m_target.host).arg(m_target.port).toUtf8();
    QStringList found;
    for (const QString &path : {m_target.knownHostsFile, m_target.userKnownHostsFile}) {
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ssh_knownhosts_entry *entry = nullptr;
            if (!line.isEmpty() && !line.startsWith('#')
                && ssh_known_hosts_parse_line(name.constData(), line.constData(), &entry) == SSH_OK
                && entry && entry->publickey) {
                found << u"%1 %2"_s.arg(QString::fromLatin1(ssh_key_type_to_char(
                                             ssh_key_type(entry->publickey))),
                                         fingerprintOf(entry->publickey));
            }
            SSH_KNOWNHOSTS_ENTRY_FREE(entry);
        }
    }
    return found.join(u", "_s);
}

bool SshWorker::openChannel()
{
    m_channel = ssh_channel_new(m_session);
    const QByteArray command = m_target.remoteCommand.toUtf8();
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK
        || ssh_channel_request_exec(m_channel, command.constData()) != SSH_OK) {
        fail(SshFailure::Connection, tr("Cannot start the remote command on %1: %2")
                                         .arg(m_target.displayName(), sshError()));
        return false;
    }
    return true;
}

void SshWorker::relay()
{
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
        const QMutexLocker lock(&m_mutex);
        m_wakeRead = fds[0];
        m_wakeWrite = fds[1];
    }
    relayLoop();
    const QMutexLocker lock(&m_mutex);
    for (int *fd : {&m_wakeRead, &m_wakeWrite}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

void SshWorker::relayLoop()
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    QElapsedTimer sinceTraffic;
    sinceTraffic.start();
    const auto readStderr = [this, &buffer] {
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(buffer.size()), 1)) > 0) {
            const QByteArray bytes = buffer.left(n);
            m_stderrTail = (m_stderrTail + bytes).right(StderrTailBytes);
            emit diagnostics(bytes);
        }
        return n;
    };
    while (!stopping()) {
        QByteArray out;
        {
            const QMutexLocker lock(&m_mutex);
            out.swap(m_outbox);
        }
        for (qsizetype done = 0; done < out.size();) {
            const int n = ssh_channel_write(m_channel, out.constData() + done, uint32_t(out.size() - done));
            if (n == SSH_ERROR) {
                fail(SshFailure::Connection, tr("The SSH connection to %1 was lost: %2")
                                                 .arg(m_target.displayName(), sshError()));
                return;
            }
            done += n;
            sinceTraffic.restart();
        }
        // Drain what libssh has (or can read without blocking), then sleep in poll() on
        // the SSH socket and the wake pipe: a reply or a new request ends the wait at once.
        const int n = m_wakeRead < 0
            ? ssh_channel_read_timeout(m_channel, buffer.data(), uint32_t(buffer.size()), 0, PollMs)
            : ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(buffer.size()), 0);
        const int e = readStderr();
        if (n == 0 && e == 0 && m_wakeRead >= 0 && !ssh_channel_is_eof(m_channel)) {
            pollfd fds[2] = {{ssh_get_fd(m_session), POLLIN, 0}, {m_wakeRead, POLLIN, 0}};
            if (::poll(fds, 2, PollMs * 50) > 0 && (fds[1].revents & POLLIN)) {
                char drain[64];
                while (::read(m_wakeRead, drain, sizeof drain) > 0) {
                }
            }
        }
        if (n == SSH_ERROR || e == SSH_ERROR || !ssh_is_connected(m_session)) {
            fail(SshFailure::Connection, tr("The SSH connection to %1 was lost: %2")
                                             .arg(m_target.displayName(), sshError()));
            return;
        }
        if (n > 0) {
            emit received(buffer.left(n));
            sinceTraffic.restart();
            continue;
        }
        if (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) {
            finishChannel();
            return;
        }
        // Keep NAT and firewalls from dropping an idle admin session; a dead peer
        // shows up as a write error here instead of hanging forever.
        if (sinceTraffic.elapsed() > m_target.keepAliveSec * 1000) {
            ssh_send_ignore(m_session, "keepalive");
            sinceTraffic.restart();
        }
    }
}

void SshWorker::finishChannel()
{
    // Deliver what the bridge said last before reporting its end.
    int n = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while ((n = ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(buffer.size()), 0)) > 0)
        emit received(buffer.left(n));
    while ((n = ssh_channel_read_nonblocking(m_channel, buffer.data(), uint32_t(buffer.size()), 1)) > 0) {
        m_stderrTail = (m_stderrTail + buffer.left(n)).right(StderrTailBytes);
        emit diagnostics(buffer.left(n));
    }
    const int status = ssh_channel_get_exit_status(m_channel);
    const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
    const QString said = tail.isEmpty() ? QString() : tr(" It said: %1").arg(tail);
    if (status == 127) {
        fail(SshFailure::RemoteCommand,
             tr("mailstore-agent is not installed on the host or not in PATH (the remote "
                "command \"%1\" on %2 exited with code 127).%3")
                 .arg(m_target.remoteCommand, m_target.displayName(), said));
    } else if (status == 126) {
        fail(SshFailure::RemoteCommand,
             tr("The remote command \"%1\" on %2 is not executable (exit code 126).%3")
                 .arg(m_target.remoteCommand, m_target.displayName(), said));
    } else if (status < 0) {
        fail(SshFailure::Connection, tr("The agent bridge on %1 ended without an exit "
                                        "status (killed or connection closed).%2")
                                         .arg(m_target.displayName(), said));
    } else {
        fail(SshFailure::Connection, tr("The agent bridge on %1 exited with code %2.%3")
                                         .arg(m_target.displayName()).arg(status).arg(said));
    }
}

} // namespace mailstore::app
