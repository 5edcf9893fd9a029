// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StoreLock: makes sure one daemon at most serves a store. Two locks, both released by
// the kernel when the process dies (so kill -9 never leaves a stale lock):
//  - flock() on <state dir>/daemon.lock, which also records the holder's pid;
//  - an abstract-namespace Unix socket named after the canonical mail root, which
//    catches a second daemon for the same store started with another --state-dir.

#include <QString>

#include <expected>

namespace mailstore::agent {

class StoreLock {
public:
    StoreLock() = default;
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // Errors name the pid of the daemon holding the store, when known.
    std::expected<void, QString> acquire(const QString &lockPath, const QString &root);

    // Pid recorded in a lock file whose lock is held, 0 when no daemon holds it.
    static qint64 holderPid(const QString &lockPath);

private:
    std::expected<void, QString> tryAcquire(const QString &lockPath, const QString &root);
    void release();

    int m_lockFd = -1;
    int m_storeFd = -1;
};

} // namespace mailstore::agent
