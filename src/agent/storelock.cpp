// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelock.h"

#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace mailstore::agent {

namespace {
QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }
} // namespace

StoreLock::~StoreLock()
{
    release(); // releases the flock; the file stays, holding the last pid
}

qint64 StoreLock::holderPid(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        char buf[32] = {};
        const ssize_t n = ::read(fd, buf, sizeof buf - 1);
        pid = n > 0 ? QByteArray(buf, n).trimmed().toLongLong() : -1;
    }
    ::close(fd);
    return pid;
}

std::expected<void, QString> StoreLock::acquire(const QString &lockPath, const QString &root)
{
    auto result = tryAcquire(lockPath, root);
    if (!result)
        release(); // a failed attempt holds nothing, so it can simply be tried again
    return result;
}

void StoreLock::release()
{
    if (m_storeFd >= 0)
        ::close(m_storeFd);
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    m_storeFd = m_lockFd = -1;
}

std::expected<void, QString> StoreLock::tryAcquire(const QString &lockPath, const QString &root)
{
    m_lockFd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0)
        return std::unexpected(QStringLiteral("cannot open lock file %1: %2").arg(lockPath, errnoText()));
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        const qint64 pid = holderPid(lockPath);
        return std::unexpected(QStringLiteral("a daemon (pid %1) already serves this store (lock %2)")
                                   .arg(pid).arg(lockPath));
    }

    // Abstract socket names live in the network namespace, not the file system: binding
    // one is an exclusive claim that vanishes with the process.
    const QByteArray name = "mailstore-agent/"
        + QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    m_storeFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_storeFd < 0)
        return std::unexpected(QStringLiteral("cannot create store lock socket: %1").arg(errnoText()));
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path + 1, name.constData(), size_t(name.size()));
    const socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + size_t(name.size()));
    if (::bind(m_storeFd, reinterpret_cast<sockaddr *>(&addr), len) != 0) {
        if (errno == EADDRINUSE)
            return std::unexpected(QStringLiteral("another daemon already serves the store %1 "
                                                  "(started with a different --state-dir)").arg(root));
        return std::unexpected(QStringLiteral("cannot claim store %1: %2").arg(root, errnoText()));
    }

    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(m_lockFd, 0) != 0 || ::pwrite(m_lockFd, pid.constData(), size_t(pid.size()), 0) != pid.size())
        return std::unexpected(QStringLiteral("cannot write lock file %1: %2").arg(lockPath, errnoText()));
    return {};
}

} // namespace mailstore::agent
