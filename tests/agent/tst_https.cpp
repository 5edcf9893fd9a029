// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon's HTTPS face against a real client: a test CA made with the openssl CLI,
// a server certificate for 127.0.0.1, QNetworkAccessManager trusting only that CA.
// Bearer tokens (none, wrong, support, admin), /healthz, /metrics in Prometheus text
// format (and through promtool when installed), tokens in the query string refused and
// never logged, body limit, the loopback-only rule for plain HTTP.
#include "agentharness.h"
#include "testca.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTimer>

using namespace testing;
using namespace Qt::StringLiterals;

namespace {
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray wwwAuthenticate;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

QByteArray rpcBody(const QString &method, const QJsonObject &params = {})
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                  {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Prometheus text format 0.0.4: every sample line is `name{labels} value`.
bool parseMetrics(const QByteArray &text, QHash<QString, double> *samples, QString *bad)
{
    static const QRegularExpression line(
        QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*")*)?\})? (\S+)$)"));
    for (const QByteArray &raw : text.split('\n')) {
        const QString l = QString::fromUtf8(raw);
        if (l.isEmpty() || l.startsWith(QLatin1String("# HELP ")) || l.startsWith(QLatin1String("# TYPE ")))
            continue;
        const auto m = line.match(l);
        bool ok = false;
        const double v = m.hasMatch() ? m.captured(5).toDouble(&ok) : 0;
        if (!ok) {
            *bad = l;
            return false;
        }
        samples->insert(m.captured(1) + m.captured(2), v);
    }
    return true;
}
} // namespace

class TestHttps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthNeedsNoToken();
    void missingOrWrongTokenIs401();
    void supportTokenIsForbiddenToMutate();
    void adminTokenWorksAndIsAudited();
    void metricsParse();
    void metricsPassPromtool();
    void tokenInQueryStringIsRefusedAndNotLogged();
    void oversizeBodyIs413AndLongUriIs414();
    void untrustedCertificateFails();
    void revokedTokenIsRefusedAtOnce();
    void nonLoopbackWithoutTlsIsRefused();
    void plainHttpOnLoopback();

private:
    QProcess *startDaemon(AgentHarness &h, const QStringList &extra, int *port);
    HttpResult request(const QByteArray &verb, const QUrl &url, const QByteArray &token, const QByteArray &body = {},
                       bool trustCa = true, const QByteArray &rawAuthorization = {});
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    QString tokenAdd(const QString &role, const QString &name);

    AgentHarness m_h;
    AgentHarness m_plain;
    QString m_dir;
    QString m_tokens;
    QByteArray m_admin;
    QByteArray m_support;
    QList<QSslCertificate> m_ca;
    QProcess *m_daemon = nullptr;
    QByteArray m_daemonOutput;
    int m_port = 0;
    QNetworkAccessManager m_nam;
};

QString TestHttps::tokenAdd(const QString &role, const QString &name)
{
    QByteArray out;
    if (m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), m_tokens,
                      QStringLiteral("--role"), role, QStringLiteral("--name"), name},
                     &out)
        != 0)
        return {};
    return QString::fromLatin1(out.trimmed());
}

QProcess *TestHttps::startDaemon(AgentHarness &h, const QStringList &extra, int *port)
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(agentBin(), QStringList{QStringLiteral("daemon")} + h.storeArgs() + extra);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        p->waitForReadyRead(200);
        seen += p->readAll();
        const auto m = listening.match(QString::fromUtf8(seen));
        if (m.hasMatch()) {
            *port = m.captured(1).toInt();
            m_daemonOutput += seen;
            return p;
        }
        if (p->state() == QProcess::NotRunning)
            break;
    }
    qWarning("daemon did not listen: %s", seen.constData());
    return p;
}

