// SPDX-License-Identifier: GPL-3.0-or-later
// Load on the daemon's TLS face: 50 concurrent keep-alive HTTPS connections call
// accounts.list and host.info with an admin token for 30 s. Every answer must be right,
// enough of them must come back, and nothing may leak: descriptors back to the baseline
// once the clients leave, resident memory flat after a warm-up.
#include "httpsfixture.h"

#include <QTimer>

using namespace testing;

namespace {
constexpr int Clients = 50;
constexpr int Seconds = 30;
constexpr int WarmUpSeconds = 5;
constexpr int Accounts = 20;
// Floor for the whole run: 1,000 answers/s. Measured about 5,800/s on a 2-core machine
// busy with three builds, so only a real regression (or a starved run) falls below it.
constexpr qint64 MinRequests = 30000;
constexpr qint64 MaxRssGrowthKb = 30 * 1024;

struct Stats {
    qint64 ok = 0;
    qint64 connections = 0;
    QStringList errors; // the first few, for the failure message
    qint64 errorCount = 0;
    void error(const QString &what)
    {
        if (++errorCount <= 5)
            errors.append(what);
    }
};

// One client: a keep-alive connection from its own source address, the next call sent
// as soon as the last answer is in; when the server ends the connection after its
// keep-alive maximum (announced with Connection: close), it connects again.
class LoadClient {
public:
    LoadClient(const TlsDaemon &d, const QHostAddress &source, Stats &stats)
        : m_d(d)
        , m_source(source)
        , m_stats(stats)
    {
    }
    void start() { connectAgain(); }
    void stop() { m_running = false; }
    bool idle() const { return !m_inFlight; }

private:
    void connectAgain()
    {
        m_old = std::move(m_conn); // not deleted inside its own signal
        if (!m_running)
            return;
        m_conn = std::make_unique<TlsClient>(m_d.ca, m_source);
        ++m_stats.connections;
        m_closeAnnounced = false;
        m_conn->onEncrypted = [this] { send(); };
        m_conn->onReply = [this](const RawReply &r) { received(r); };
        m_conn->onClosed = [this] {
            if (m_inFlight || (m_running && !m_closeAnnounced)) // else we closed it ourselves
                m_stats.error(QStringLiteral("connection ended unannounced (%1 in flight)").arg(m_inFlight));
            m_inFlight = false;
            QTimer::singleShot(0, &m_context, [this] { connectAgain(); });
        };
        m_conn->connectTo(m_d.port);
    }

    void send()
    {
        if (!m_running || m_closeAnnounced)
            return;
        ++m_id;
        const bool list = m_id % 2 == 0;
        QJsonObject call{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), m_id},
                         {QStringLiteral("method"), list ? QStringLiteral("accounts.list") : QStringLiteral("host.info")}};
        if (list)
            call.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("limit"), 100}});
        m_inFlight = true;
        m_conn->write(rpcRequest(m_d.admin, QJsonDocument(call).toJson(QJsonDocument::Compact)));
    }

    void received(const RawReply &r)
    {
        m_inFlight = false;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonObject res = result(o);
        const bool list = m_id % 2 == 0;
        const bool right = r.status == 200 && o.value(QStringLiteral("id")).toInt() == m_id
            && (list ? res.value(QStringLiteral("total")).toInt() == Accounts
                     : !res.value(QStringLiteral("root")).toString().isEmpty());
        if (right)
            ++m_stats.ok;
        else
            m_stats.error(QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200))));
        m_closeAnnounced = r.header("Connection") == "close";
        if (m_closeAnnounced) // the server closes; onClosed connects again
            return;
        if (m_running)
            send();
        else
            m_conn->close();
    }

    const TlsDaemon &m_d;
    const QHostAddress m_source;
    Stats &m_stats;
    QObject m_context;
    std::unique_ptr<TlsClient> m_conn;
    std::unique_ptr<TlsClient> m_old;
    int m_id = 0;
    bool m_running = true;
    bool m_inFlight = false;
    bool m_closeAnnounced = false;
};
} // namespace

class TestHttpLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_d.start(Accounts)); }
    void cleanupTestCase() { QVERIFY(m_d.stop()); }
    void fiftyClientsThirtySeconds();

private:
    TlsDaemon m_d;
};

void TestHttpLoad::fiftyClientsThirtySeconds()
{
    // A warm-up first: the first calls make the daemon open a few descriptors for good
    // (pooled threads, their event loops), which are not ours to count.
    {
        Stats warm;
        LoadClient c(m_d, loopback(2), warm);
        c.start();
        QVERIFY(QTest::qWaitFor([&] { return warm.ok >= 20 || warm.errorCount > 0; }, 30000));
        c.stop();
        QVERIFY(QTest::qWaitFor([&] { return c.idle(); }, 10000));
        QVERIFY2(warm.errorCount == 0, qPrintable(warm.errors.join(QLatin1String("; "))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(tcpConnections(m_d.pid), 0, 15000); // the warm-up connection is gone
    const int baseFds = openFds(m_d.pid);
    const int baseThreads = threadCount(m_d.pid) + 4; // the connection threads kept when idle
    const qint64 baseRss = rssKb(m_d.pid);

    Stats stats;
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < Clients; ++i) // 10 per source address, well under the per-peer cap
        clients.push_back(std::make_unique<LoadClient>(m_d, loopback(2 + i / 10), stats));
    QElapsedTimer clock;
    clock.start();
    for (auto &c : clients)
        c->start();
    int maxConnections = 0;
    qint64 warmRss = -1;
    qint64 warmOk = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        maxConnections = std::max(maxConnections, tcpConnections(m_d.pid));
        if (warmRss < 0 && clock.elapsed() >= WarmUpSeconds * 1000) {
            warmRss = rssKb(m_d.pid);
            warmOk = stats.ok;
        }
    });
    sampler.start(250);
    QTest::qWait(Seconds * 1000); // the run's length is the point: nothing to wait for
    for (auto &c : clients)
        c->stop();
    QVERIFY(QTest::qWaitFor([&] { return std::all_of(clients.begin(), clients.end(), [](auto &c) { return c->idle(); }); },
                            30000));
    const double seconds = double(clock.elapsed()) / 1000;
    sampler.stop();
    const qint64 endRss = rssKb(m_d.pid);
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(tcpConnections(m_d.pid), 0, 15000);
    // Then everything else: the connection threads retire after 10 s idle, and Qt's pooled
    // threads (with an eventfd each) after 30 s, so this takes up to about half a minute.
    const auto settled = [&] { return openFds(m_d.pid) <= baseFds && threadCount(m_d.pid) <= baseThreads; };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 45000);

    qInfo("%d clients, %.1f s: %lld answers (%.0f/s; %.0f/s after warm-up), %lld errors, %lld connections made, "
          "%d at most at once; fds %d before and %d after; threads %d after; VmRSS %lld KiB before, "
          "%lld KiB after warm-up, %lld KiB at the end, %lld KiB once settled",
          Clients, seconds, stats.ok, double(stats.ok) / seconds,
          double(stats.ok - warmOk) / (seconds - WarmUpSeconds), stats.errorCount, stats.connections,
          maxConnections, baseFds, openFds(m_d.pid), threadCount(m_d.pid), baseRss, warmRss, endRss, rssKb(m_d.pid));
    QVERIFY2(stats.errorCount == 0, qPrintable(stats.errors.join(QLatin1String("; "))));
    QVERIFY2(stats.ok >= MinRequests, qPrintable(QString::number(stats.ok)));
    // Really concurrent: the daemon held all the clients' connections at once.
    QVERIFY2(maxConnections >= Clients, qPrintable(QString::number(maxConnections)));
    QVERIFY(warmRss > 0);
    QVERIFY2(endRss - warmRss < MaxRssGrowthKb, qPrintable(QStringLiteral("%1 KiB").arg(endRss - warmRss)));
}

QTEST_GUILESS_MAIN(TestHttpLoad)
#include "tst_httpload.moc"
