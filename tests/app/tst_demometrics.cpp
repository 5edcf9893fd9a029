// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's storage history (core/demo/demometrics.h) written with the real MetricStore
// and judged by the real alert rules: 30 days at 60 s of every series, a disk that
// degrades over the last 36 h (the fsync rule fires) and a volume at ~88 % that the
// forecast calls full in about two weeks. Then the Storage tab and the fleet overview are
// shown from that history, turned into metrics.query / alerts.list / host.info answers of
// the API 1.6 shapes — the stand-in for the agent's metrics methods until they are merged.
// With MAILSTORE_SCREENSHOT_DIR set, both are saved as storage.png and fleet.png.

#include "agentclient.h"
#include "charts/timeserieschart.h"
#include "core/demo/demometrics.h"
#include "core/metrics/alertrules.h"
#include "core/metrics/metricstore.h"
#include "models/alertsmodel.h"
#include "models/metricsfleetmodel.h"
#include "models/metricsmodel.h"
#include "widgets/fleetoverview.h"
#include "widgets/storageview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;
namespace cm = mailstore::core::metrics;

namespace {
constexpr qint64 kDay = 86400'000;

QJsonObject queryAnswer(cm::MetricStore &store, const QString &series, qint64 from, qint64 to, int maxPoints)
{
    auto buckets = store.query(series.toStdString(), from, to, std::size_t(maxPoints));
    QJsonArray points;
    if (buckets)
        for (const auto &b : *buckets)
            points.append(QJsonObject{{"t"_L1, qint64(b.t)}, {"min"_L1, b.min}, {"max"_L1, b.max}, {"avg"_L1, b.avg},
                                      {"count"_L1, qint64(b.count)}});
    return {{"series"_L1, series}, {"unit"_L1, u""_s}, {"from"_L1, from}, {"to"_L1, to}, {"points"_L1, points}};
}

std::vector<cm::Sample> samples(cm::MetricStore &store, const char *series, qint64 from, qint64 to)
{
    std::vector<cm::Sample> out;
    auto buckets = store.query(series, from, to, 100'000);
    if (buckets)
        for (const auto &b : *buckets)
            out.push_back({b.t, b.avg});
    return out;
}

QJsonObject alertJson(const cm::Alert &a, const QString &kind, const QString &series, qint64 since)
{
    return {{"kind"_L1, kind},
            {"severity"_L1, a.severity == cm::Severity::Critical ? u"critical"_s : u"warning"_s},
            {"message"_L1, QString::fromStdString(a.message)}, {"series"_L1, series}, {"value"_L1, a.value},
            {"threshold"_L1, a.threshold}, {"since"_L1, since}};
}
} // namespace

class TestDemoMetrics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void historyTellsTheStory();
    void storageTabShowsIt();
    void fleetOverviewShowsIt();

private:
    QTemporaryDir m_dir;
    std::optional<cm::MetricStore> m_store;
    qint64 m_now = 0;
    QJsonArray m_alerts;
};

void TestDemoMetrics::initTestCase()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    const std::string file = QFile::encodeName(m_dir.filePath(u"metrics.sqlite"_s)).toStdString();
    QElapsedTimer timer;
    timer.start();
    auto written = core::demo::writeDemoMetrics(file, m_now, 7);
    QVERIFY2(written, written ? "" : written.error().detail.c_str());
    qInfo("30 days of demo metrics written in %lld ms", timer.elapsed());
    auto opened = cm::MetricStore::open(file);
    QVERIFY(opened);
    m_store.emplace(std::move(*opened));
}

