// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers for building real Maildir trees byte-exactly (names may be non-UTF-8, so
// POSIX calls on std::string paths rather than QString), and for running a piece of core
// code as an unprivileged user, because root ignores chmod 000.

#include "core/finding.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <grp.h>
#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fixture {

inline std::string tempRoot(const QTemporaryDir &dir)
{
    const std::string p = QFile::encodeName(dir.path()).toStdString();
    ::chmod(p.c_str(), 0755); // so that an unprivileged child can traverse it
    return p;
}

inline bool makeDir(const std::string &p, mode_t mode = 0755)
{
    std::string partial;
    for (std::size_t i = 1; i <= p.size(); ++i) {
        if (i == p.size() || p[i] == '/') {
            partial = p.substr(0, i);
            if (::mkdir(partial.c_str(), mode) < 0 && errno != EEXIST)
                return false;
        }
    }
    return true;
}

inline bool makeMaildir(const std::string &p, bool cur = true, bool newDir = true)
{
    return makeDir(p) && (!cur || makeDir(p + "/cur")) && (!newDir || makeDir(p + "/new"))
        && makeDir(p + "/tmp");
}

inline bool writeFile(const std::string &p, std::string_view content = {},
                      std::optional<time_t> mtime = std::nullopt)
{
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.data(), content.size())
        == static_cast<ssize_t>(content.size());
    ::close(fd);
    if (ok && mtime) {
        const timeval times[2] = {{*mtime, 0}, {*mtime, 0}};
        return ::utimes(p.c_str(), times) == 0;
    }
    return ok;
}

inline int countFindings(const mailstore::core::Findings &f, std::string_view code)
{
    int n = 0;
    for (const auto &x : f)
        n += x.code == code ? 1 : 0;
    return n;
}

// The finding with `code` whose path ends with `pathSuffix`, if any.
inline const mailstore::core::Finding *findFinding(const mailstore::core::Findings &f,
                                                   std::string_view code,
                                                   std::string_view pathSuffix)
{
    for (const auto &x : f)
        if (x.code == code && x.path.ends_with(pathSuffix))
            return &x;
    return nullptr;
}

inline QByteArray dump(const mailstore::core::Findings &f)
{
    QByteArray out;
    for (const auto &x : f)
        out += QByteArray::fromStdString(x.code + " " + x.path + " (" + x.detail + ")\n");
    return out;
}

// Runs `fn` as uid/gid 65534 (nobody) in a child process when we are root, in-process
// otherwise, and returns what it produced. nullopt when the child could not drop privileges.
inline std::optional<std::string> runUnprivileged(const std::function<std::string()> &fn)
{
    if (::geteuid() != 0)
        return fn();
    int fds[2];
    if (::pipe(fds) < 0)
        return std::nullopt;
    const pid_t pid = ::fork();
    if (pid < 0)
        return std::nullopt;
    if (pid == 0) {
        ::close(fds[0]);
        if (::setgroups(0, nullptr) < 0 || ::setgid(65534) < 0 || ::setuid(65534) < 0)
            ::_exit(3);
        const std::string result = fn();
        std::size_t done = 0;
        while (done < result.size()) {
            const ssize_t n = ::write(fds[1], result.data() + done, result.size() - done);
            if (n <= 0)
                ::_exit(4);
            done += static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string result;
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            result.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return result;
}

inline std::string serialize(const mailstore::core::Findings &f)
{
    std::string out;
    for (const auto &x : f)
        out += x.code + "|" + x.path + "\n";
    return out;
}

} // namespace fixture
