// SPDX-License-Identifier: GPL-3.0-or-later
// R25 against the real daemon's TLS face: slow and idle connections do not starve
// /healthz and are released afterwards; one peer address cannot hold more than its share;
// malformed requests get the exact status the server promises and end the connection;
// CRLF in reflected values never becomes a header; garbage is dropped.
#include "../../src/agent/httpserver.h"
#include "httpsfixture.h"

#include <QTcpSocket>
#include <QTimer>

using namespace testing;

namespace {
const mailstore::agent::HttpServerOptions kServer; // the daemon runs with these defaults

constexpr int SlowTls = 200;       // TLS clients dripping a request head, 1 byte/s
constexpr int SlowHandshake = 20;  // TCP clients dripping a TLS record, 1 byte/s
constexpr int Silent = 20;         // TCP clients that send nothing at all

// Sources 127.0.0.10-13 for the TLS drippers (50 each, under the per-peer cap),
// .14 for the raw TCP ones, .20/.21 for the per-peer test, .250 for probes.
QHostAddress slowSource(int i) { return loopback(10 + i / 50); }
} // namespace

class TestHttpRobust : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void slowAndIdleConnectionsDoNotStarveHealth();
    void onePeerHoldsAtMostItsShare();
    void malformedRequestsGetTheirStatusAndClose_data();
    void malformedRequestsGetTheirStatusAndClose();
    void crlfInReflectedValuesStaysInTheBody();
    void garbageIsDropped();

private:
    // A fresh TLS connection, one GET /healthz; the reply's status and the wall time.
    std::pair<int, qint64> probeHealth(int source = 250);

    TlsDaemon m_d;
};

void TestHttpRobust::initTestCase()
{
    QVERIFY(m_d.start());
    QCOMPARE(probeHealth().first, 200); // the pool has its first threads now
}

void TestHttpRobust::cleanupTestCase() { QVERIFY(m_d.stop()); }

std::pair<int, qint64> TestHttpRobust::probeHealth(int source)
{
    TlsClient c(m_d.ca, loopback(source));
    c.connectTo(m_d.port);
    if (!c.waitEncrypted(30000))
        return {0, c.elapsedMs()};
    c.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const auto r = c.waitReply(30000);
    return {r ? r->status : 0, c.elapsedMs()};
}

