// SPDX-License-Identifier: GPL-3.0-or-later
// Storage metrics on the real daemon: the config keys (bad values stop it naming the key),
// metrics.series and host.info's "storage" from live samples, metrics.query's shape,
// limits and errors, the history across a restart and after kill -9, and alerts.list on
// a recorded history (a week of steady fsync then a 5x step; space and inodes filling).
#include "agentharness.h"

#include "../../src/core/metrics/metricstore.h"

#include <QDateTime>
#include <QFile>

#include <sys/statvfs.h>

using namespace testing;
namespace cm = mailstore::core::metrics;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

QJsonObject waitForSamples(QProcess &bridge, int n)
{
    // latest.values has the io.* rates from the second sample on: wait for n ticks.
    QElapsedTimer t;
    t.start();
    qint64 firstT = 0;
    for (int id = 100; t.elapsed() < 20000; ++id) {
        const auto s = result(call(bridge, QStringLiteral("metrics.series"), {}, id));
        const qint64 at = s.value(QStringLiteral("latest")).toObject().value(QStringLiteral("t")).toInteger();
        if (at > 0 && firstT == 0)
            firstT = at;
        if (at > 0 && at - firstT >= qint64(n - 1) * 1000 - 200)
            return s;
        QTest::qWait(200);
    }
    return {};
}

// The rows of one series in [from, to] as the API counts them.
qint64 rowsOf(QProcess &bridge, const QString &series, qint64 from, qint64 to)
{
    const auto r = result(call(bridge, QStringLiteral("metrics.query"),
                               {{QStringLiteral("series"), series},
                                {QStringLiteral("from"), from},
                                {QStringLiteral("to"), to},
                                {QStringLiteral("maxPoints"), 1}}));
    qint64 n = 0;
    for (const auto &p : r.value(QStringLiteral("points")).toArray())
        n += p.toObject().value(QStringLiteral("count")).toInteger();
    return n;
}
} // namespace

class TestMetricsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void badConfigValuesStopTheDaemon_data();
    void badConfigValuesStopTheDaemon();
    void seriesAndHostInfoFromLiveSamples();
    void queryShapeLimitsAndErrors();
    void historySurvivesRestartAndKill9();
    void alertsOnARecordedHistory();
    void damagedHistoryIsReportedNotFatal();

private:
    AgentHarness m_h;
    AgentHarness m_rec;
    AgentHarness m_bad;
    QString m_config;
};

void TestMetricsApi::initTestCase()
{
    QVERIFY(m_h.init(6, 0.05, 5));
    QVERIFY(m_rec.init(6, 0.05, 6));
    m_config = writeFile(m_h.tmp() + QStringLiteral("/agent.conf"), "metrics_interval=1\n");
    QVERIFY(!m_config.isEmpty());
}

void TestMetricsApi::badConfigValuesStopTheDaemon_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    const QString interval =
        QStringLiteral("metrics_interval must be a whole number of seconds from 1 to 3600, 0 for no sampling");
    QTest::newRow("negative") << QByteArray("metrics_interval=-1") << interval;
    QTest::newRow("over an hour") << QByteArray("metrics_interval=3601") << interval;
    QTest::newRow("not a number") << QByteArray("metrics_interval=10s") << interval;
    QTest::newRow("probe") << QByteArray("metrics_probe=sometimes")
                           << QStringLiteral("metrics_probe must be on or off");
}

void TestMetricsApi::badConfigValuesStopTheDaemon()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const QString file = writeFile(m_h.tmp() + QStringLiteral("/bad.conf"), line + '\n');
    QByteArray err;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("--config"), file} + m_h.storeArgs(),
                          nullptr, &err),
             2);
    QCOMPARE(QString::fromUtf8(err).trimmed(), QStringLiteral("mailstore-agent: config file %1: %2").arg(file, error));
}

