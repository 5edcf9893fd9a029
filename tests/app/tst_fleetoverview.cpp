// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet overview: its model and cards fed host.info (with the API 1.6 "storage"
// object), alerts.list and metrics.query answers exactly as the contract shapes them —
// one card per host with the right capacity text, a red bar and the worst message with
// an alert, one compare series per host — and shown in the real window against a real
// agent, where the host's card says what that agent offers.

#include "agentclient.h"
#include "charts/timeserieschart.h"
#include "fleet/hostconnection.h"
#include "mainwindow.h"
#include "models/metricsfleetmodel.h"
#include "teststore.h"
#include "widgets/fleetoverview.h"
#include "widgets/fleettree.h"
#include "widgets/hostpage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

namespace {
QJsonObject hostInfo(qint64 used, qint64 total, int alerts, const QString &worst)
{
    const QJsonObject storage{{"device"_L1, u"vda"_s}, {"totalBytes"_L1, total}, {"usedBytes"_L1, used},
                              {"availBytes"_L1, total - used}, {"inodesTotal"_L1, 6'000'000},
                              {"inodesUsed"_L1, 1'200'000}, {"fsyncMs"_L1, 3.14}, {"ioLatencyMs"_L1, 0.8},
                              {"alerts"_L1, alerts},
                              {"worst"_L1, worst.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(worst)}};
    const QJsonObject backups{{"targets"_L1, 1}, {"attention"_L1, 0}, {"lastBackup"_L1, 0}, {"lastVerified"_L1, 0}};
    return {{"hostname"_L1, u"box"_s}, {"storage"_L1, storage}, {"backups"_L1, backups}};
}

QJsonObject points(const QString &series, double level, qint64 to)
{
    QJsonArray p;
    for (int i = 0; i < 24; ++i)
        p.append(QJsonObject{{"t"_L1, to - (24 - i) * 3600'000LL}, {"min"_L1, level}, {"max"_L1, level * 2},
                             {"avg"_L1, level + i * 0.1}, {"count"_L1, 360}});
    return {{"series"_L1, series}, {"unit"_L1, u"ms"_s}, {"from"_L1, to - 86400'000LL}, {"to"_L1, to},
            {"points"_L1, p}};
}

QString labelText(QWidget *card, const QString &name)
{
    auto *label = card->findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}
} // namespace

class TestFleetOverview : public QObject {
    Q_OBJECT
private slots:
    void oneCardPerHost();
    void alertsColourTheCard();
    void compareHasASeriesPerHost();
    void treeIconForStorageAlerts();
    void realAgent();
};

void TestFleetOverview::treeIconForStorageAlerts()
{
    QCOMPARE(FleetTree::storageAlertIcon(hostInfo(1, 2, 0, {})), QString());
    QCOMPARE(FleetTree::storageAlertIcon(hostInfo(1, 2, 1, u"warning"_s)), u":/icons/warning.svg"_s);
    QCOMPARE(FleetTree::storageAlertIcon(hostInfo(1, 2, 3, u"critical"_s)), u":/icons/error.svg"_s);
    QCOMPARE(FleetTree::storageAlertIcon(QJsonObject{{"hostname"_L1, u"old"_s}}), QString()); // API < 1.6
}

void TestFleetOverview::oneCardPerHost()
{
    FleetOverview overview;
    overview.resize(1200, 800);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    MetricsFleetModel *model = overview.model();
    model->setHost(u"p1"_s, u"mstore-1"_s, hostInfo(88'000'000'000, 100'000'000'000, 0, {}));
    model->setHost(u"p2"_s, u"mstore-2"_s, hostInfo(250'000'000'000, 1'000'000'000'000, 0, {}));
    QCOMPARE(overview.cardCount(), 2);
    QCOMPARE(labelText(overview.card(0), u"capacityText"_s), u"88.0 GB of 100.0 GB used (88 %)"_s);
    QCOMPARE(labelText(overview.card(1), u"capacityText"_s), u"250.0 GB of 1.0 TB used (25 %)"_s);
    QCOMPARE(labelText(overview.card(0), u"alertText"_s), u"✓ No storage alerts"_s);
    QCOMPARE(model->index(0).data(MetricsFleetModel::FsyncTextRole).toString(), u"fsync 3.1 ms"_s);
    QCOMPARE(model->index(0).data(MetricsFleetModel::UsedFractionRole).toDouble(), 0.88);
    // An update of one host keeps the cards; removing one leaves one.
    model->setHost(u"p1"_s, u"mstore-1"_s, hostInfo(89'000'000'000, 100'000'000'000, 0, {}));
    QCOMPARE(overview.cardCount(), 2);
    QCOMPARE(labelText(overview.card(0), u"capacityText"_s), u"89.0 GB of 100.0 GB used (89 %)"_s);
    model->removeHost(u"p2"_s);
    QCOMPARE(overview.cardCount(), 1);
    // A host whose agent has no metrics yet says so instead of showing a zero bar.
    model->setHost(u"p3"_s, u"old"_s, QJsonObject{{"hostname"_L1, u"old"_s}});
    QCOMPARE(labelText(overview.card(1), u"capacityText"_s), u"capacity not known yet"_s);
    QVERIFY(!model->index(1).data(MetricsFleetModel::HasMetricsRole).toBool());
}

void TestFleetOverview::alertsColourTheCard()
{
    FleetOverview overview;
    MetricsFleetModel *model = overview.model();
    model->setHost(u"p1"_s, u"mstore-1"_s, hostInfo(88'000'000'000, 100'000'000'000, 2, u"critical"_s));
    // Before alerts.list answers, host.info's count and severity are shown.
    QCOMPARE(model->index(0).data(MetricsFleetModel::AlertCountRole).toInt(), 2);
    QCOMPARE(labelText(overview.card(0), u"alertText"_s), u"⛔ 2 storage alert(s)"_s);
    const QJsonArray alerts{
        QJsonObject{{"kind"_L1, u"space-full"_s}, {"severity"_L1, u"warning"_s},
                    {"message"_L1, u"disk full in 15 days"_s}, {"series"_L1, u"space.used_bytes"_s},
                    {"value"_L1, 88e9}, {"threshold"_L1, 100e9}, {"since"_L1, 1}},
        QJsonObject{{"kind"_L1, u"fsync-latency"_s}, {"severity"_L1, u"critical"_s},
                    {"message"_L1, u"fsync latency 41 ms, 13x the baseline"_s}, {"series"_L1, u"fsync.latency_ms"_s},
                    {"value"_L1, 41.0}, {"threshold"_L1, 15.0}, {"since"_L1, 2}}};
    model->setAlerts(u"p1"_s, {{"alerts"_L1, alerts}, {"learning"_L1, false}});
    QCOMPARE(model->index(0).data(MetricsFleetModel::WorstSeverityRole).toString(), u"critical"_s);
    QCOMPARE(labelText(overview.card(0), u"alertText"_s),
             u"⛔ 2 storage alert(s): fsync latency 41 ms, 13x the baseline"_s);
    // The capacity bar turns red with an alert (and the words above say why).
    auto *bar = overview.card(0)->findChild<QProgressBar *>();
    QVERIFY(bar);
    QVERIFY(bar->styleSheet().contains(u"#c02020"_s));
    QCOMPARE(bar->value(), 880);
    model->setSparkline(u"p1"_s, points(u"fsync.latency_ms"_s, 3, QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(model->sparkline(0).size(), 24);
    QCOMPARE(model->sparkline(0).first().count, 360u);
}

void TestFleetOverview::compareHasASeriesPerHost()
{
    FleetOverview overview;
    overview.resize(1200, 800);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    MetricsFleetModel *model = overview.model();
    model->setHost(u"p1"_s, u"mstore-1"_s, hostInfo(1, 2, 0, {}));
    model->setHost(u"p2"_s, u"mstore-2"_s, hostInfo(1, 2, 0, {}));
    QCOMPARE(overview.comparedSeries(), u"fsync.latency_ms"_s);
    QCOMPARE(overview.comparedRangeMs(), 86400'000LL);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    overview.setCompareAnswer(u"p1"_s, u"mstore-1"_s, points(u"fsync.latency_ms"_s, 3, now));
    overview.setCompareAnswer(u"p2"_s, u"mstore-2"_s, points(u"fsync.latency_ms"_s, 9, now));
    charts::TimeSeriesChart *chart = overview.compareChart();
    QCOMPARE(chart->seriesCount(), 2);
    QCOMPARE(chart->series()[0].label, u"mstore-1"_s);
    QCOMPARE(chart->series()[1].label, u"mstore-2"_s);
    QCOMPARE(chart->series()[1].buckets.size(), 24);
    QTest::qWait(50);
    const QImage image = chart->grab().toImage();
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            coloured += image.pixelColor(x, y).saturation() > 100 ? 1 : 0;
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

    // Export: the CSV has every bucket of every host, by host; the PNG carries a stamp.
    QTemporaryDir dir;
    QVERIFY(overview.exportCompareCsv(dir.filePath(u"c.csv"_s)));
    QFile csv(dir.filePath(u"c.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 * 24);
    QCOMPARE(lines[0], u"time,series,min,avg,max,count"_s);
    const QString first = QDateTime::fromMSecsSinceEpoch(now - 24 * 3600'000LL, Qt::UTC).toString(Qt::ISODate);
    QCOMPARE(lines[1], first + u",mstore-1,3,3,6,360"_s);
    QCOMPARE(lines[25], first + u",mstore-2,9,9,18,360"_s);
    QVERIFY(overview.exportComparePng(dir.filePath(u"c.png"_s)));
    const QImage png(dir.filePath(u"c.png"_s));
    QVERIFY(png.height() > chart->height());
    QVERIFY(!overview.exportCompareCsv(dir.filePath(u"missing/c.csv"_s)));
}

void TestFleetOverview::realAgent()
{
    test::TestStore store(8, 5, 0.05);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    AgentClient client;
    MainWindow window(&client);
    window.resize(1280, 800);
    window.show();
    window.connectLocal(store.localStore());
    QSignalSpy loaded(window.hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
    window.showFleetOverview();
    FleetOverview *overview = window.fleetOverview();
    QVERIFY(overview->isVisible());
    QCOMPARE(overview->cardCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentHost()->hostInfo().isEmpty(), 30'000);
    const QJsonObject info = window.currentHost()->hostInfo();
    const QJsonObject storage = info.value("storage"_L1).toObject();
    // With API 1.6 the card shows the agent's numbers; before it, that they are missing.
    const QString expected = storage.isEmpty()
        ? u"capacity not known yet"_s
        : MetricsFleetModel::capacityText(storage.value("usedBytes"_L1).toInteger(),
                                          storage.value("totalBytes"_L1).toInteger());
    QTRY_COMPARE_WITH_TIMEOUT(labelText(overview->card(0), u"capacityText"_s), expected, 10'000);
    // A click on the card opens the host's page.
    QTest::mouseClick(overview->card(0), Qt::LeftButton);
    QVERIFY(window.hostPage()->isVisible());
}

QTEST_MAIN(TestFleetOverview)
#include "tst_fleetoverview.moc"
