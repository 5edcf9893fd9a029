// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsfront.h"

#include "../api/jsonrpc.h"
#include "dispatcher.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>

#include <chrono>
#include <future>

Q_LOGGING_CATEGORY(lcHttps, "mailstore.https")

namespace mailstore::agent {

namespace {
HttpResponse text(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body + '\n';
    return r;
}

HttpResponse unauthorized()
{
    // RFC 6750: a missing or wrong token both get invalid_token; the body says no more.
    HttpResponse r = text(401, "a valid bearer token is required (Authorization: Bearer TOKEN)");
    r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
    return r;
}

QPair<QDateTime, qint64> stampOf(const QString &file)
{
    const QFileInfo info(file);
    return {info.lastModified(), info.size()};
}

// Runs one JSON-RPC frame (object or batch) for `who`; `done` gets the encoded answer,
// or an empty array when nothing is to be answered (only notifications).
void runFrame(Dispatcher &dispatcher, const Principal &who, const QByteArray &body,
              std::function<void(QByteArray)> done)
{
    const api::DecodedFrame decoded = api::decodeRequestFrame(body);
    struct State {
        QJsonArray answers;
        int outstanding = 0;
        bool batch = false;
        std::function<void(QByteArray)> done;
    };
    auto state = std::make_shared<State>();
    state->batch = decoded.batch;
    state->done = std::move(done);
    state->outstanding = 1; // held until every entry is dispatched
    auto finishOne = [state] {
        if (--state->outstanding > 0)
            return;
        if (state->answers.isEmpty())
            state->done({});
        else if (state->batch)
            state->done(api::encode(state->answers));
        else
            state->done(api::encode(state->answers.first().toObject()));
    };
    for (const auto &entry : decoded.entries) {
        if (const auto *bad = std::get_if<api::InvalidEntry>(&entry)) {
            state->answers.append(api::errorObject(bad->id, bad->error));
            continue;
        }
        const auto &request = std::get<api::Request>(entry);
        ++state->outstanding;
        dispatcher.dispatch(request, who, [state, finishOne, id = request.id,
                                           notification = request.isNotification()](const Reply &reply) {
            if (!notification)
                state->answers.append(reply ? api::resultObject(id, *reply) : api::errorObject(id, reply.error()));
            finishOne();
        });
    }
    finishOne();
}
} // namespace

std::expected<HttpServerOptions, QString> httpServerOptions(const HttpsOptions &options)
{
    const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? options.listen.mid(colon + 1).toInt(&ok) : 0;
    QString host = colon > 0 ? options.listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress address;
    if (!ok || port < 0 || port > 65535 || !address.setAddress(host))
        return std::unexpected(QStringLiteral("--listen %1: expected IP-ADDRESS:PORT, e.g. 127.0.0.1:8443")
                                   .arg(options.listen));
    if (options.certFile.isEmpty() != options.keyFile.isEmpty())
        return std::unexpected(QStringLiteral("--tls-cert and --tls-key go together"));
    if (options.certFile.isEmpty() && !address.isLoopback())
        return std::unexpected(QStringLiteral("refusing to serve plain HTTP on %1: it is not a loopback address, "
                                              "and bearer tokens would cross the network in clear; "
                                              "give --tls-cert and --tls-key")
                                   .arg(host));
    if (options.tokensFile.isEmpty())
        return std::unexpected(QStringLiteral("--listen needs --tokens FILE (make one with 'mailstore-agent token add')"));
    HttpServerOptions out;
    out.host = address.toString();
    out.port = port;
    out.certFile = options.certFile;
    out.keyFile = options.keyFile;
    return out;
}

HttpsFront::HttpsFront(Dispatcher &dispatcher, MetricsFn metrics, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_metrics(std::move(metrics))
{
}

HttpsFront::~HttpsFront() { stop(); }

int HttpsFront::port() const { return m_server ? m_server->port() : 0; }

std::expected<void, QString> HttpsFront::start(const HttpsOptions &options)
{
    auto serverOptions = httpServerOptions(options);
    if (!serverOptions)
        return std::unexpected(serverOptions.error());
    m_tokensFile = options.tokensFile;
    auto tokens = TokenStore::load(m_tokensFile);
    if (!tokens)
        return std::unexpected(tokens.error());
    m_tokens = std::move(*tokens);
    m_tokensStamp = stampOf(m_tokensFile);
    auto server = HttpServer::start(*serverOptions, [this](const HttpRequest &r) { return handle(r); });
    if (!server)
        return std::unexpected(server.error());
    m_server = std::move(*server);
    qCInfo(lcHttps, "listening on %s:%d (%s), %lld tokens", qPrintable(serverOptions->host), m_server->port(),
           m_server->tls() ? "https" : "plain http, loopback only", qlonglong(m_tokens.entries().size()));
    return {};
}

void HttpsFront::stop()
{
    // Waiting handlers see the flag and give up, so the join below cannot hang on us.
    m_stopping = true;
    if (m_server)
        m_server->stop();
    m_server.reset();
}

std::optional<TokenEntry> HttpsFront::authenticate(const QByteArray &authorization)
{
    static const QByteArray scheme = "Bearer ";
    if (!authorization.startsWith(scheme))
        return std::nullopt;
    const QByteArray token = authorization.mid(scheme.size()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_tokensMutex);
    const auto stamp = stampOf(m_tokensFile);
    if (stamp != m_tokensStamp) {
        // A file we cannot read now keeps the last good set rather than locking everyone out.
        if (auto reloaded = TokenStore::load(m_tokensFile)) {
            m_tokens = std::move(*reloaded);
            m_tokensStamp = stamp;
        } else {
            qCWarning(lcHttps, "%s", qPrintable(reloaded.error()));
        }
    }
    return m_tokens.verify(token);
}

std::optional<QByteArray> HttpsFront::onMainThread(std::function<void(std::function<void(QByteArray)>)> fn)
{
    auto promise = std::make_shared<std::promise<QByteArray>>();
    auto future = promise->get_future();
    QMetaObject::invokeMethod(this, [fn = std::move(fn), promise] {
        fn([promise](QByteArray answer) { promise->set_value(std::move(answer)); });
    }, Qt::QueuedConnection);
    using namespace std::chrono;
    const auto deadline = steady_clock::now() + milliseconds(CallTimeoutMs);
    while (future.wait_for(milliseconds(100)) != std::future_status::ready) {
        if (m_stopping || steady_clock::now() > deadline)
            return std::nullopt;
    }
    return future.get();
}

HttpResponse HttpsFront::handle(const HttpRequest &request)
{
    if (request.path == "/healthz")
        return text(200, "ok");
    // RFC 6750: a token in the URL leaks into logs and history. Refuse any query before
    // looking at it, and never log the URL.
    if (request.hasQuery)
        return text(400, "query strings are not accepted; send the token in the Authorization header");
    const auto token = authenticate(request.authorization);
    if (!token)
        return unauthorized();
    if (request.path == "/metrics") {
        auto body = onMainThread([this](auto done) { done(m_metrics()); });
        if (!body)
            return text(503, "the agent is stopping");
        HttpResponse r;
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        r.body = *body;
        return r;
    }
    const Principal who{token->name, token->role, QStringLiteral("https")};
    auto answer = onMainThread([this, who, body = request.body](auto done) {
        runFrame(m_dispatcher, who, body, std::move(done));
    });
    if (!answer)
        return text(m_stopping ? 503 : 504, m_stopping ? "the agent is stopping" : "the call timed out");
    HttpResponse r;
    if (answer->isEmpty()) {
        r.status = 204; // only notifications: JSON-RPC sends nothing back
        r.contentType = {};
        return r;
    }
    r.contentType = "application/json";
    r.body = *answer;
    return r;
}

} // namespace mailstore::agent