void TestHttpRobust::slowAndIdleConnectionsDoNotStarveHealth()
{
    QTRY_COMPARE_WITH_TIMEOUT(tcpConnections(m_d.pid), 0, 10000); // earlier probes are gone
    const int baseFds = openFds(m_d.pid);
    const int baseThreads = threadCount(m_d.pid);
    std::vector<std::unique_ptr<TlsClient>> slow;
    std::vector<std::unique_ptr<QTcpSocket>> raw; // handshake drippers first, then silent ones
    QElapsedTimer rawClock;
    rawClock.start();
    for (int i = 0; i < SlowTls; ++i) {
        slow.push_back(std::make_unique<TlsClient>(m_d.ca, slowSource(i)));
        // At once: an established but silent connection is let go after the keep-alive timeout.
        slow.back()->onEncrypted = [c = slow.back().get()] { c->write("GET /healthz HTTP/1.1\r\nX-Slow: "); };
        slow.back()->connectTo(m_d.port);
    }
    std::vector<qint64> rawClosedMs(size_t(SlowHandshake + Silent), -1);
    for (int i = 0; i < SlowHandshake + Silent; ++i) {
        raw.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *s = raw.back().get();
        s->bind(loopback(14));
        QObject::connect(s, &QTcpSocket::disconnected, s, [&rawClosedMs, &rawClock, i] { rawClosedMs[size_t(i)] = rawClock.elapsed(); });
        s->connectToHost(QHostAddress::LocalHost, quint16(m_d.port));
        // A TLS handshake record that announces 512 bytes; the rest comes one byte a second.
        if (i < SlowHandshake)
            s->write(QByteArray::fromHex("1603010200"));
    }
    QVERIFY(QTest::qWaitFor([&] { return std::all_of(slow.begin(), slow.end(), [](auto &c) { return c->encrypted(); }); },
                            60000));
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, [&] {
        for (auto &c : slow)
            if (!c->closed())
                c->write("a");
        for (int i = 0; i < SlowHandshake; ++i)
            raw[size_t(i)]->write(QByteArray(1, '\0'));
    });
    drip.start(1000);
    // Every connection holds a server thread now.
    QTRY_VERIFY_WITH_TIMEOUT(openFds(m_d.pid) >= baseFds + SlowTls + SlowHandshake, 30000);

    QList<qint64> latencies;
    for (int i = 0; i < 10; ++i) {
        const auto [status, ms] = probeHealth();
        QCOMPARE(status, 200);
        latencies.append(ms);
        QTest::qWait(200); // spread the probes over the drips
    }
    const qint64 worst = *std::max_element(latencies.begin(), latencies.end());
    qInfo("healthz under %d slow TLS + %d slow-handshake + %d silent connections: max %lld ms, all %s", SlowTls,
          SlowHandshake, Silent, worst, qPrintable([&] {
              QStringList l;
              for (qint64 v : latencies)
                  l << QString::number(v);
              return l.join(QLatin1Char(' '));
          }()));
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("%1 ms").arg(worst)));
    // The slow ones were really held while we measured.
    QVERIFY(std::none_of(slow.begin(), slow.end(), [](auto &c) { return c->closed(); }));
    for (int i = 0; i < SlowHandshake; ++i)
        QCOMPARE(raw[size_t(i)]->state(), QAbstractSocket::ConnectedState);

    // The server ends each slow one once its request deadline has passed (never before:
    // its clock starts after our connect), the silent ones after the handshake read timeout.
    const qint64 deadlineMs = kServer.requestDeadlineSec * 1000;
    QVERIFY(QTest::qWaitFor([&] { return std::all_of(slow.begin(), slow.end(), [](auto &c) { return c->closed(); }); },
                            int(deadlineMs) + 30000));
    for (auto &c : slow) {
        QVERIFY2(c->closedAfterMs() >= deadlineMs && c->closedAfterMs() < deadlineMs + 15000,
                 qPrintable(QString::number(c->closedAfterMs())));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(rawClosedMs.begin(), rawClosedMs.end(), [](qint64 t) { return t < 0; }), 30000);
    drip.stop();
    for (int i = 0; i < SlowHandshake + Silent; ++i) {
        const qint64 t = rawClosedMs[size_t(i)];
        if (i < SlowHandshake) // dripping a handshake: held to the same deadline
            QVERIFY2(t >= deadlineMs && t < deadlineMs + 15000, qPrintable(QString::number(t)));
        else // silent: let go when the handshake's read timeout passes
            QVERIFY2(t >= kServer.readTimeoutSec * 1000 - 500 && t < deadlineMs, qPrintable(QString::number(t)));
    }

    // Released: connections and descriptors at once, the extra threads when idle.
    QTRY_COMPARE_WITH_TIMEOUT(tcpConnections(m_d.pid), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(openFds(m_d.pid) <= baseFds, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(threadCount(m_d.pid) <= baseThreads + 4, 30000);
    qInfo("released: fds %d (baseline %d), threads %d (baseline %d)", openFds(m_d.pid), baseFds,
          threadCount(m_d.pid), baseThreads);
    QCOMPARE(probeHealth().first, 200);
}

void TestHttpRobust::onePeerHoldsAtMostItsShare()
{
    const int cap = kServer.maxConnectionsPerPeer;
    const int extra = 16;
    std::vector<std::unique_ptr<TlsClient>> clients;
    for (int i = 0; i < cap + extra; ++i) {
        clients.push_back(std::make_unique<TlsClient>(m_d.ca, loopback(20)));
        // An unfinished request keeps an admitted one busy (an idle one would be let go
        // after the keep-alive timeout).
        clients.back()->onEncrypted = [c = clients.back().get()] { c->write("GET /healthz HTTP/1.1\r\n"); };
        clients.back()->connectTo(m_d.port);
    }
    auto settled = [&] { return std::all_of(clients.begin(), clients.end(), [](auto &c) { return c->encrypted() || c->closed(); }); };
    QVERIFY(QTest::qWaitFor(settled, 60000));
    // The refused never finished a handshake.
    const auto admitted = std::count_if(clients.begin(), clients.end(), [](auto &c) { return c->encrypted() && !c->closed(); });
    const auto refused = std::count_if(clients.begin(), clients.end(), [](auto &c) { return !c->encrypted() && c->closed(); });
    QCOMPARE(int(admitted), cap);
    QCOMPARE(int(refused), extra);
    // Another address is served meanwhile; once the first lets go, it is served again.
    QCOMPARE(probeHealth(21).first, 200);
    QCOMPARE(probeHealth(20).first, 0);
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(probeHealth(20).first, 200, 15000);
}

void TestHttpRobust::malformedRequestsGetTheirStatusAndClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray tail = "Host: 127.0.0.1\r\n\r\n";
    QTest::newRow("request line over 8 KiB") << "GET /healthz/" + QByteArray(9000, 'a') + " HTTP/1.1\r\n" + tail << 414;
    // One header line over the library's 8 KiB line limit: it answers 400, not 431.
    QTest::newRow("header line over 8 KiB") << "GET /healthz HTTP/1.1\r\nX-Long: " + QByteArray(9000, 'b') + "\r\n" + tail << 400;
    QByteArray many = "GET /healthz HTTP/1.1\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X-H" + QByteArray::number(i) + ": " + QByteArray(1000, 'c') + "\r\n";
    QTest::newRow("header block over the head budget") << many + tail << 431;
    QTest::newRow("chunked body") << QByteArray("POST /v1/rpc HTTP/1.1\r\nTransfer-Encoding: chunked\r\n") + tail + "5\r\nhello\r\n0\r\n\r\n" << 411;
    QTest::newRow("not HTTP") << QByteArray("\x01\x02\xff garbage \x7f\r\n\r\n") << 400;
}

