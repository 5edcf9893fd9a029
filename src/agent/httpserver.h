// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpServer: our small interface over cpp-httplib (the only file that includes
// httplib.h is httpserver.cpp). HTTP parsing, TLS, limits and the worker pool are the
// library's; we see plain request/response values and answer from a handler that runs
// on one of the pool's threads.

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
    int readTimeoutSec = 5;   // slow clients are cut off, not waited for
    int writeTimeoutSec = 5;
    int keepAliveSec = 2;     // an idle keep-alive connection holds a worker this long
    int threads = 16;         // bounded pool: further connections wait their turn
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
    // Stops accepting and joins the serving thread (handlers must return promptly).
    void stop();

private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace mailstore::agent