HttpResult TestHttps::request(const QByteArray &verb, const QUrl &target, const QByteArray &token,
                              const QByteArray &body, bool trustCa, const QByteArray &rawAuthorization)
{
    QNetworkRequest req(target);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (trustCa)
        conf.setCaCertificates(m_ca);
    req.setSslConfiguration(conf);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!rawAuthorization.isEmpty())
        req.setRawHeader("Authorization", rawAuthorization);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->rawHeader("Content-Type");
    r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

void TestHttps::initTestCase()
{
    QVERIFY(m_h.init(20, 0.1));
    m_dir = m_h.tmp();
    const QString d = m_dir + QLatin1Char('/');
    QString caError;
    QVERIFY2(mailstore::test::makeTestCa(m_dir, &caError), qPrintable(caError));
    m_ca = QSslCertificate::fromPath(d + QStringLiteral("ca.crt"));
    QCOMPARE(m_ca.size(), 1);

    m_tokens = d + QStringLiteral("tokens.json");
    m_admin = tokenAdd(QStringLiteral("admin"), QStringLiteral("ci")).toLatin1();
    m_support = tokenAdd(QStringLiteral("support"), QStringLiteral("helpdesk")).toLatin1();
    QVERIFY(m_admin.startsWith("msa_") && m_support.startsWith("msa_"));

    m_daemon = startDaemon(m_h, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                 d + QStringLiteral("server.crt"), QStringLiteral("--tls-key"), d + QStringLiteral("server.key"),
                                 QStringLiteral("--tokens"), m_tokens},
                           &m_port);
    QVERIFY(m_port > 0);
    QVERIFY(m_daemonOutput.contains("(https)"));
}

void TestHttps::cleanupTestCase()
{
    m_h.stopDaemon();
    m_plain.stopDaemon();
    if (m_daemon && !m_daemon->waitForFinished(10000))
        m_daemon->kill();
}

void TestHttps::healthNeedsNoToken()
{
    const auto r = request("GET", url(QStringLiteral("/healthz")), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.trimmed(), QByteArray("ok"));
}

void TestHttps::missingOrWrongTokenIs401()
{
    for (const QByteArray &token : {QByteArray(), QByteArray("msa_") + QByteArray(43, 'A'), m_admin.chopped(1) + '_'}) {
        const auto r = request("POST", url(QStringLiteral("/v1/rpc")), token, rpcBody(QStringLiteral("host.info")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.wwwAuthenticate, QByteArray("Bearer error=\"invalid_token\""));
        QVERIFY(!r.body.contains("result"));
    }
    // Another scheme, or the token without a scheme, is not a bearer token.
    for (const QByteArray &raw : {"Basic " + m_admin.toBase64(), m_admin, "Bearer"_ba}) {
        const auto r = request("POST", url(QStringLiteral("/v1/rpc")), {}, rpcBody(QStringLiteral("host.info")), true, raw);
        QCOMPARE(r.status, 401);
    }
    const auto metrics = request("GET", url(QStringLiteral("/metrics")), {});
    QCOMPARE(metrics.status, 401);
}

void TestHttps::supportTokenIsForbiddenToMutate()
{
    const auto list = request("POST", url(QStringLiteral("/v1/rpc")), m_support, rpcBody(QStringLiteral("accounts.list")));
    QCOMPARE(list.status, 200);
    QCOMPARE(result(QJsonDocument::fromJson(list.body).object()).value(QStringLiteral("total")).toInt(), 20);
    for (const QString &m : {QStringLiteral("index.rebuild"), QStringLiteral("daemon.stop"), QStringLiteral("job.cancel")}) {
        const auto r = request("POST", url(QStringLiteral("/v1/rpc")), m_support,
                               rpcBody(m, {{QStringLiteral("account"), QStringLiteral("x")}, {QStringLiteral("id"), QStringLiteral("j-1")}}));
        QCOMPARE(r.status, 200); // a JSON-RPC error, not an HTTP one: the token was fine
        QCOMPARE(errorCode(QJsonDocument::fromJson(r.body).object()), 1011);
    }
}

void TestHttps::adminTokenWorksAndIsAudited()
{
    const auto info = request("POST", url(QStringLiteral("/v1/rpc")), m_admin, rpcBody(QStringLiteral("host.info")));
    QCOMPARE(info.status, 200);
    QVERIFY(info.contentType.startsWith("application/json"));
    QCOMPARE(result(QJsonDocument::fromJson(info.body).object()).value(QStringLiteral("root")).toString(),
             QFileInfo(m_h.root()).canonicalFilePath());
    const auto cancel = request("POST", url(QStringLiteral("/v1/rpc")), m_admin,
                                rpcBody(QStringLiteral("job.cancel"), {{QStringLiteral("id"), QStringLiteral("j-none")}}));
    QCOMPARE(errorCode(QJsonDocument::fromJson(cancel.body).object()), 1001); // allowed, just no such job
    const auto audit = request("POST", url(QStringLiteral("/v1/rpc")), m_admin, rpcBody(QStringLiteral("audit.list")));
    const QJsonArray entries = result(QJsonDocument::fromJson(audit.body).object()).value(QStringLiteral("entries")).toArray();
    QVERIFY(entries.size() >= 4);
    const auto newest = entries.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("principal")).toString(), QStringLiteral("ci"));
    QCOMPARE(newest.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(newest.value(QStringLiteral("transport")).toString(), QStringLiteral("https"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("principal")).toString(), QStringLiteral("helpdesk"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("code")).toInt(), 1011);
    // A batch goes through the same dispatcher.
    const auto batch = request("POST", url(QStringLiteral("/v1/rpc")), m_admin,
                               "[" + rpcBody(QStringLiteral("api.version")) + "," + rpcBody(QStringLiteral("nope")) + "]");
    QCOMPARE(QJsonDocument::fromJson(batch.body).array().size(), 2);
}

