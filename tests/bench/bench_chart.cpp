// SPDX-License-Identifier: GPL-3.0-or-later
// Console redraw of a 30-day storage chart (issue 6; target < 100 ms): the demo's 30-day
// history (core/demo/demometrics) in a real MetricStore, queried as the agent would for
// a 1600 px wide chart (1600 buckets with min/max/avg), then TimeSeriesChart::setSeries
// plus a full offscreen render, median of N. The latency chart is the heaviest: two
// series, each an avg line over a min/max band, plus the threshold line. A second row
// does the same for the whole Storage tab's six charts.

#include "benchutil.h"
#include "charts/timeserieschart.h"
#include "core/demo/demometrics.h"
#include "core/metrics/metricstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

namespace cm = mailstore::core::metrics;
using mailstore::app::charts::Bucket;
using mailstore::app::charts::Series;
using mailstore::app::charts::TimeSeriesChart;

namespace {
constexpr qint64 kDay = 86400'000;
constexpr int kWidth = 1600;

Series load(cm::MetricStore &store, const char *name, qint64 from, qint64 to)
{
    Series s;
    s.name = QString::fromLatin1(name);
    s.label = s.name;
    auto buckets = store.query(name, from, to, kWidth);
    if (!buckets)
        qFatal("query %s failed", name);
    for (const auto &b : *buckets)
        s.buckets.append(Bucket{b.t, b.min, b.max, b.avg, b.count});
    return s;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Redraws."), QStringLiteral("N"), QStringLiteral("15")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::string file = QFile::encodeName(dir.filePath(QStringLiteral("metrics.sqlite"))).toStdString();
    if (!mailstore::core::demo::writeDemoMetrics(file, now, 7))
        qFatal("could not write the demo history");
    auto store = cm::MetricStore::open(file);
    if (!store)
        qFatal("could not open the demo history");
    const qint64 from = now - 30 * kDay;
    const QList<Series> latency{load(*store, "io.latency_ms", from, now), load(*store, "fsync.latency_ms", from, now)};

    TimeSeriesChart chart;
    chart.setTitle(QStringLiteral("Latency"));
    chart.setUnit(QStringLiteral("ms"));
    chart.resize(kWidth, 400);
    chart.setThreshold(29.0);
    chart.show();
    const double one = bench::medianMs(runs, [&] {
        chart.setSeries(latency, from, now);
        QCoreApplication::sendPostedEvents(); // the scene's layout, as the event loop would
        (void)chart.grab();
    });
    bench::row(QStringLiteral("console redraw of a 30-day latency chart (1600 px, %1 buckets x 2 series, bands)")
                   .arg(latency[0].buckets.size()),
               QStringLiteral("%1 ms").arg(one, 0, 'f', 1),
               QStringLiteral("setSeries + offscreen render; median of %1; target < 100 ms").arg(runs));

    // The whole tab: six charts, thirteen series.
    const char *groups[][4] = {{"io.latency_ms", "fsync.latency_ms", nullptr, nullptr},
                               {"io.read_iops", "io.write_iops", nullptr, nullptr},
                               {"io.read_mbps", "io.write_mbps", "agent.read_mbps", "agent.write_mbps"},
                               {"io.util_pct", nullptr, nullptr, nullptr},
                               {"space.used_bytes", "space.total_bytes", nullptr, nullptr},
                               {"inodes.used", "inodes.total", nullptr, nullptr}};
    std::vector<std::unique_ptr<TimeSeriesChart>> charts;
    std::vector<QList<Series>> data;
    for (const auto &g : groups) {
        QList<Series> list;
        for (const char *name : g)
            if (name)
                list << load(*store, name, from, now);
        data.push_back(list);
        charts.push_back(std::make_unique<TimeSeriesChart>());
        charts.back()->resize(kWidth / 3, 330);
        charts.back()->show();
    }
    const double all = bench::medianMs(runs, [&] {
        for (std::size_t i = 0; i < charts.size(); ++i)
            charts[i]->setSeries(data[i], from, now);
        QCoreApplication::sendPostedEvents();
        for (auto &c : charts)
            (void)c->grab();
    });
    bench::row(QStringLiteral("console redraw of the Storage tab, 30 days (6 charts, 13 series)"),
               QStringLiteral("%1 ms").arg(all, 0, 'f', 1),
               QStringLiteral("median of %1").arg(runs));
    return 0;
}
