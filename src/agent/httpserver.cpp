// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that includes httplib.h (Debian's compiled cpp-httplib; its pkg-config
// flags bring the OpenSSL define the library was built with).
//
// Why the connection handling below: cpp-httplib 0.11 serves each connection on one
// task-queue thread from accept to close, and its read timeout is per recv, so a client
// that sends a byte every second or two (slowloris) holds its thread for as long as it
// likes. With a fixed pool of N threads, N such clients starve everyone, /healthz too.
//  - GrowingPool: one thread per live connection, started on demand up to maxThreads and
//    retired when idle. A blocked thread costs a mostly untouched stack, not CPU.
//  - ConnectionGuard (TLS only): the library never shows us a connection's socket, but
//    OpenSSL announces the start of each handshake on our SSL_CTX, on the connection's
//    own thread, before it reads anything. From there we know the socket and the peer,
//    so we cap connections per peer address, close a connection that has not delivered
//    a complete request within requestDeadlineSec, and stop reading once a request head
//    or body is over its byte budget: 0.11 limits a header *line* to 8 KiB but neither
//    the number of lines nor the size of a chunked body (both measured: a 20 MB header
//    block and a 6 MB chunked body were read into memory and answered 200).
// Plain HTTP (loopback only) gets the pool but not the guard.
#include "httpserver.h"

#include "httpconnectionguard.h"

#include <QFile>
#include <QLoggingCategory>

#include <httplib.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <list>
#include <map>
#include <mutex>
#include <set>
#include <thread>

Q_LOGGING_CATEGORY(lcHttp, "mailstore.http")

namespace mailstore::agent {

namespace {
using namespace http;

// The library's task queue: it hands us one job per accepted connection.
class GrowingPool final : public httplib::TaskQueue {
public:
    GrowingPool(size_t maxThreads, ConnectionGuard &guard)
        : m_max(maxThreads)
        , m_guard(guard)
    {
    }

    void enqueue(std::function<void()> fn) override
    {
        std::vector<std::thread> retired;
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(fn));
            if (m_jobs.size() > m_idle)
                spawnLocked();
            retired.swap(m_retired);
        }
        m_cv.notify_one();
        for (auto &t : retired)
            t.join(); // they have left their loop; this only reaps them
    }

    void shutdown() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_shutdown = true;
        }
        m_cv.notify_all();
        m_guard.closeAll();
        // Once m_shutdown is set no worker retires (they return instead), so both lists
        // stay as they are.
        for (auto &t : m_threads)
            t.join();
        for (auto &t : m_retired)
            t.join();
    }

private:
    static constexpr size_t KeepThreads = 4;
    static constexpr auto RetireAfter = 10s;

    void spawnLocked()
    {
        if (m_threads.size() >= m_max) {
            if (!m_full)
                qCWarning(lcHttp, "all %zu connection threads are busy; new connections wait", m_max);
            m_full = true;
            return;
        }
        m_threads.emplace_back();
        const auto self = std::prev(m_threads.end());
        try {
            *self = std::thread([this, self] { work(self); });
        } catch (const std::system_error &e) {
            m_threads.erase(self); // the job waits for a running thread
            qCWarning(lcHttp, "cannot start a connection thread: %s", e.what());
        }
    }

    void work(std::list<std::thread>::iterator self)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            ++m_idle;
            const bool woken = m_cv.wait_for(lock, RetireAfter, [this] { return m_shutdown || !m_jobs.empty(); });
            --m_idle;
            if (m_jobs.empty()) {
                if (m_shutdown)
                    return;
                if (!woken && m_threads.size() > KeepThreads) {
                    m_retired.push_back(std::move(*self)); // joined by the next enqueue or shutdown
                    m_threads.erase(self);
                    m_full = false;
                    return;
                }
                continue;
            }
            std::function<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            Connection c;
            m_guard.enter(c);
            t_connection = &c;
            job();
            t_connection = nullptr;
            m_guard.leave(c);
            lock.lock();
        }
    }

    const size_t m_max;
    ConnectionGuard &m_guard;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::list<std::function<void()>> m_jobs;
    std::list<std::thread> m_threads;
    std::vector<std::thread> m_retired;
    size_t m_idle = 0;
    bool m_full = false;
    bool m_shutdown = false;
};

// Gives access to the library's listening socket (a protected member).
template <class Base>
class Exposed final : public Base {
public:
    using Base::Base;
    int listeningSocket() const { return this->svr_sock_; }
};

QString sslError()
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    return QString::fromLatin1(buf);
}