void TestHttps::metricsParse()
{
    // Wait for the first catalog build, so the counts are the store's.
    QCOMPARE(request("POST", url(QStringLiteral("/v1/rpc")), m_support, rpcBody(QStringLiteral("accounts.list"))).status, 200);
    const auto r = request("GET", url(QStringLiteral("/metrics")), m_support);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.contentType.contains("version=0.0.4"), r.contentType.constData());
    QHash<QString, double> samples;
    QString bad;
    QVERIFY2(parseMetrics(r.body, &samples, &bad), qPrintable(bad));
    QCOMPARE(samples.value(QStringLiteral("mailstore_up")), 1.0);
    QCOMPARE(samples.value(QStringLiteral("mailstore_accounts")), 20.0);
    for (const char *name : {"mailstore_accounts_with_problems", "mailstore_messages", "mailstore_bytes",
                             "mailstore_catalog_build_seconds", "mailstore_jobs{state=\"running\"}",
                             "mailstore_jobs{state=\"succeeded\"}"})
        QVERIFY2(samples.contains(QLatin1String(name)), name);
    QVERIFY(samples.value(QStringLiteral("mailstore_messages")) > 0);
}

void TestHttps::metricsPassPromtool()
{
    // Prometheus's own checker and linter, when installed (Debian package prometheus).
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");
    const auto r = request("GET", url(QStringLiteral("/metrics")), m_support);
    QCOMPARE(r.status, 200);
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted(10000));
    check.write(r.body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray findings = check.readAll();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, findings.constData());
    QVERIFY2(findings.trimmed().isEmpty(), findings.constData()); // no lint findings either
}

