// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpServer: our small interface over cpp-httplib (the only file that includes
// httplib.h is httpserver.cpp). HTTP parsing and TLS are the library's; the threads and
// the per-connection limits are ours. We see plain request/response values and answer
// from a handler that runs on the connection's thread.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

namespace mailstore::agent {

struct HttpRequest {
    QByteArray method;         // "GET", "POST"
    QByteArray path;           // without the query string
    QByteArray authorization;  // the Authorization header, empty when absent
    bool hasQuery = false;     // the URL carried a query string (never read or logged)
    QByteArray body;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HttpServerOptions {
    QString host;      // an IP address
    int port = 0;      // 0: any free port (see HttpServer::port)
    QString certFile;  // both empty: plain HTTP (the caller allows that on loopback only)
    QString keyFile;
    size_t maxBodyBytes = 4 * 1024 * 1024; // larger bodies get 413
    int readTimeoutSec = 5;   // per read: a silent client is cut off, not waited for
    int writeTimeoutSec = 5;
    int keepAliveSec = 2;     // an idle keep-alive connection holds its thread this long
    // Each connection holds one thread from accept to close (the library's model), so
    // threads grow with connections up to this cap; beyond it new connections queue.
    int maxThreads = 512;
    // TLS only (see httpserver.cpp for why): connections one peer address may hold; the
    // time a connection gets, from its start or from its previous response (that
    // response's writing included), to deliver its next complete request (a client
    // dripping bytes never meets the per-read timeout; our handler's own time does not
    // count); and the size of a request head. Over the first, the handshake is refused;
    // over the second, the connection is closed; over the third, the answer is 431 and
    // the connection is closed.
    int maxConnectionsPerPeer = 64;
    int requestDeadlineSec = 30;
    size_t maxHeaderBytes = 64 * 1024;
};

class HttpServer {
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // Binds now (so errors come back here) and serves on its own thread. `handler` gets
    // GET /healthz, GET /metrics and POST /v1/rpc; other paths get 404 from the library.
    static std::expected<std::unique_ptr<HttpServer>, QString> start(const HttpServerOptions &options,
                                                                     Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    int port() const;
    bool tls() const;
    // Stops accepting, ends open TLS connections and joins the serving threads (handlers
    // must return promptly).
    void stop();

private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace mailstore::agent