void TestHttpRobust::malformedRequestsGetTheirStatusAndClose()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    TlsClient c(m_d.ca, loopback(30));
    c.connectTo(m_d.port);
    QVERIFY(c.waitEncrypted());
    c.write(request);
    const auto r = c.waitReply();
    QVERIFY(r);
    QCOMPARE(r->status, status);
    QCOMPARE(r->header("Connection"), QByteArray("close"));
    // The server reads nothing more: a valid request on the same connection is not served.
    c.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(c.waitClosed(10000));
    QVERIFY(!c.waitReply(0));
    QCOMPARE(probeHealth().first, 200);
}

void TestHttpRobust::crlfInReflectedValuesStaysInTheBody()
{
    TlsClient c(m_d.ca, loopback(31));
    c.connectTo(m_d.port);
    QVERIFY(c.waitEncrypted());
    const QString evil = QStringLiteral("x\r\nX-Injected: 1\r\n\r\n<html>");
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                      {QStringLiteral("id"), evil},
                                                      {QStringLiteral("method"), QStringLiteral("nope") + evil}})
                                .toJson(QJsonDocument::Compact);
    c.write(rpcRequest(m_d.admin, json));
    const auto r = c.waitReply();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(!r->hasHeader("X-Injected"));
    QCOMPARE(r->header("Content-Type"), QByteArray("application/json"));
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(r->body, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("id")).toString(), evil); // echoed, escaped inside JSON
    QCOMPARE(errorCode(o), -32601);
    // A request header the library URL-decodes into CRLF is not reflected either.
    c.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: a%0D%0AX-Injected:%201\r\n\r\n");
    const auto h = c.waitReply();
    QVERIFY(h);
    QCOMPARE(h->status, 200);
    QVERIFY(!h->hasHeader("X-Injected"));
    QCOMPARE(h->body, QByteArray("ok\n"));
}

void TestHttpRobust::garbageIsDropped()
{
    // Plain bytes to the TLS port: the handshake fails and the server closes; no HTTP.
    for (const QByteArray &bytes : {QByteArray("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
                                    QByteArray(4096, '\xff'), QByteArray::fromHex("16030100050100000100")}) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_d.port));
        QVERIFY(s.waitForConnected(10000));
        s.write(bytes);
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&] {
            got += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState;
        }, 10000));
        got += s.readAll();
        QVERIFY2(!got.contains("HTTP/"), got.constData());
        QCOMPARE(probeHealth().first, 200);
    }
}

QTEST_GUILESS_MAIN(TestHttpRobust)
#include "tst_httprobust.moc"
