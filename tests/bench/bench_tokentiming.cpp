// SPDX-License-Identifier: GPL-3.0-or-later
// R23 timing probe: can a client learn how much of a token it guessed right from how
// long a refusal takes? Wrong tokens sharing 0 and 31 leading bytes with a real one are
// sent in random order over one keep-alive connection, each answer timed; the two sets
// of times are compared by their medians and a two-sided Mann-Whitney U test. The agent
// compares SHA-256 digests with CRYPTO_memcmp, so no difference is expected (p > 0.01).
// A benchmark, not a test: on a shared machine a noisy run can cross any threshold.
//   bench_tokentiming [--requests 10000] [--tls]
// Plain HTTP on loopback by default: without TLS's jitter the probe is the more sensitive.
#include "benchutil.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <chrono>
#include <cmath>
#include <random>

namespace {

const QString kAgent = QStringLiteral(MAILSTORE_AGENT_BIN);

void check(bool ok, const char *what)
{
    if (!ok)
        qFatal("bench_tokentiming: %s", what);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct MannWhitney {
    double u = 0; // for the first sample
    double z = 0;
    double p = 1; // two-sided, normal approximation with tie correction
};

MannWhitney mannWhitney(const std::vector<double> &a, const std::vector<double> &b)
{
    struct Value {
        double v;
        bool first;
    };
    std::vector<Value> all;
    all.reserve(a.size() + b.size());
    for (double v : a)
        all.push_back({v, true});
    for (double v : b)
        all.push_back({v, false});
    std::sort(all.begin(), all.end(), [](const Value &x, const Value &y) { return x.v < y.v; });
    const double n1 = double(a.size()), n2 = double(b.size()), n = n1 + n2;
    double rankSum = 0, ties = 0;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        while (j < all.size() && all[j].v == all[i].v)
            ++j;
        const double rank = (double(i) + double(j) + 1) / 2; // average of ranks i+1 .. j
        const double t = double(j - i);
        ties += t * t * t - t;
        for (size_t k = i; k < j; ++k)
            if (all[k].first)
                rankSum += rank;
        i = j;
    }
    MannWhitney r;
    r.u = rankSum - n1 * (n1 + 1) / 2;
    const double mean = n1 * n2 / 2;
    const double sigma = std::sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))));
    const double diff = std::abs(r.u - mean) - 0.5; // continuity correction
    r.z = sigma > 0 ? std::max(diff, 0.0) / sigma * (r.u < mean ? -1 : 1) : 0;
    r.p = std::erfc(std::abs(r.z) / std::sqrt(2.0));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("requests"), QStringLiteral("Requests per token."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("tls"), QStringLiteral("Probe over HTTPS instead of plain HTTP on loopback.")});
    parser.process(app);
    const int perToken = parser.value(QStringLiteral("requests")).toInt();
    const bool tls = parser.isSet(QStringLiteral("tls"));

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/mst-XXXXXX"));
    const QString d = tmp.path() + QLatin1Char('/');
    const QString root = d + QStringLiteral("store"), state = d + QStringLiteral("st");
    QProcess init; // its report stays out of the table
    init.start(kAgent, {QStringLiteral("demo-init"), root, QStringLiteral("--accounts"), QStringLiteral("20"),
                        QStringLiteral("--scale"), QStringLiteral("0.02")});
    check(init.waitForFinished(60000) && init.exitCode() == 0, "demo-init");
    QProcess add;
    add.start(kAgent, {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), d + QStringLiteral("tokens.json"),
                       QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--name"), QStringLiteral("bench")});
    check(add.waitForFinished(30000), "token add");
    const std::string real = add.readAllStandardOutput().trimmed().toStdString();
    check(real.size() == 47, "token format (msa_ + 43 characters)");

    QStringList args{QStringLiteral("daemon"), QStringLiteral("--root"), root, QStringLiteral("--state-dir"), state,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tokens"), d + QStringLiteral("tokens.json")};
    if (tls) {
        auto openssl = [&](const char *line) {
            return QProcess::execute(QStringLiteral("openssl"), QString::fromLatin1(line).arg(d).split(QLatin1Char(' '))) == 0;
        };
        QFile ext(d + QStringLiteral("ext.cnf"));
        check(ext.open(QIODevice::WriteOnly) && ext.write("subjectAltName=IP:127.0.0.1\n") > 0, "ext.cnf");
        ext.close();
        check(openssl("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1ca.key -out %1ca.crt "
                      "-days 2 -subj /CN=bench-CA")
                  && openssl("req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1srv.key -out %1srv.csr "
                             "-subj /CN=127.0.0.1")
                  && openssl("x509 -req -in %1srv.csr -CA %1ca.crt -CAkey %1ca.key -CAcreateserial -out %1srv.crt -days 2 "
                             "-extfile %1ext.cnf"),
              "test certificates");
        args << QStringLiteral("--tls-cert") << d + QStringLiteral("srv.crt") << QStringLiteral("--tls-key") << d + QStringLiteral("srv.key");
    }
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.start(kAgent, args);
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    int port = 0;
    while (port == 0 && daemon.waitForReadyRead(10000)) {
        seen += daemon.readAll();
        if (auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch())
            port = m.captured(1).toInt();
    }
    check(port > 0, "daemon did not report its port");

    std::unique_ptr<httplib::Client> client;
    if (tls) {
        client = std::make_unique<httplib::Client>("https://127.0.0.1:" + std::to_string(port));
        client->set_ca_cert_path((d + QStringLiteral("ca.crt")).toStdString());
        client->enable_server_certificate_verification(true);
    } else {
        client = std::make_unique<httplib::Client>("http://127.0.0.1:" + std::to_string(port));
    }
    client->set_keep_alive(true);
    client->set_tcp_nodelay(true);

    // Same length as the real token. "Near" keeps its first 31 bytes; "far" differs from
    // the first byte on. The tails are random, so no other byte is shared by design.
    std::mt19937_64 rng(20240601);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    auto randomTail = [&](std::string s, size_t from) {
        for (size_t i = from; i < s.size(); ++i) {
            char c;
            do
                c = alphabet[rng() % alphabet.size()];
            while (c == real[i]);
            s[i] = c;
        }
        return s;
    };
    const std::string far = randomTail(real, 0), near = randomTail(real, 31);
    const std::string body = R"({"jsonrpc":"2.0","id":1,"method":"host.info"})";
    auto timeOne = [&](const std::string &token) {
        const httplib::Headers h{{"Authorization", "Bearer " + token}};
        const auto start = std::chrono::steady_clock::now();
        auto r = client->Post("/v1/rpc", h, body, "application/json");
        const auto end = std::chrono::steady_clock::now();
        check(r && r->status == 401, "a wrong token was not refused with 401");
        return std::chrono::duration<double, std::micro>(end - start).count();
    };
    for (int i = 0; i < 500; ++i) // warm-up: connection, caches, the daemon's pool
        timeOne(i % 2 ? near : far);

    // Interleaved in random order, so drift on the machine spreads over both sets.
    std::vector<bool> order(size_t(perToken) * 2);
    std::fill(order.begin() + perToken, order.end(), true);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<double> tFar, tNear;
    tFar.reserve(size_t(perToken));
    tNear.reserve(size_t(perToken));
    for (bool isNear : order)
        (isNear ? tNear : tFar).push_back(timeOne(isNear ? near : far));

    const MannWhitney mw = mannWhitney(tFar, tNear);
    const double mFar = median(tFar), mNear = median(tNear);
    std::printf("| R23 timing probe (%s, %d requests per token, wrong tokens → 401) | value | note |\n|---|---|---|\n",
                tls ? "HTTPS" : "plain HTTP on loopback", perToken);
    bench::row(QStringLiteral("median, token sharing 0 leading bytes"), QStringLiteral("%1 µs").arg(mFar, 0, 'f', 1));
    bench::row(QStringLiteral("median, token sharing 31 leading bytes"), QStringLiteral("%1 µs").arg(mNear, 0, 'f', 1));
    bench::row(QStringLiteral("difference of medians (31 − 0)"), QStringLiteral("%1 µs").arg(mNear - mFar, 0, 'f', 2));
    bench::row(QStringLiteral("Mann-Whitney U (two-sided)"),
               QStringLiteral("U = %1, z = %2, p = %3").arg(mw.u, 0, 'f', 0).arg(mw.z, 0, 'f', 2).arg(mw.p, 0, 'g', 3),
               mw.p > 0.01 ? QStringLiteral("no significant difference (p > 0.01)")
                           : QStringLiteral("SIGNIFICANT at 0.01: rerun on a quiet machine before concluding"));

    QProcess stop;
    stop.start(kAgent, {QStringLiteral("daemon"), QStringLiteral("stop"), QStringLiteral("--root"), root,
                        QStringLiteral("--state-dir"), state});
    stop.waitForFinished(15000);
    daemon.waitForFinished(10000);
    return 0;
}
