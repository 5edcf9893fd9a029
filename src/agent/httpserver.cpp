// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that includes httplib.h (Debian's compiled cpp-httplib; its pkg-config
// flags bring the OpenSSL define the library was built with).
#include "httpserver.h"

#include <QFile>

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <thread>

namespace mailstore::agent {

struct HttpServer::Impl {
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    int port = 0;
    bool tls = false;
};

namespace {
QString sslError()
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    return QString::fromLatin1(buf);
}

void route(httplib::Server &server, const HttpServer::Handler &handler)
{
    auto adapt = [handler](const httplib::Request &req, httplib::Response &res) {
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
    };
    server.Get("/healthz", adapt);
    server.Get("/metrics", adapt);
    server.Post("/v1/rpc", adapt);
}
} // namespace

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
    if (!options.certFile.isEmpty() || !options.keyFile.isEmpty()) {
        const QByteArray cert = QFile::encodeName(options.certFile);
        const QByteArray key = QFile::encodeName(options.keyFile);
        QString error;
        // Our own context setup, so a bad file gets a sentence instead of a silent
        // invalid server, and old protocol versions are off.
        impl->server = std::make_unique<httplib::SSLServer>([&](SSL_CTX &ctx) {
            SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
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
        if (!impl->server->is_valid())
            return std::unexpected(error.isEmpty() ? QStringLiteral("cannot set up TLS") : error);
        impl->tls = true;
    } else {
        impl->server = std::make_unique<httplib::Server>();
    }
    auto &server = *impl->server;
    const int threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
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
    impl->thread = std::thread([&server] { server.listen_after_bind(); });
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

} // namespace mailstore::agent