void TestMetricsApi::seriesAndHostInfoFromLiveSamples()
{
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    const auto s = waitForSamples(*bridge, 3);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.value(QStringLiteral("intervalSec")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("probe")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("mailRoot")).toString(), QDir(m_h.root()).canonicalPath());
    QVERIFY(s.value(QStringLiteral("error")).isNull());
    const bool virtualFs = s.value(QStringLiteral("virtualFs")).toBool();
    QCOMPARE(s.value(QStringLiteral("device")).isString(), !virtualFs);
    QStringList names;
    for (const auto &v : s.value(QStringLiteral("series")).toArray())
        names << v.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                     v.toObject().value(QStringLiteral("unit")).toString();
    QStringList expected = {QStringLiteral("fsync.latency_ms ms"),     QStringLiteral("space.used_bytes bytes"),
                            QStringLiteral("space.total_bytes bytes"), QStringLiteral("inodes.used count"),
                            QStringLiteral("inodes.total count"),      QStringLiteral("agent.read_mbps MB/s"),
                            QStringLiteral("agent.write_mbps MB/s")};
    if (!virtualFs)
        expected = QStringList{QStringLiteral("io.read_iops 1/s"),  QStringLiteral("io.write_iops 1/s"),
                               QStringLiteral("io.read_mbps MB/s"), QStringLiteral("io.write_mbps MB/s"),
                               QStringLiteral("io.latency_ms ms"),  QStringLiteral("io.util_pct %")} +
                   expected;
    QCOMPARE(names, expected);
    const auto values = s.value(QStringLiteral("latest")).toObject().value(QStringLiteral("values")).toObject();
    struct statvfs vfs {};
    QCOMPARE(::statvfs(QFile::encodeName(m_h.root()).constData(), &vfs), 0);
    const double total = double(vfs.f_blocks) * double(vfs.f_frsize);
    QCOMPARE(values.value(QStringLiteral("space.total_bytes")).toDouble(), total);
    if (values.contains(QStringLiteral("fsync.latency_ms"))) // absent when the probe outlasted half a tick
        QVERIFY(values.value(QStringLiteral("fsync.latency_ms")).toDouble() > 0);
    QCOMPARE(values.contains(QStringLiteral("io.util_pct")), !virtualFs);

    const auto info = result(call(*bridge, QStringLiteral("host.info")));
    const auto storage = info.value(QStringLiteral("storage")).toObject();
    QCOMPARE(storage.value(QStringLiteral("device")), s.value(QStringLiteral("device")));
    QCOMPARE(storage.value(QStringLiteral("totalBytes")).toDouble(), total);
    QVERIFY(storage.value(QStringLiteral("usedBytes")).toDouble() > 0);
    QVERIFY(storage.value(QStringLiteral("availBytes")).toDouble() <= total);
    QCOMPARE(storage.value(QStringLiteral("inodesTotal")).toDouble(), double(vfs.f_files));
    QVERIFY(storage.value(QStringLiteral("fsyncMs")).toDouble() > 0);
    QCOMPARE(storage.value(QStringLiteral("ioLatencyMs")).isDouble(), !virtualFs);
    QCOMPARE(storage.value(QStringLiteral("alerts")).toInt(), 0);
    QVERIFY(storage.value(QStringLiteral("worst")).isNull());
    const auto alerts = result(call(*bridge, QStringLiteral("alerts.list")));
    QCOMPARE(alerts.value(QStringLiteral("alerts")).toArray().size(), 0);
    QCOMPARE(alerts.value(QStringLiteral("learning")).toBool(), true);
}

