// SPDX-License-Identifier: GPL-3.0-or-later
// One daemon, three ways in: host.info round-trip latency over the local bridge, over
// SSH (a real sshd on loopback running the bridge) and over HTTPS (TLS with a test CA),
// then accounts.list pages per second with 8 concurrent HTTPS clients.
//   bench_transports [--accounts 2000] [--calls 300] [--seconds 10]
#include "agentclient.h"
#include "benchutil.h"
#include "localagent.h"
#include "remoteconnect.h"
#include "sshserver.h"

#include <httplib.h>

#include <atomic>
#include <thread>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace mailstore::app;

namespace {

const QString kAgent = QStringLiteral(MAILSTORE_AGENT_BIN);

void check(bool ok, const char *what)
{
    if (!ok)
        qFatal("bench_transports: %s", what);
}

// Sequential host.info calls through a connected client; median latency in ms.
double clientLatency(AgentClient &client, int calls)
{
    std::vector<double> ms;
    for (int i = 0; i < calls; ++i) {
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        client.call(QStringLiteral("host.info"), {}, &loop, [&](const auto &) { loop.quit(); });
        loop.exec();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

bool waitConnected(AgentClient &client)
{
    QEventLoop loop;
    QObject::connect(&client, &AgentClient::stateChanged, &loop, [&](AgentClient::State s) {
        if (s != AgentClient::State::Connecting)
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (client.state() != AgentClient::State::Connected)
        loop.exec();
    return client.state() == AgentClient::State::Connected;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("MAILSTORE_AGENT"))
        qputenv("MAILSTORE_AGENT", MAILSTORE_AGENT_BIN);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("calls"), QStringLiteral("host.info calls per transport."), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Load duration."), QStringLiteral("S"), QStringLiteral("10")});
    parser.process(app);
    const int calls = parser.value(QStringLiteral("calls")).toInt();

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/mst-XXXXXX"));
    const QString d = tmp.path() + QLatin1Char('/');
    const QString root = d + QStringLiteral("store"), state = d + QStringLiteral("st");
    check(QProcess::execute(kAgent, {QStringLiteral("demo-init"), root, QStringLiteral("--accounts"),
                                     parser.value(QStringLiteral("accounts")), QStringLiteral("--scale"), QStringLiteral("0.02")}) == 0,
          "demo-init");
    // Test CA and server certificate; argument lists, never a shell.
    auto openssl = [&](const char *line) {
        return QProcess::execute(QStringLiteral("openssl"), QString::fromLatin1(line).arg(d).split(QLatin1Char(' '))) == 0;
    };
    check(openssl("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1ca.key -out %1ca.crt "
                  "-days 2 -subj /CN=bench-CA"), "CA");
    check(openssl("req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1srv.key -out %1srv.csr "
                  "-subj /CN=127.0.0.1"), "CSR");
    QFile ext(d + QStringLiteral("ext.cnf"));
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    check(openssl("x509 -req -in %1srv.csr -CA %1ca.crt -CAkey %1ca.key -CAcreateserial -out %1srv.crt -days 2 "
                  "-extfile %1ext.cnf"), "certificate");
    QProcess add;
    add.start(kAgent, {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), d + QStringLiteral("tokens.json"),
                       QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("bench")});
    add.waitForFinished();
    const QByteArray token = add.readAllStandardOutput().trimmed().split('\n').last().split(' ').last();

    // The one daemon: HTTPS face plus its Unix socket, which the local and SSH bridges reach.
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.start(kAgent, {QStringLiteral("daemon"), QStringLiteral("--root"), root, QStringLiteral("--state-dir"), state,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), d + QStringLiteral("srv.crt"),
                          QStringLiteral("--tls-key"), d + QStringLiteral("srv.key"), QStringLiteral("--tokens"), d + QStringLiteral("tokens.json")});
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    int port = 0;
    while (port == 0 && daemon.waitForReadyRead(10000)) {
        seen += daemon.readAll();
        if (auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch())
            port = m.captured(1).toInt();
    }
    check(port > 0, "daemon did not report its HTTPS port");

    std::printf("| transport (loopback, 2 cores) | `host.info` round trip, median of %d | note |\n|---|---|---|\n", calls);
    {
        AgentClient client;
        client.connectTo(localTransportFactory(LocalStore{root, {}, {QStringLiteral("--state-dir"), state}}));
        check(waitConnected(client), "local connect");
        bench::row(QStringLiteral("local (`mailstore-agent --stdio` bridge)"),
                   QStringLiteral("%1 ms").arg(clientLatency(client, calls), 0, 'f', 3), QStringLiteral("pipe → bridge → Unix socket"));
    }
    {
        mailstore::test::SshServer sshd;
        check(sshd.start(), "sshd");
        QFile known(d + QStringLiteral("known_hosts"));
        known.open(QIODevice::WriteOnly);
        known.write(sshd.knownHostsLine().toUtf8() + '\n');
        known.close();
        SshTarget t;
        t.user = sshd.userName();
        t.host = QStringLiteral("127.0.0.1");
        t.port = sshd.port();
        t.identityFile = sshd.userKey();
        t.knownHostsFile = known.fileName();
        t.remoteCommand = kAgent + QStringLiteral(" --stdio --root ") + root + QStringLiteral(" --state-dir ") + state;
        AgentClient client;
        client.connectTo(sshTransportFactory(t));
        check(waitConnected(client), "ssh connect");
        bench::row(QStringLiteral("SSH (libssh exec channel, ed25519 key)"),
                   QStringLiteral("%1 ms").arg(clientLatency(client, calls), 0, 'f', 3), QStringLiteral("session already open"));
    }
    // HTTPS clients: cpp-httplib's client with keep-alive (the console's own HTTPS client
    // comes with connection profiles); each thread has its own connection.
    const std::string caFile = (d + QStringLiteral("ca.crt")).toStdString();
    const std::string auth = "Bearer " + token.toStdString();
    auto makeClient = [&] {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        c->set_ca_cert_path(caFile.c_str());
        c->enable_server_certificate_verification(true);
        c->set_keep_alive(true);
        c->set_tcp_nodelay(true); // else its header and body writes meet the delayed ACK
        c->set_default_headers({{"Authorization", auth}});
        return c;
    };
    const std::string hostInfo = R"({"jsonrpc":"2.0","id":1,"method":"host.info"})";
    auto page = [](int n) {
        return R"({"jsonrpc":"2.0","id":1,"method":"accounts.list","params":{"limit":100,"offset":)"
            + std::to_string((n * 100) % 1900) + "}}";
    };
    {
        auto c = makeClient();
        std::vector<double> ms;
        for (int i = 0; i < calls; ++i) {
            QElapsedTimer t;
            t.start();
            auto r = c->Post("/v1/rpc", hostInfo, "application/json");
            check(r && r->status == 200, "https host.info");
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        bench::row(QStringLiteral("HTTPS (TLS, bearer token, keep-alive)"),
                   QStringLiteral("%1 ms").arg(ms[ms.size() / 2], 0, 'f', 3), QStringLiteral("POST /v1/rpc"));
    }
    {
        const int seconds = parser.value(QStringLiteral("seconds")).toInt();
        std::atomic<qint64> done{0}, failed{0};
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([&, t] {
                auto c = makeClient();
                for (int n = t; clock.elapsed() < seconds * 1000; n += 8) {
                    auto r = c->Post("/v1/rpc", page(n), "application/json");
                    (r && r->status == 200 ? done : failed)++;
                }
            });
        for (auto &th : threads)
            th.join();
        std::printf("\n| load | value | note |\n|---|---|---|\n");
        bench::row(QStringLiteral("`accounts.list` pages (100 rows), 8 concurrent HTTPS clients"),
                   QStringLiteral("%1 requests/s").arg(double(done) / seconds, 0, 'f', 0),
                   QStringLiteral("%1 s, %2 errors, keep-alive connections").arg(seconds).arg(failed.load()));
    }
    QProcess::execute(kAgent, {QStringLiteral("daemon"), QStringLiteral("stop"), QStringLiteral("--root"), root,
                               QStringLiteral("--state-dir"), state});
    daemon.waitForFinished(10000);
    return 0;
}