void TestDemoMetrics::historyTellsTheStory()
{
    cm::MetricStore &store = *m_store;
    const std::vector<std::string> expected{"agent.read_mbps", "agent.write_mbps", "fsync.latency_ms",
        "inodes.total", "inodes.used", "io.latency_ms", "io.read_iops", "io.read_mbps", "io.util_pct",
        "io.write_iops", "io.write_mbps", "space.total_bytes", "space.used_bytes"};
    QCOMPARE(store.series(), expected);
    // Every minute of 30 days, the last one included.
    auto all = store.query("fsync.latency_ms", m_now - 31 * kDay, m_now, 1);
    QVERIFY(all && all->size() == 1);
    QCOMPARE(qint64(all->front().count), 30 * 1440 + 1);
    // Degradation: the rule's warning, from ~3 ms to ~40 ms.
    const auto fsync = samples(store, "fsync.latency_ms", m_now - 8 * kDay, m_now);
    const auto degraded = cm::degradation(fsync, m_now);
    QVERIFY(degraded);
    QVERIFY2(degraded->value > 30 && degraded->value < 60, qPrintable(QString::number(degraded->value)));
    std::vector<double> weekAgo;
    for (const auto &s : fsync)
        if (s.t < m_now - 3 * kDay)
            weekAgo.push_back(s.v);
    const double before = cm::percentile95(weekAgo);
    QVERIFY2(before > 2 && before < 5, qPrintable(QString::number(before)));
    // Space: ~88 % used, full in about two weeks.
    const auto used = samples(store, "space.used_bytes", m_now - 8 * kDay, m_now);
    QVERIFY(std::abs(used.back().v / core::demo::kDemoTotalBytes - 0.884) < 0.002);
    const auto forecast = cm::fullForecast(used, core::demo::kDemoTotalBytes, m_now);
    QVERIFY(forecast && forecast->alert);
    QVERIFY2(forecast->daysUntilFull > 12 && forecast->daysUntilFull < 15,
             qPrintable(QString::number(forecast->daysUntilFull)));
    m_alerts = {alertJson(*degraded, u"fsync-latency"_s, u"fsync.latency_ms"_s, m_now - 6 * 3600'000),
                alertJson(*forecast->alert, u"space-full"_s, u"space.used_bytes"_s, m_now - 20 * kDay)};
}

void TestDemoMetrics::storageTabShowsIt()
{
    AgentClient client; // not connected: the answers come from the history above
    StorageView view(&client);
    view.setHostName(u"mstore-1"_s);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QJsonArray series;
    for (const auto &name : m_store->series())
        series.append(QJsonObject{{"name"_L1, QString::fromStdString(name)}, {"unit"_L1, u""_s}});
    view.metrics()->setSeriesAnswer({{"intervalSec"_L1, 10}, {"device"_L1, u"vda"_s}, {"virtualFs"_L1, false},
                                     {"series"_L1, series}});
    view.alerts()->setAnswer({{"alerts"_L1, m_alerts}, {"learning"_L1, false}});
    QTest::qWait(100); // the unconnected client's failures first: fresh answers replace them
    QSignalSpy updated(&view, &StorageView::chartsUpdated);
    const qint64 from = view.metrics()->lastFrom(), to = view.metrics()->lastTo();
    QCOMPARE(to - from, kDay);
    for (const auto &name : m_store->series())
        view.metrics()->setQueryAnswer(queryAnswer(*m_store, QString::fromStdString(name), from, to,
                                                   view.metrics()->lastMaxPoints()));
    QVERIFY(updated.wait(5000));
    QTest::qWait(200);
    const auto *latency = view.chart(StorageView::Latency);
    QCOMPARE(latency->seriesCount(), 2);
    QVERIFY(latency->isHighlighted());
    QVERIFY(latency->threshold().has_value());
    const auto spaceLine = view.chart(StorageView::Space)->threshold();
    QVERIFY(spaceLine);
    QCOMPARE(*spaceLine, 2000.0); // the capacity, in GB (fuzzy compare of doubles)
    QCOMPARE(view.alerts()->rowCount(), 2);
    // About one bucket per pixel for a day of minutes: fewer buckets than samples.
    QVERIFY(latency->series()[0].buckets.size() <= view.metrics()->lastMaxPoints());
    QVERIFY(latency->series()[0].buckets.size() > 300);
    if (const QString dir = qEnvironmentVariable("MAILSTORE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(view.grab().save(dir + u"/storage.png"_s, "PNG"));
}

void TestDemoMetrics::fleetOverviewShowsIt()
{
    FleetOverview overview;
    overview.resize(1280, 800);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    auto latest = [this](const char *s) {
        auto b = m_store->query(s, m_now - 120'000, m_now, 1);
        return b && !b->empty() ? b->back().max : 0.0;
    };
    const QJsonObject storage{{"device"_L1, u"vda"_s}, {"totalBytes"_L1, qint64(latest("space.total_bytes"))},
                              {"usedBytes"_L1, qint64(latest("space.used_bytes"))},
                              {"fsyncMs"_L1, latest("fsync.latency_ms")}, {"alerts"_L1, 2},
                              {"worst"_L1, u"warning"_s}};
    const QJsonObject backups{{"lastBackup"_L1, m_now / 1000 - 7 * 3600}, {"lastVerified"_L1, m_now / 1000 - 3 * 86400}};
    overview.model()->setHost(u"demo"_s, u"mstore-1"_s, {{"storage"_L1, storage}, {"backups"_L1, backups}});
    overview.model()->setAlerts(u"demo"_s, {{"alerts"_L1, m_alerts}});
    overview.model()->setSparkline(u"demo"_s, queryAnswer(*m_store, u"fsync.latency_ms"_s, m_now - kDay, m_now, 120));
    overview.setCompareAnswer(u"demo"_s, u"mstore-1"_s,
                              queryAnswer(*m_store, u"fsync.latency_ms"_s, m_now - kDay, m_now, 1200));
    QCOMPARE(overview.cardCount(), 1);
    QCOMPARE(overview.model()->index(0).data(MetricsFleetModel::CapacityTextRole).toString(),
             u"1.8 TB of 2.0 TB used (88 %)"_s);
    QCOMPARE(overview.compareChart()->seriesCount(), 1);
    QTest::qWait(200);
    if (const QString dir = qEnvironmentVariable("MAILSTORE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(overview.grab().save(dir + u"/fleet.png"_s, "PNG"));
}

QTEST_MAIN(TestDemoMetrics)
#include "tst_demometrics.moc"