void TestMetricsApi::queryShapeLimitsAndErrors()
{
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    QVERIFY(!waitForSamples(*bridge, 3).isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto r = result(call(*bridge, QStringLiteral("metrics.query"),
                               {{QStringLiteral("series"), QStringLiteral("fsync.latency_ms")}}));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(r.value(QStringLiteral("series")).toString(), QStringLiteral("fsync.latency_ms"));
    QCOMPARE(r.value(QStringLiteral("unit")).toString(), QStringLiteral("ms"));
    const qint64 to = r.value(QStringLiteral("to")).toInteger();
    QVERIFY(to >= before && to <= after);                              // default: now
    QCOMPARE(r.value(QStringLiteral("from")).toInteger(), to - kHour); // default: the last hour
    const auto points = r.value(QStringLiteral("points")).toArray();
    QVERIFY(!points.isEmpty()); // 3.6 s buckets: the 1 s samples share some
    qint64 rows = 0, lastT = 0;
    for (const auto &v : points) {
        const auto p = v.toObject();
        QCOMPARE(p.keys(), (QStringList{QStringLiteral("avg"), QStringLiteral("count"), QStringLiteral("max"),
                                        QStringLiteral("min"), QStringLiteral("t")}));
        QVERIFY(p.value(QStringLiteral("t")).toInteger() > lastT); // oldest first
        lastT = p.value(QStringLiteral("t")).toInteger();
        QVERIFY(p.value(QStringLiteral("min")).toDouble() <= p.value(QStringLiteral("avg")).toDouble());
        QVERIFY(p.value(QStringLiteral("avg")).toDouble() <= p.value(QStringLiteral("max")).toDouble());
        rows += p.value(QStringLiteral("count")).toInteger();
    }
    // One bucket holds them all, with the true extremes.
    const auto one = result(call(*bridge, QStringLiteral("metrics.query"),
                                 {{QStringLiteral("series"), QStringLiteral("fsync.latency_ms")},
                                  {QStringLiteral("from"), to - kHour},
                                  {QStringLiteral("to"), to},
                                  {QStringLiteral("maxPoints"), 1}}));
    const auto onePoints = one.value(QStringLiteral("points")).toArray();
    QCOMPARE(onePoints.size(), 1);
    QCOMPARE(onePoints.at(0).toObject().value(QStringLiteral("count")).toInteger(), rows);
    QVERIFY(rows >= 3);
    // Above MetricsPointsMax is clamped, not refused; 0 is refused.
    const auto many =
        call(*bridge, QStringLiteral("metrics.query"),
             {{QStringLiteral("series"), QStringLiteral("space.used_bytes")}, {QStringLiteral("maxPoints"), 1000000}});
    QVERIFY(many.contains(QStringLiteral("result")));
    QVERIFY(result(many).value(QStringLiteral("points")).toArray().size() <= 5000);
    struct Bad {
        QJsonObject params;
        QString param;
    };
    for (const Bad &b :
         {Bad{{{QStringLiteral("series"), QStringLiteral("disk.temperature")}}, QStringLiteral("series")},
          Bad{{}, QStringLiteral("series")},
          Bad{{{QStringLiteral("series"), QStringLiteral("io.util_pct")},
               {QStringLiteral("from"), 2000},
               {QStringLiteral("to"), 1000}},
              QStringLiteral("from")},
          Bad{{{QStringLiteral("series"), QStringLiteral("io.util_pct")}, {QStringLiteral("maxPoints"), 0}},
              QStringLiteral("maxPoints")}}) {
        const auto e = call(*bridge, QStringLiteral("metrics.query"), b.params);
        QCOMPARE(errorCode(e), -32602);
        QCOMPARE(e.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("param"))
                     .toString(),
                 b.param);
    }
}

