// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace mailstore::agent {

namespace {

int connectSocket(const QByteArray &path)
{
    sockaddr_un addr{};
    if (path.size() >= qsizetype(sizeof addr.sun_path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        const int err = errno;
        ::close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

bool writeAll(int fd, const char *data, size_t len)
{
    while (len > 0) {
        const ssize_t n = ::write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        len -= size_t(n);
    }
    return true;
}

// Starts the daemon fully detached (double fork + setsid): it must not be our child,
// must not share our terminal or process group, and must not hold our stdout open.
bool spawnDaemon(const AgentConfig &cfg, const BridgeOptions &options)
{
    QDir().mkpath(cfg.stateDir);
    QFile::setPermissions(cfg.stateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const std::vector<std::string> args = {
        QFile::encodeName(options.agentExecutable).toStdString(),
        "daemon",
        "--root", QFile::encodeName(cfg.root).toStdString(),
        "--layout", cfg.layout.toStdString(),
        "--state-dir", QFile::encodeName(cfg.stateDir).toStdString(),
        "--idle-timeout", std::to_string(options.spawnedIdleTimeoutSec),
    };
    std::vector<std::string> all = args;
    // The config file carries the roles (support_users); the daemon must see it too.
    if (!cfg.configFile.isEmpty()) {
        all.push_back("--config");
        all.push_back(QFile::encodeName(cfg.configFile).toStdString());
    }
    if (!cfg.doveadmConfig.isEmpty()) {
        all.push_back("--doveadm-config");
        all.push_back(QFile::encodeName(cfg.doveadmConfig).toStdString());
    }
    std::vector<char *> argv;
    for (const auto &a : all)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    const QByteArray log = QFile::encodeName(cfg.logPath());
    // Keep the daemon log bounded: one previous generation, then start afresh.
    if (QFileInfo(cfg.logPath()).size() > 5 * 1024 * 1024) {
        QFile::remove(cfg.logPath() + QStringLiteral(".1"));
        QFile::rename(cfg.logPath(), cfg.logPath() + QStringLiteral(".1"));
    }

    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        ::setsid();
        if (::fork() != 0)
            ::_exit(0);
        const int devnull = ::open("/dev/null", O_RDONLY);
        const int logFd = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (devnull >= 0)
            ::dup2(devnull, 0);
        if (logFd >= 0) {
            ::dup2(logFd, 1);
            ::dup2(logFd, 2);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return true;
}

int connectOrSpawn(const AgentConfig &cfg, const BridgeOptions &options)
{
    const QByteArray path = QFile::encodeName(cfg.socketPath());
    int fd = connectSocket(path);
    if (fd >= 0)
        return fd;
    if (errno == ENAMETOOLONG) {
        std::fprintf(stderr, "mailstore-agent: socket path %s is too long; use a shorter --state-dir\n",
                     path.constData());
        return -1;
    }
    if (!spawnDaemon(cfg, options)) {
        std::fprintf(stderr, "mailstore-agent: cannot start the daemon: %s\n", std::strerror(errno));
        return -1;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.connectTimeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        fd = connectSocket(path);
        if (fd >= 0)
            return fd;
    }
    std::fprintf(stderr, "mailstore-agent: the daemon for %s did not start within %d ms; see %s\n",
                 QFile::encodeName(cfg.root).constData(), options.connectTimeoutMs,
                 QFile::encodeName(cfg.logPath()).constData());
    return -1;
}

} // namespace

int runBridge(const AgentConfig &config, const BridgeOptions &options)
{
    ::signal(SIGPIPE, SIG_IGN);
    const int sock = connectOrSpawn(config, options);
    if (sock < 0)
        return 1;

    std::vector<char> buf(64 * 1024);
    pollfd fds[2] = {{0, POLLIN, 0}, {sock, POLLIN, 0}};
    for (;;) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "mailstore-agent: poll failed: %s\n", std::strerror(errno));
            return 1;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(0, buf.data(), buf.size());
            if (n == 0 || (n < 0 && errno != EINTR)) {
                ::close(sock); // the console is gone; the daemon keeps running
                return 0;
            }
            if (n > 0 && !writeAll(sock, buf.data(), size_t(n))) {
                std::fprintf(stderr, "mailstore-agent: lost the daemon: %s\n", std::strerror(errno));
                return 1;
            }
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(sock, buf.data(), buf.size());
            if (n == 0 || (n < 0 && errno != EINTR)) {
                std::fprintf(stderr, "mailstore-agent: the daemon closed the connection\n");
                return 1;
            }
            if (n > 0 && !writeAll(1, buf.data(), size_t(n)))
                return 0; // stdout closed: nobody is listening any more
        }
    }
}

} // namespace mailstore::agent