void TestHttps::tokenInQueryStringIsRefusedAndNotLogged()
{
    QUrl u = url(QStringLiteral("/v1/rpc"));
    u.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(m_admin));
    const auto r = request("POST", u, {}, rpcBody(QStringLiteral("daemon.stop")));
    QVERIFY2(r.status == 400 || r.status == 401, QByteArray::number(r.status).constData());
    QUrl m = url(QStringLiteral("/metrics"));
    m.setQuery(QStringLiteral("token=") + QString::fromLatin1(m_support));
    QCOMPARE(request("GET", m, m_support).status, 400); // refused even with a good header
    // Still running (daemon.stop never ran), and the token is nowhere in its files.
    QCOMPARE(request("GET", url(QStringLiteral("/healthz")), {}).status, 200);
    m_daemonOutput += m_daemon->readAll();
    QFile audit(m_h.stateDir() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray auditText = audit.readAll();
    for (const QByteArray &secret : {m_admin, m_support}) {
        QVERIFY(!auditText.contains(secret));
        QVERIFY(!m_daemonOutput.contains(secret));
        QVERIFY(!m_daemonOutput.contains(secret.mid(4, 12)));
    }
}

void TestHttps::oversizeBodyIs413AndLongUriIs414()
{
    const QByteArray body(4 * 1024 * 1024 + 1, ' ');
    const auto r = request("POST", url(QStringLiteral("/v1/rpc")), m_admin, body);
    QCOMPARE(r.status, 413);
    QCOMPARE(request("GET", url(QStringLiteral("/healthz")), {}).status, 200);
    // A request line over 8 KiB: 414 from the library, before any handler runs.
    QCOMPARE(request("GET", url(QStringLiteral("/healthz/") + QString(9000, QLatin1Char('a'))), {}).status, 414);
    // Unknown paths are the library's 404.
    QCOMPARE(request("GET", url(QStringLiteral("/v1/other")), m_admin).status, 404);
}

void TestHttps::untrustedCertificateFails()
{
    // Its own manager: a fresh connection (the pooled one passed its handshake long ago).
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url(QStringLiteral("/healthz"))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    delete reply;
}

void TestHttps::revokedTokenIsRefusedAtOnce()
{
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), m_tokens,
                           QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--json")},
                          &out),
             0);
    const QJsonObject added = QJsonDocument::fromJson(out).object();
    const QByteArray token = added.value(QStringLiteral("token")).toString().toLatin1();
    // Added while the daemon runs: usable without a restart.
    QCOMPARE(request("GET", url(QStringLiteral("/metrics")), token).status, 200);
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--tokens"), m_tokens,
                           added.value(QStringLiteral("id")).toString()}),
             0);
    const auto r = request("GET", url(QStringLiteral("/metrics")), token);
    QCOMPARE(r.status, 401);
    QCOMPARE(request("GET", url(QStringLiteral("/metrics")), m_support).status, 200);
}

void TestHttps::nonLoopbackWithoutTlsIsRefused()
{
    QByteArray err;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon")} + m_h.storeArgs()
                              + QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--tokens"), m_tokens},
                          nullptr, &err),
             2);
    QVERIFY2(err.contains("refusing to serve plain HTTP") && err.contains("--tls-cert"), err.constData());
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon")} + m_h.storeArgs()
                              + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                          nullptr, &err),
             2);
    QVERIFY2(err.contains("--tokens"), err.constData());
    // The running daemon was not disturbed.
    QCOMPARE(request("GET", url(QStringLiteral("/healthz")), {}).status, 200);
}

void TestHttps::plainHttpOnLoopback()
{
    QVERIFY(m_plain.init(20, 0.1, 11));
    int port = 0;
    QProcess *plain = startDaemon(m_plain, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--tokens"), m_tokens}, &port);
    QVERIFY(port > 0);
    const QUrl u(QStringLiteral("http://127.0.0.1:%1/v1/rpc").arg(port));
    QCOMPARE(request("POST", u, {}, rpcBody(QStringLiteral("host.info"))).status, 401);
    // accounts.list waits for the first catalog build (host.info would not).
    const auto r = request("POST", u, m_admin, rpcBody(QStringLiteral("accounts.list")));
    QCOMPARE(r.status, 200);
    QCOMPARE(result(QJsonDocument::fromJson(r.body).object()).value(QStringLiteral("total")).toInt(), 20);
    m_plain.stopDaemon();
    QVERIFY(plain->waitForFinished(10000));
    QCOMPARE(plain->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestHttps)
#include "tst_https.moc"