void TestMetricsApi::historySurvivesRestartAndKill9()
{
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    QVERIFY(!waitForSamples(*bridge, 2).isEmpty());
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - kDay;
    const qint64 beforeRestart =
        rowsOf(*bridge, QStringLiteral("space.total_bytes"), start, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(beforeRestart >= 2);
    // A clean restart: the rows stay and new ones follow.
    m_h.stopDaemon();
    bridge.reset();
    bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    QVERIFY(!waitForSamples(*bridge, 2).isEmpty());
    const qint64 afterRestart =
        rowsOf(*bridge, QStringLiteral("space.total_bytes"), start, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(afterRestart >= beforeRestart + 2,
             qPrintable(QStringLiteral("%1 %2").arg(beforeRestart).arg(afterRestart)));
    // kill -9: every row committed before the kill is still there afterwards.
    const qint64 pid = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
    const qint64 beforeKill =
        rowsOf(*bridge, QStringLiteral("space.total_bytes"), start, QDateTime::currentMSecsSinceEpoch());
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 15000);
    bridge.reset();
    {
        auto store = cm::MetricStore::open((m_h.stateDir() + QStringLiteral("/metrics.sqlite")).toStdString());
        QVERIFY(store.has_value());
        auto b = store->query("space.total_bytes", start, killedAt + 5000, 1);
        QVERIFY(b.has_value() && b->size() == 1);
        QVERIFY2(qint64(b->front().count) >= beforeKill, qPrintable(QString::number(b->front().count)));
    }
    bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    QVERIFY(!waitForSamples(*bridge, 2).isEmpty());
    QVERIFY(rowsOf(*bridge, QStringLiteral("space.total_bytes"), start, QDateTime::currentMSecsSinceEpoch()) >
            beforeKill);
    bridge.reset();
    m_h.stopDaemon();
}

void TestMetricsApi::alertsOnARecordedHistory()
{
    // A recorded week, written before the daemon starts: fsync steady at 8 ms every 5 min,
    // then 40 ms every minute for the last hour (5x); used space rising on a straight line
    // that reaches the real file system's size in 10 days, used inodes its inode count in
    // 2 days (over the last hours only: a longer line would start below zero).
    struct statvfs vfs {};
    QCOMPARE(::statvfs(QFile::encodeName(m_rec.root()).constData(), &vfs), 0);
    const double total = double(vfs.f_blocks) * double(vfs.f_frsize);
    const double used = double(vfs.f_blocks - vfs.f_bfree) * double(vfs.f_frsize);
    const double inodes = double(vfs.f_files);
    const double inodesUsed = double(vfs.f_files - vfs.f_ffree);
    const double inodeSpanDays = std::min(7.0, 0.9 * inodesUsed * 2.0 / std::max(1.0, inodes - inodesUsed));
    if (inodes <= 0 || inodeSpanDays < 0.27)
        QSKIP("this file system has too few inodes in use to draw a 2-day inode trend over 6 h");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<cm::MetricStore::Row> rows;
    for (qint64 t = now - 7 * kDay; t <= now; t += t < now - kHour ? 5 * kMinute : kMinute) {
        const double daysAgo = double(now - t) / double(kDay);
        cm::MetricStore::Row row{t,
                                 {{"fsync.latency_ms", t < now - kHour ? 8.0 : 40.0},
                                  {"space.total_bytes", total},
                                  {"space.used_bytes", used - daysAgo * (total - used) / 10}}};
        if (daysAgo <= inodeSpanDays) {
            row.values.emplace_back("inodes.total", inodes);
            row.values.emplace_back("inodes.used", inodesUsed - daysAgo * (inodes - inodesUsed) / 2.0);
        }
        rows.push_back(std::move(row));
    }
    QVERIFY(QDir().mkpath(m_rec.stateDir()));
    {
        auto store = cm::MetricStore::open((m_rec.stateDir() + QStringLiteral("/metrics.sqlite")).toStdString());
        QVERIFY(store.has_value());
        QVERIFY(store->appendMany(rows).has_value()); // one transaction
    }
    // The CLI on the file alone (no daemon yet): exit 1, the same answer as the API's.
    QByteArray out, err;
    QCOMPARE(
        m_rec.runAgent(QStringList{QStringLiteral("alerts"), QStringLiteral("--json")} + m_rec.storeArgs(), &out, &err),
        1);
    const auto cli = QJsonDocument::fromJson(out).object();

    const QString conf = writeFile(m_rec.tmp() + QStringLiteral("/agent.conf"), "metrics_interval=1\n");
    auto bridge = m_rec.startBridge(60, {QStringLiteral("--config"), conf});
    QVERIFY(bridge);
    QVERIFY(!waitForSamples(*bridge, 1).isEmpty());
    const auto r = result(call(*bridge, QStringLiteral("alerts.list")));
    QCOMPARE(r.value(QStringLiteral("learning")).toBool(), false);
    const auto alerts = r.value(QStringLiteral("alerts")).toArray();
    QStringList seen;
    for (const auto &v : alerts) {
        const auto a = v.toObject();
        seen << QStringList{a.value(QStringLiteral("kind")).toString(), a.value(QStringLiteral("severity")).toString(),
                            a.value(QStringLiteral("series")).toString(), a.value(QStringLiteral("message")).toString()}
                    .join(QLatin1Char('|'));
        QVERIFY(a.value(QStringLiteral("since")).toInteger() >= now);
    }
    QVERIFY2(seen.size() == 3, qPrintable(seen.join(QLatin1Char('\n'))));
    QCOMPARE(
        seen,
        (QStringList{
            QStringLiteral(
                "fsync-latency|warning|fsync.latency_ms|fsync latency p95 40 ms, 5.0x its 7-day baseline of 8.0 ms"),
            QStringLiteral("space-full|warning|space.used_bytes|disk full in 10 days at the current rate"),
            QStringLiteral("inodes-full|critical|inodes.used|inodes used up in 2 days at the current rate")}));
    const auto fsync = alerts.at(0).toObject();
    QCOMPARE(fsync.value(QStringLiteral("value")).toDouble(), 40.0);
    QCOMPARE(fsync.value(QStringLiteral("threshold")).toDouble(), 24.0); // 3 x 8 ms, above the 20 ms floor
    QCOMPARE(alerts.at(1).toObject().value(QStringLiteral("threshold")).toDouble(), total);
    // host.info counts them; /metrics-style worst is the critical one.
    const auto storage = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("storage")).toObject();
    QCOMPARE(storage.value(QStringLiteral("alerts")).toInt(), 3);
    QCOMPARE(storage.value(QStringLiteral("worst")).toString(), QStringLiteral("critical"));
    // The CLI said the same (its `since` is its own evaluation time).
    QCOMPARE(cli.value(QStringLiteral("learning")).toBool(), false);
    QStringList cliSeen;
    for (const auto &v : cli.value(QStringLiteral("alerts")).toArray())
        cliSeen << v.toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(cliSeen.size(), 3);
    QCOMPARE(cliSeen.at(0), QStringLiteral("fsync latency p95 40 ms, 5.0x its 7-day baseline of 8.0 ms"));
    bridge.reset();
    m_rec.stopDaemon();
}

