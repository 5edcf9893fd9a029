// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectionGuard: what keeps slow and greedy HTTPS clients from holding the agent's
// threads (see httpserver.cpp for why). It learns each TLS connection's socket from
// OpenSSL's handshake callback, caps connections per peer address, closes connections
// that deliver no complete request in time and stops reading past a byte budget.
// No httplib here: only OpenSSL and the socket.

#include "httpserver.h"

#include <QLoggingCategory>

#include <openssl/ssl.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace mailstore::agent::http {

using namespace std::chrono_literals;

inline qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

class ConnectionGuard;

// One accepted connection, on the stack of the task that serves it.
struct Connection {
    ConnectionGuard *guard = nullptr;
    std::atomic<qint64> windowStartMs{0}; // since then we wait for the next complete request
    std::atomic<bool> inHandler{false};   // our handler runs (up to minutes): no deadline
    std::atomic<bool> refuseReads{false}; // the connection is to end: read nothing more
    // Only on the connection's own thread:
    size_t bytesIn = 0;      // raw bytes read since windowStartMs
    bool readingHead = true; // the request head is not parsed yet
    bool overBudget = false;
    bool handled = false;    // our handler made this response (not the library)
    bool closing = false;    // its last response is out: nothing more is run or written
    bool refuseWrites = false;
    // Under the guard's mutex (written only on the connection's own thread):
    int fd = -1;
    std::string peer;
};
// The connection the current thread serves (set by the task queue's worker).
extern thread_local Connection *t_connection;

// The peer's address bytes (IPv4 or IPv6), the key of the per-peer cap.
std::string peerOf(int fd);

class ConnectionGuard {
public:
    explicit ConnectionGuard(const HttpServerOptions &o)
        : m_maxPerPeer(o.maxConnectionsPerPeer)
        , m_deadlineMs(qint64(o.requestDeadlineSec) * 1000)
        // The raw TLS bytes also carry the handshake, record framing and possibly one
        // record of pipelined data: 32 KiB of slack covers those.
        , m_headBudget(o.maxHeaderBytes + 32 * 1024)
        , m_bodyBudget(o.maxBodyBytes + m_headBudget)
        , m_watchdog([this] { watch(); })
    {
    }
    ~ConnectionGuard()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_cv.notify_all();
        m_watchdog.join();
    }
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

    void enter(Connection &c)
    {
        c.guard = this;
        c.windowStartMs = nowMs();
        std::lock_guard lock(m_mutex);
        m_live.insert(&c);
    }
    void leave(Connection &c)
    {
        std::lock_guard lock(m_mutex);
        detachLocked(c);
        m_live.erase(&c);
    }
    // The handshake starts: the socket is known from here until detach().
    void attach(Connection &c, int fd)
    {
        std::string peer = peerOf(fd);
        std::lock_guard lock(m_mutex);
        c.fd = fd;
        c.peer = std::move(peer);
        const int n = ++m_perPeer[c.peer];
        if (m_stopping || n > m_maxPerPeer) {
            qCDebug(lcHttp, "refusing a connection: %d from one peer address", n);
            cutLocked(c);
        }
    }
    // OpenSSL frees the socket's BIO just before the library closes the descriptor; from
    // then on the number may belong to a new connection, so we forget it here.
    void detach(Connection &c)
    {
        std::lock_guard lock(m_mutex);
        detachLocked(c);
    }
    // Server stop: end every connection now instead of after its timeouts.
    void closeAll()
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Connection *c : m_live)
            cutLocked(*c);
    }
    size_t budget(const Connection &c) const { return c.readingHead ? m_headBudget : m_bodyBudget; }

private:
    void detachLocked(Connection &c)
    {
        if (c.fd < 0)
            return;
        if (auto it = m_perPeer.find(c.peer); it != m_perPeer.end() && --it->second == 0)
            m_perPeer.erase(it);
        c.fd = -1;
    }
    static void cutLocked(Connection &c)
    {
        c.refuseReads = true;
        if (c.fd >= 0)
            ::shutdown(c.fd, SHUT_RDWR); // wakes the thread blocked in poll/recv
    }
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            m_cv.wait_for(lock, 1s);
            const qint64 late = nowMs() - m_deadlineMs;
            for (Connection *c : m_live) {
                if (c->fd >= 0 && !c->inHandler && !c->refuseReads && c->windowStartMs < late) {
                    qCDebug(lcHttp, "closing a connection that sent no complete request in time");
                    cutLocked(*c);
                }
            }
        }
    }

    const int m_maxPerPeer;
    const qint64 m_deadlineMs;
    const size_t m_headBudget;
    const size_t m_bodyBudget;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::set<Connection *> m_live;
    std::map<std::string, int> m_perPeer;
    bool m_stopping = false;
    bool m_quit = false;
    std::thread m_watchdog; // last: started once the members above exist
};

// Installed on the server's SSL_CTX: attaches each new TLS connection to its guard.
void tlsInfoCallback(const SSL *ssl, int where, int ret);

} // namespace mailstore::agent::http
