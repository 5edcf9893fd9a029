// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-agent metrics` and `alerts` on recorded histories (written with MetricStore,
// no daemon): the series list, buckets that keep a spike, JSON shapes, argument errors,
// and the exit codes (alerts: 0 none, 1 present, 2 error).
#include "agentharness.h"

#include "../../src/core/metrics/metricstore.h"

#include <QDateTime>
#include <QFile>

using namespace testing;
namespace cm = mailstore::core::metrics;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Run {
    int code = -1;
    QByteArray out, err;
};
} // namespace

class TestMetricsCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void noHistoryIsAnError();
    void seriesListAndBuckets();
    void argumentErrors_data();
    void argumentErrors();
    void alertsExitCodes();
    void corruptHistoryIsExit2();

private:
    Run agent(const QStringList &args);
    void record(bool degraded);
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_root, m_state;
    qint64 m_now = 0;
};

Run TestMetricsCli::agent(const QStringList &args)
{
    QProcess p;
    p.start(agentBin(), args + QStringList{QStringLiteral("--root"), m_root, QStringLiteral("--state-dir"), m_state});
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestMetricsCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/msm-XXXXXX"));
    m_root = m_tmp->path() + QStringLiteral("/root");
    m_state = m_tmp->path() + QStringLiteral("/st");
    QVERIFY(QDir().mkpath(m_root) && QDir().mkpath(m_state));
    m_now = QDateTime::currentMSecsSinceEpoch();
}

// A week of fsync samples every 5 minutes at 8 ms and flat space; `degraded`: the last
// hour at 40 ms every minute. io.latency_ms over the last day every 10 minutes at 2 ms
// with one 500 ms spike 3 h ago.
void TestMetricsCli::record(bool degraded)
{
    std::vector<cm::MetricStore::Row> rows;
    for (qint64 t = m_now - 7 * kDay; t <= m_now; t += 5 * kMinute)
        rows.push_back({t, {{"fsync.latency_ms", 8.0}, {"space.total_bytes", 1e12}, {"space.used_bytes", 4e11}}});
    if (degraded)
        for (qint64 t = m_now - kHour + kMinute; t <= m_now; t += kMinute)
            rows.push_back({t, {{"fsync.latency_ms", 40.0}}});
    for (qint64 t = m_now - kDay + 10 * kMinute; t <= m_now; t += 10 * kMinute)
        rows.push_back({t, {{"io.latency_ms", t == m_now - kDay + 10 * kMinute * 126 ? 500.0 : 2.0}}});
    auto store = cm::MetricStore::open((m_state + QStringLiteral("/metrics.sqlite")).toStdString());
    QVERIFY(store.has_value());
    QVERIFY(store->appendMany(rows).has_value());
}

void TestMetricsCli::noHistoryIsAnError()
{
    const auto r = agent({QStringLiteral("metrics")});
    QCOMPARE(r.code, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(),
             QStringLiteral("mailstore-agent: no metrics history at %1/metrics.sqlite (the daemon writes it while "
                            "metrics_interval > 0)")
                 .arg(m_state));
    QCOMPARE(agent({QStringLiteral("alerts")}).code, 2);
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/metrics.sqlite"))); // not created by a read
}

