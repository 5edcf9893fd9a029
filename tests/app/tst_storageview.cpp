// SPDX-License-Identifier: GPL-3.0-or-later
// The Storage tab. Its models and charts are fed the answers of metrics.series,
// metrics.query and alerts.list exactly as API 1.6 defines them (the JSON shapes of the
// contract), and it is also shown against the real agent: one without the metrics
// methods gives the "no storage metrics (API < 1.6)" message, one with them fills every
// chart. Charts are rendered offscreen and checked to be non-blank with the right
// number of series.

#include "agentclient.h"
#include "charts/timeserieschart.h"
#include "mainwindow.h"
#include "models/alertsmodel.h"
#include "models/metricsmodel.h"
#include "teststore.h"
#include "widgets/hostpage.h"
#include "widgets/storageview.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QFile>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

namespace {
const QStringList kAllSeries = {u"io.read_iops"_s, u"io.write_iops"_s, u"io.read_mbps"_s, u"io.write_mbps"_s,
                                u"io.latency_ms"_s, u"io.util_pct"_s, u"fsync.latency_ms"_s,
                                u"space.used_bytes"_s, u"space.total_bytes"_s, u"inodes.used"_s,
                                u"inodes.total"_s, u"agent.read_mbps"_s, u"agent.write_mbps"_s};

QJsonObject seriesAnswer(const QStringList &names, bool virtualFs = false)
{
    QJsonArray series;
    for (const QString &n : names)
        series.append(QJsonObject{{"name"_L1, n}, {"unit"_L1, u"x"_s}});
    return {{"intervalSec"_L1, 10}, {"probe"_L1, true}, {"mailRoot"_L1, u"/srv/mail"_s},
            {"device"_L1, virtualFs ? QString() : u"vda"_s}, {"virtualFs"_L1, virtualFs},
            {"error"_L1, QJsonValue::Null}, {"series"_L1, series},
            {"latest"_L1, QJsonObject{{"t"_L1, 0}, {"values"_L1, QJsonObject{}}}}};
}

// 60 buckets of one minute ending now, a gentle wave around `base`.
QJsonObject queryAnswer(const QString &name, double base, qint64 toMs)
{
    QJsonArray points;
    const qint64 from = toMs - 3600'000;
    for (int i = 0; i < 60; ++i) {
        const double avg = base * (1.0 + 0.3 * ((i % 10) / 10.0));
        points.append(QJsonObject{{"t"_L1, from + i * 60'000LL}, {"min"_L1, avg * 0.8}, {"max"_L1, avg * 1.4},
                                  {"avg"_L1, avg}, {"count"_L1, 6}});
    }
    return {{"series"_L1, name}, {"unit"_L1, u"x"_s}, {"from"_L1, from}, {"to"_L1, toMs}, {"points"_L1, points}};
}

// Non-blank: the plot holds pixels of the first palette colour (the first series' line).
int bluePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - 0x1f) < 24 && std::abs(c.green() - 0x6f) < 24 && std::abs(c.blue() - 0xb2) < 24)
                ++n;
        }
    return n;
}

void feedAll(StorageView &view, const QStringList &names)
{
    view.metrics()->setSeriesAnswer(seriesAnswer(names));
    const qint64 now = view.metrics()->lastTo();
    // Different levels per series, so no line hides another.
    for (qsizetype i = 0; i < names.size(); ++i)
        view.metrics()->setQueryAnswer(queryAnswer(names[i], names[i].startsWith("space."_L1) ? 60e9 + 10e9 * i : 2.0 + i, now));
}
// Shows the tab at the given size with every series fed once; true when its charts drew.
bool showFed(StorageView &view, int width, int height)
{
    view.resize(width, height);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    QSignalSpy updated(&view, &StorageView::chartsUpdated);
    feedAll(view, kAllSeries);
    return updated.wait(5000);
}

} // namespace

class TestStorageView : public QObject {
    Q_OBJECT
private slots:
    void chartsShowEverySeries();
    void virtualFsHasNoIoCharts();
    void rangeButtonsChangeTheQuery();
    void alertDrawsThresholdOnItsChart();
    void csvAndPngExport();
    void hoverNamesTimeAndValues();
    void zoomAndPanHoldLiveUpdates();
    void messageGoesWhenTheAgentHasMetrics();
    void realAgent();
};

