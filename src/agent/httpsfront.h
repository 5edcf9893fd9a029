// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpsFront: the daemon's HTTPS face. Authenticates bearer tokens on the HTTP worker
// threads, then hands each JSON-RPC body to the dispatcher on the main thread through a
// queued call and waits (bounded) for the answer. No job.progress here: HTTPS clients
// poll job.get.

#include "httpserver.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace mailstore::agent {

class Dispatcher;

struct HttpsOptions {
    QString listen;    // ADDR:PORT as given
    QString certFile;
    QString keyFile;
    QString tokensFile;
};

// Parses ADDR:PORT ([v6]:PORT too) and enforces "plain HTTP on loopback only".
std::expected<HttpServerOptions, QString> httpServerOptions(const HttpsOptions &options);

class HttpsFront final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsFront)
public:
    using MetricsFn = std::function<QByteArray()>; // called on the main thread

    HttpsFront(Dispatcher &dispatcher, MetricsFn metrics, QObject *parent = nullptr);
    ~HttpsFront() override;

    std::expected<void, QString> start(const HttpsOptions &options);
    void stop();
    int port() const;

    static constexpr int CallTimeoutMs = 300000;

private:
    HttpResponse handle(const HttpRequest &request);
    std::optional<TokenEntry> authenticate(const QByteArray &authorization);
    // Runs fn on the main thread and waits for its result; nullopt on timeout/stop.
    std::optional<QByteArray> onMainThread(std::function<void(std::function<void(QByteArray)>)> fn);

    Dispatcher &m_dispatcher;
    MetricsFn m_metrics;
    std::unique_ptr<HttpServer> m_server;
    QString m_tokensFile;
    QMutex m_tokensMutex;
    TokenStore m_tokens;
    QPair<QDateTime, qint64> m_tokensStamp; // mtime and size: reload on change, so revoke works at once
    std::atomic<bool> m_stopping{false};
};

} // namespace mailstore::agent