void route(httplib::Server &server, const HttpServer::Handler &handler)
{
    auto adapt = [handler](const httplib::Request &req, httplib::Response &res) {
        Connection *c = t_connection;
        if (c)
            c->inHandler = true;
        HttpRequest in;
        in.method = QByteArray::fromStdString(req.method);
        in.path = QByteArray::fromStdString(req.path);
        in.authorization = QByteArray::fromStdString(req.get_header_value("Authorization"));
        // The raw target, not req.params: the library also fills params from form bodies.
        in.hasQuery = req.target.find('?') != std::string::npos;
        in.body = QByteArray::fromStdString(req.body);
        const HttpResponse out = handler(in);
        res.status = out.status;
        for (const auto &[name, value] : out.headers)
            res.set_header(name.toStdString(), value.toStdString());
        res.set_content(out.body.toStdString(), out.contentType.toStdString());
        if (c) {
            c->handled = true;
            c->windowStartMs = nowMs(); // before inHandler drops, so the watchdog never sees a stale start
            c->inHandler = false;
        }
    };
    server.Get("/healthz", adapt);
    server.Get("/metrics", adapt);
    server.Post("/v1/rpc", adapt);

    // After the head, before any body is read.
    server.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        Connection *c = t_connection;
        if (c)
            c->readingHead = false;
        // A request parsed from bytes that came after a closing error (OpenSSL may hold
        // them in its buffer) is not run.
        if (c && c->closing)
            return httplib::Server::HandlerResponse::Handled;
        // 0.11 puts no size limit on chunked bodies; our clients always send a length.
        if (req.has_header("Transfer-Encoding")) {
            res.status = 411;
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Every response passes here before it is written, ours and the library's.
    server.set_post_routing_handler([](const httplib::Request &, httplib::Response &res) {
        Connection *c = t_connection;
        if (!c)
            return;
        if (c->closing) {
            c->refuseWrites = true; // the answer to such leftovers is not sent
            return;
        }
        if (c->overBudget && c->readingHead && res.status == 400)
            res.status = 431; // the library saw the head end early because we stopped reading
        // An error the library answered for a request it could not frame (400, 411, 413,
        // 414, 431) leaves the stream out of step: close after it (RFC 9112 section 2.2).
        if (!c->handled && res.status >= 400 && res.status != 404 && c->fd >= 0) {
            res.headers.erase("Keep-Alive");
            res.headers.erase("Connection");
            res.set_header("Connection", "close");
            c->refuseReads = true;
            c->closing = true;
        }
        c->handled = false;
        c->readingHead = true;
        c->overBudget = false;
        c->bytesIn = 0;
        c->windowStartMs = nowMs();
    });
}
} // namespace

struct HttpServer::Impl {
    // Declared first, destroyed last: the server's task queue and TLS callbacks use it.
    std::unique_ptr<ConnectionGuard> guard;
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    int port = 0;
    bool tls = false;
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

HttpServer::~HttpServer() { stop(); }

int HttpServer::port() const { return d->port; }
bool HttpServer::tls() const { return d->tls; }

void HttpServer::stop()
{
    if (d->server)
        d->server->stop();
    if (d->thread.joinable())
        d->thread.join();
}

std::expected<std::unique_ptr<HttpServer>, QString> HttpServer::start(const HttpServerOptions &options,
                                                                        Handler handler)
{
    auto impl = std::make_unique<Impl>();
    impl->guard = std::make_unique<ConnectionGuard>(options);
    std::function<int()> listeningSocket;
    if (!options.certFile.isEmpty() || !options.keyFile.isEmpty()) {
        const QByteArray cert = QFile::encodeName(options.certFile);
        const QByteArray key = QFile::encodeName(options.keyFile);
        QString error;
        // Our own context setup, so a bad file gets a sentence instead of a silent
        // invalid server, and old protocol versions are off.
        auto server = std::make_unique<Exposed<httplib::SSLServer>>([&](SSL_CTX &ctx) {
            SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
            SSL_CTX_set_info_callback(&ctx, tlsInfoCallback);
            if (SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) != 1) {
                error = QStringLiteral("cannot load TLS certificate %1: %2").arg(options.certFile, sslError());
                return false;
            }
            if (SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1
                || SSL_CTX_check_private_key(&ctx) != 1) {
                error = QStringLiteral("cannot load TLS key %1 (or it does not match the certificate): %2")
                            .arg(options.keyFile, sslError());
                return false;
            }
            return true;
        });
        if (!server->is_valid())
            return std::unexpected(error.isEmpty() ? QStringLiteral("cannot set up TLS") : error);
        listeningSocket = [s = server.get()] { return s->listeningSocket(); };
        impl->server = std::move(server);
        impl->tls = true;
    } else {
        auto server = std::make_unique<Exposed<httplib::Server>>();
        listeningSocket = [s = server.get()] { return s->listeningSocket(); };
        impl->server = std::move(server);
    }
    auto &server = *impl->server;
    server.new_task_queue = [max = size_t(std::max(1, options.maxThreads)), guard = impl->guard.get()] {
        return new GrowingPool(max, *guard);
    };
    // Without TCP_NODELAY a response written in two segments waits for the client's
    // delayed ACK: about 40 ms added to every call.
    server.set_tcp_nodelay(true);
    server.set_payload_max_length(options.maxBodyBytes);
    server.set_read_timeout(options.readTimeoutSec, 0);
    server.set_write_timeout(options.writeTimeoutSec, 0);
    server.set_keep_alive_timeout(options.keepAliveSec);
    server.set_keep_alive_max_count(100);
    route(server, handler);

    const std::string host = options.host.toStdString();
    if (options.port == 0) {
        impl->port = server.bind_to_any_port(host);
        if (impl->port <= 0)
            return std::unexpected(QStringLiteral("cannot listen on %1 (any port)").arg(options.host));
    } else {
        if (!server.bind_to_port(host, options.port))
            return std::unexpected(QStringLiteral("cannot listen on %1:%2 (address in use or not ours?)")
                                       .arg(options.host)
                                       .arg(options.port));
        impl->port = options.port;
    }
    // 0.11 listens with a backlog of 5: a burst of connects (a console opening its pool,
    // a reconnect storm) overflows it, and the kernel drops SYNs that clients retry only
    // after a second. Listening again on a listening socket just widens the queue.
    ::listen(listeningSocket(), SOMAXCONN);
    impl->thread = std::thread([&server] { server.listen_after_bind(); });
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

} // namespace mailstore::agent