void TestStorageView::chartsShowEverySeries()
{
    AgentClient client; // not connected: every call fails, the answers are fed below
    StorageView view(&client);
    QVERIFY(showFed(view, 1200, 1400));
    QTest::qWait(100); // let the charts' scenes lay out the new series
    const int expected[] = {2, 2, 4, 1, 2, 2};
    for (int c = 0; c < StorageView::ChartCount; ++c) {
        charts::TimeSeriesChart *chart = view.chart(StorageView::Chart(c));
        QCOMPARE(chart->seriesCount(), expected[c]);
        QCOMPARE(chart->series().first().buckets.size(), 60);
        const QImage image = chart->grab().toImage();
        QVERIFY2(bluePixels(image) > 100, qPrintable(chart->title()));
    }
    // The agent's own traffic is dashed and has no band; space is charted in GB.
    QCOMPARE(view.chart(StorageView::Throughput)->series()[2].name, u"agent.read_mbps"_s);
    QVERIFY(view.chart(StorageView::Throughput)->series()[2].dashed);
    QCOMPARE(view.chart(StorageView::Space)->series()[0].scale, 1e-9);
    QVERIFY(view.unavailableText().isEmpty());
}

void TestStorageView::virtualFsHasNoIoCharts()
{
    AgentClient client;
    StorageView view(&client);
    QSignalSpy updated(&view, &StorageView::chartsUpdated);
    QStringList names;
    for (const QString &n : kAllSeries)
        if (!n.startsWith("io."_L1))
            names << n;
    view.metrics()->setSeriesAnswer(seriesAnswer(names, true));
    view.metrics()->setQueryAnswer(queryAnswer(u"fsync.latency_ms"_s, 2, view.metrics()->lastTo()));
    QVERIFY(updated.wait(5000));
    QCOMPARE(view.chart(StorageView::Latency)->seriesCount(), 1);
    QCOMPARE(view.chart(StorageView::Iops)->seriesCount(), 0);
    QCOMPARE(view.chart(StorageView::Throughput)->seriesCount(), 2);
    QCOMPARE(view.chart(StorageView::Utilisation)->seriesCount(), 0);
}