void TestMetricsApi::damagedHistoryIsReportedNotFatal()
{
    // A metrics.sqlite that is not a database: said in metrics.series and by metrics.query,
    // never recreated, and the daemon serves everything else.
    QVERIFY(m_bad.init(6, 0.05, 8));
    QVERIFY(QDir().mkpath(m_bad.stateDir()));
    const QString file = m_bad.stateDir() + QStringLiteral("/metrics.sqlite");
    QVERIFY(!writeFile(file, QByteArray(8192, 'x')).isEmpty());
    const QString conf = writeFile(m_bad.tmp() + QStringLiteral("/agent.conf"), "metrics_interval=1\n");
    auto bridge = m_bad.startBridge(60, {QStringLiteral("--config"), conf});
    QVERIFY(bridge);
    const auto s = waitForSamples(*bridge, 2);
    QVERIFY(!s.isEmpty());
    const QString error = s.value(QStringLiteral("error")).toString();
    QVERIFY2(error.startsWith(QLatin1String("metrics history: ")) && error.contains(file), qPrintable(error));
    QVERIFY(s.value(QStringLiteral("latest"))
                .toObject()
                .value(QStringLiteral("values"))
                .toObject()
                .contains(QStringLiteral("space.total_bytes")));
    const auto q = call(*bridge, QStringLiteral("metrics.query"),
                        {{QStringLiteral("series"), QStringLiteral("fsync.latency_ms")}});
    QVERIFY(q.contains(QStringLiteral("error")));
    QVERIFY(result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("total")).toInt() == 6);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
    bridge.reset();
    m_bad.stopDaemon();
}

QTEST_GUILESS_MAIN(TestMetricsApi)
#include "tst_metricsapi.moc"