void TestMetricsCli::seriesListAndBuckets()
{
    record(false);
    auto r = agent({QStringLiteral("metrics")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("SERIES             UNIT\n"
                                                      "fsync.latency_ms   ms\n"
                                                      "io.latency_ms      ms\n"
                                                      "space.total_bytes  bytes\n"
                                                      "space.used_bytes   bytes\n"));
    r = agent({QStringLiteral("metrics"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto list = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(list.value(QStringLiteral("file")).toString(), m_state + QStringLiteral("/metrics.sqlite"));
    QCOMPARE(list.value(QStringLiteral("series")).toArray().at(1).toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("io.latency_ms")},
                          {QStringLiteral("unit"), QStringLiteral("ms")}}));
    // 24 h in 24 buckets: every sample counted once, the spike kept as a bucket's max.
    r = agent({QStringLiteral("metrics"), QStringLiteral("--series"), QStringLiteral("io.latency_ms"),
               QStringLiteral("--since"), QStringLiteral("24h"), QStringLiteral("--points"), QStringLiteral("24"),
               QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto q = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(q.value(QStringLiteral("series")).toString(), QStringLiteral("io.latency_ms"));
    QCOMPARE(q.value(QStringLiteral("unit")).toString(), QStringLiteral("ms"));
    QCOMPARE(q.value(QStringLiteral("to")).toInteger() - q.value(QStringLiteral("from")).toInteger(), kDay);
    const auto points = q.value(QStringLiteral("points")).toArray();
    QVERIFY(points.size() <= 24 && points.size() >= 20);
    qint64 count = 0;
    int spikes = 0;
    for (const auto &v : points) {
        const auto p = v.toObject();
        count += p.value(QStringLiteral("count")).toInteger();
        QCOMPARE(p.value(QStringLiteral("min")).toDouble(), 2.0);
        spikes += p.value(QStringLiteral("max")).toDouble() == 500.0;
    }
    QCOMPARE(count, 144); // one every 10 min for 24 h (the first is at from + 10 min)
    QCOMPARE(spikes, 1);
    // The table: a title line, a header, one row per bucket.
    r = agent({QStringLiteral("metrics"), QStringLiteral("--series"), QStringLiteral("fsync.latency_ms"),
               QStringLiteral("--since"), QStringLiteral("7d"), QStringLiteral("--points"), QStringLiteral("7")});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("fsync.latency_ms (ms), UTC"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("TIME")) && lines.at(1).endsWith(QLatin1String("SAMPLES")));
    QVERIFY(lines.size() >= 2 + 7 && lines.size() <= 2 + 8);
    QVERIFY2(lines.at(3).contains(
                 QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +8 +8 +8 +\\d+$"))),
             qPrintable(lines.at(3)));
}

void TestMetricsCli::argumentErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("since") << QStringList{QStringLiteral("--series"), QStringLiteral("io.latency_ms"),
                                          QStringLiteral("--since"), QStringLiteral("yesterday")}
                           << QStringLiteral("--since must be a duration such as 15m, 1h, 24h, 7d or 30d");
    QTest::newRow("points") << QStringList{QStringLiteral("--points"), QStringLiteral("0")}
                            << QStringLiteral("--points must be a whole number from 1 to 5000");
    QTest::newRow("series") << QStringList{QStringLiteral("--series"), QStringLiteral("disk.temperature")}
                            << QStringLiteral(
                                   "unknown series 'disk.temperature' (run 'mailstore-agent metrics' for the list)");
}

void TestMetricsCli::argumentErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    record(false);
    const auto r = agent(QStringList{QStringLiteral("metrics")} + args);
    QCOMPARE(r.code, 2);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("mailstore-agent: ") + error);
}

void TestMetricsCli::alertsExitCodes()
{
    record(false);
    auto r = agent({QStringLiteral("alerts")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("no alerts\n"));
    r = agent({QStringLiteral("alerts"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(),
             (QJsonObject{{QStringLiteral("alerts"), QJsonArray()}, {QStringLiteral("learning"), false}}));
    // The same week with the last hour at 5x.
    QVERIFY(QFile::remove(m_state + QStringLiteral("/metrics.sqlite")));
    QFile::remove(m_state + QStringLiteral("/metrics.sqlite-wal"));
    QFile::remove(m_state + QStringLiteral("/metrics.sqlite-shm"));
    record(true);
    r = agent({QStringLiteral("alerts")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QByteArray("WARNING fsync-latency: fsync latency p95 40 ms, 5.0x its 7-day baseline of 8.0 ms\n"));
    r = agent({QStringLiteral("alerts"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const auto a = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alerts")).toArray().at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("fsync-latency"));
    QCOMPARE(a.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(a.value(QStringLiteral("series")).toString(), QStringLiteral("fsync.latency_ms"));
    QCOMPARE(a.value(QStringLiteral("value")).toDouble(), 40.0);
    QCOMPARE(a.value(QStringLiteral("threshold")).toDouble(), 24.0);
}

void TestMetricsCli::corruptHistoryIsExit2()
{
    QFile f(m_state + QStringLiteral("/metrics.sqlite"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    for (const QString &cmd : {QStringLiteral("metrics"), QStringLiteral("alerts")}) {
        const auto r = agent({cmd});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("mailstore-agent: cannot open the metrics history: "), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