void TestStorageView::rangeButtonsChangeTheQuery()
{
    AgentClient client;
    StorageView view(&client);
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.metrics()->setSeriesAnswer(seriesAnswer(kAllSeries));
    QCOMPARE(view.range(), StorageView::Hours24);
    QCOMPARE(view.metrics()->lastTo() - view.metrics()->lastFrom(), 24 * 3600'000LL);
    const qint64 expected[] = {15 * 60'000LL, 3600'000LL, 24 * 3600'000LL, 7 * 24 * 3600'000LL,
                               30 * 24 * 3600'000LL};
    for (int r : {0, 1, 3, 4, 2}) {
        auto *button = view.findChild<QAbstractButton *>(u"range%1"_s.arg(r));
        QVERIFY(button);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(int(view.range()), r);
        QCOMPARE(view.metrics()->lastTo() - view.metrics()->lastFrom(), expected[r]);
        QVERIFY(view.metrics()->lastTo() >= before);
        QVERIFY(view.metrics()->lastTo() <= QDateTime::currentMSecsSinceEpoch());
    }
    // About one bucket per pixel of the chart, never above the API's limit.
    QVERIFY(view.metrics()->lastMaxPoints() >= 100 && view.metrics()->lastMaxPoints() <= 5000);
    QVERIFY(view.isLive()); // shown and the agent has metrics: polling
    view.hide();
    QVERIFY(!view.isLive());
}

void TestStorageView::alertDrawsThresholdOnItsChart()
{
    AgentClient client;
    StorageView view(&client);
    QVERIFY(showFed(view, 1200, 1400));
    const QJsonObject alert{{"kind"_L1, u"fsync-latency"_s}, {"severity"_L1, u"warning"_s},
                            {"message"_L1, u"fsync latency p95 85 ms is 5.0x the 7-day p95 17 ms"_s},
                            {"series"_L1, u"fsync.latency_ms"_s}, {"value"_L1, 85.0}, {"threshold"_L1, 60.0},
                            {"since"_L1, QDateTime::currentMSecsSinceEpoch() - 3600'000}};
    view.alerts()->setAnswer({{"alerts"_L1, QJsonArray{alert}}, {"learning"_L1, false}});
    QCOMPARE(view.alerts()->rowCount(), 1);
    QCOMPARE(view.alerts()->data(view.alerts()->index(0, AlertsModel::Message)).toString(),
             u"fsync latency p95 85 ms is 5.0x the 7-day p95 17 ms"_s);
    QCOMPARE(view.alerts()->data(view.alerts()->index(0, AlertsModel::Severity)).toString(), u"Warning"_s);
    QCOMPARE(view.alerts()->worstSeverity(), u"warning"_s);
    QVERIFY(view.alertsView()->isVisible());
    charts::TimeSeriesChart *latency = view.chart(StorageView::Latency);
    QCOMPARE(latency->threshold(), std::optional<double>(60.0));
    QVERIFY(latency->isHighlighted());
    QCOMPARE(latency->seriesCount(), 2); // the threshold is not a data series
    for (int c = 1; c < StorageView::ChartCount; ++c) {
        QVERIFY(!view.chart(StorageView::Chart(c))->threshold());
        QVERIFY(!view.chart(StorageView::Chart(c))->isHighlighted());
    }
    // The threshold stays through a redraw, and goes when the alert does.
    QSignalSpy updated(&view, &StorageView::chartsUpdated);
    feedAll(view, kAllSeries);
    QVERIFY(updated.wait(5000));
    QCOMPARE(latency->threshold(), std::optional<double>(60.0));
    view.alerts()->setAnswer({{"alerts"_L1, QJsonArray{}}, {"learning"_L1, true}});
    QVERIFY(!latency->threshold());
    QVERIFY(!latency->isHighlighted());
    QVERIFY(view.alertsView()->isHidden());
    QVERIFY(view.alerts()->isLearning());
}

void TestStorageView::csvAndPngExport()
{
    charts::TimeSeriesChart chart;
    chart.setTitle(u"Latency"_s);
    chart.setUnit(u"ms"_s);
    chart.resize(800, 300);
    charts::Series io{u"io.latency_ms"_s, u"I/O latency"_s,
                      {{1'764'000'000'000, 0.5, 2.5, 1.25, 6}, {1'764'000'060'000, 0.75, 3, 1.5, 6}}};
    charts::Series fsync{u"fsync.latency_ms"_s, u"fsync probe"_s, {{1'764'000'000'000, 2, 40, 7.5, 6}}};
    chart.setSeries({io, fsync}, 1'764'000'000'000, 1'764'000'120'000);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.csv(), u"time,series,min,avg,max,count\n"
                          "2025-11-24T16:00:00Z,io.latency_ms,0.5,1.25,2.5,6\n"
                          "2025-11-24T16:01:00Z,io.latency_ms,0.75,1.5,3,6\n"
                          "2025-11-24T16:00:00Z,fsync.latency_ms,2,7.5,40,6\n"_s);

    AgentClient client;
    StorageView view(&client);
    view.setHostName(u"mstore-1"_s);
    QVERIFY(showFed(view, 1200, 1400));
    QTemporaryDir dir;
    const QString csvFile = dir.filePath(u"latency.csv"_s);
    QVERIFY(view.exportCsv(StorageView::Latency, csvFile));
    QFile f(csvFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(f.readAll());
    QCOMPARE(written, view.chart(StorageView::Latency)->csv());
    QCOMPARE(written.count(u'\n'), 1 + 2 * 60);
    const QString png = dir.filePath(u"latency.png"_s);
    QVERIFY(view.exportPng(StorageView::Latency, png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > view.chart(StorageView::Latency)->height()); // the stamp band
    QVERIFY(bluePixels(image) > 100);
}

void TestStorageView::hoverNamesTimeAndValues()
{
    charts::TimeSeriesChart chart;
    chart.setUnit(u"ms"_s);
    const qint64 t0 = QDateTime(QDate(2026, 11, 27), QTime(10, 0)).toMSecsSinceEpoch();
    charts::Series io{u"io.latency_ms"_s, u"I/O latency"_s,
                      {{t0, 0.5, 2.5, 1.25, 6}, {t0 + 60'000, 0.75, 3, 1.5, 6}}};
    chart.setSeries({io}, t0, t0 + 120'000);
    QCOMPARE(chart.hoverText(t0 + 40'000), u"2026-11-27 10:01:00\nI/O latency: 1.50 ms (min 0.75, max 3.00)"_s);
    QCOMPARE(chart.hoverText(t0 - 5'000), u"2026-11-27 10:00:00\nI/O latency: 1.25 ms (min 0.50, max 2.50)"_s);
}

void TestStorageView::zoomAndPanHoldLiveUpdates()
{
    AgentClient client;
    StorageView view(&client);
    QVERIFY(showFed(view, 1200, 900));
    charts::TimeSeriesChart *iops = view.chart(StorageView::Iops);
    auto *canvas = iops->findChild<QGraphicsView *>();
    QVERIFY(canvas);
    QVERIFY(!iops->isZoomed());
    QTest::keyClick(canvas, Qt::Key_Plus); // zoom in
    QVERIFY(iops->isZoomed());
    QTest::keyClick(canvas, Qt::Key_Left); // pan
    QVERIFY(iops->isZoomed());
    // New buckets do not yank a zoomed chart back; the others follow.
    const qsizetype before = iops->series()[0].buckets.size();
    QSignalSpy updated(&view, &StorageView::chartsUpdated);
    view.metrics()->setQueryAnswer(QJsonObject{{"series"_L1, u"io.read_iops"_s}, {"points"_L1, QJsonArray{}}});
    view.metrics()->setQueryAnswer(QJsonObject{{"series"_L1, u"io.util_pct"_s}, {"points"_L1, QJsonArray{}}});
    QVERIFY(updated.wait(5000));
    QCOMPARE(iops->series()[0].buckets.size(), before);
    QCOMPARE(view.chart(StorageView::Utilisation)->series()[0].buckets.size(), 0);
    QTest::keyClick(canvas, Qt::Key_Home); // reset
    QVERIFY(!iops->isZoomed());
}

void TestStorageView::messageGoesWhenTheAgentHasMetrics()
{
    AgentClient client;
    StorageView view(&client);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    emit view.metrics()->unavailable(u"no metrics here"_s); // as for an agent before API 1.6
    QCOMPARE(view.unavailableText(), u"no metrics here"_s);
    QVERIFY(!view.chart(StorageView::Latency)->isVisible());
    QVERIFY(!view.isLive());
    // The host's agent was updated and reconnected: charts again, polling again.
    view.metrics()->setSeriesAnswer(seriesAnswer(kAllSeries));
    QVERIFY(view.unavailableText().isEmpty());
    QVERIFY(view.chart(StorageView::Latency)->isVisible());
    QVERIFY(view.isLive());
    QVERIFY(view.chart(StorageView::Latency)->height() > 150);
}

void TestStorageView::realAgent()
{
    test::TestStore store(8, 3, 0.05);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    QVERIFY2(store.addDemoMetrics(), qPrintable(store.error()));
    AgentClient client;
    MainWindow window(&client);
    window.resize(1280, 800);
    window.show();
    window.connectLocal(store.localStore());
    QSignalSpy loaded(window.hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
    StorageView *storage = window.hostPage()->storageView();
    QSignalSpy ready(storage->metrics(), &MetricsModel::seriesLoaded);
    QSignalSpy missing(storage->metrics(), &MetricsModel::unavailable);
    window.hostPage()->showStorage();
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() + missing.size() > 0, 30'000);
    if (missing.size() > 0) {
        // An agent without API 1.6: a clear message, no empty charts.
        QCOMPARE(storage->unavailableText(),
                 u"This host's agent has no storage metrics (API < 1.6). Update mailstore-agent on the "
                 "host to see its storage charts."_s);
        QVERIFY(!storage->isLive());
        QVERIFY(storage->findChild<QLabel *>(u"storageUnavailable"_s)->isVisible());
        return;
    }
    // An agent with the metrics methods: its series are listed and the demo history's
    // last 24 h charted (a minute per sample: hundreds of buckets).
    QVERIFY(storage->unavailableText().isEmpty());
    QVERIFY(storage->metrics()->hasSeries(u"space.total_bytes"_s));
    QCOMPARE(storage->metrics()->lastTo() - storage->metrics()->lastFrom(), 24 * 3600'000LL);
    QTRY_VERIFY_WITH_TIMEOUT(storage->chart(StorageView::Space)->seriesCount() == 2, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(storage->chart(StorageView::Latency)->series().value(1).buckets.size() > 300, 30'000);
    QVERIFY(storage->isLive());
}

QTEST_MAIN(TestStorageView)
#include "tst_storageview.moc"
