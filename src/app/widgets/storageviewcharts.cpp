// SPDX-License-Identifier: GPL-3.0-or-later
// StorageView's charts: which series each chart plots and how they are named, the chart
// cells with their export buttons, and PNG/CSV export.
#include "storageview.h"

#include "charts/timeserieschart.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

QString StorageView::chartTitle(Chart c)
{
    switch (c) {
    case StorageView::Latency: return StorageView::tr("Latency");
    case StorageView::Iops: return StorageView::tr("IOPS");
    case StorageView::Throughput: return StorageView::tr("Throughput");
    case StorageView::Utilisation: return StorageView::tr("Utilisation");
    case StorageView::Space: return StorageView::tr("Space");
    case StorageView::Inodes: return StorageView::tr("Inodes");
    case StorageView::ChartCount: break;
    }
    return {};
}

QString StorageView::chartUnit(Chart c)
{
    switch (c) {
    case StorageView::Latency: return StorageView::tr("ms");
    case StorageView::Iops: return StorageView::tr("operations/s");
    case StorageView::Throughput: return StorageView::tr("MB/s");
    case StorageView::Utilisation: return StorageView::tr("% busy");
    case StorageView::Space: return StorageView::tr("GB");
    case StorageView::Inodes: return StorageView::tr("million inodes");
    case StorageView::ChartCount: break;
    }
    return {};
}

QString StorageView::seriesLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {u"io.latency_ms"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "I/O latency")},
        {u"fsync.latency_ms"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "fsync probe")},
        {u"io.read_iops"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "reads")},
        {u"io.write_iops"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "writes")},
        {u"io.read_mbps"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "read")},
        {u"io.write_mbps"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "written")},
        {u"agent.read_mbps"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "agent read")},
        {u"agent.write_mbps"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "agent written")},
        {u"io.util_pct"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "busy")},
        {u"space.used_bytes"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "used")},
        {u"space.total_bytes"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "total")},
        {u"inodes.used"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "inodes used")},
        {u"inodes.total"_s, QT_TRANSLATE_NOOP("mailstore::app::StorageView", "inodes total")},
    };
    const char *label = labels.value(name);
    return label ? StorageView::tr(label) : name;
}

QWidget *StorageView::makeChartCell(Chart c)
{
    auto *cell = new QWidget;
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto *chart = new charts::TimeSeriesChart(cell);
    chart->setTitle(chartTitle(c));
    chart->setUnit(chartUnit(c));
    chart->setPlaceholder(tr("no samples in this range"));
    chart->setObjectName(u"chart%1"_s.arg(int(c)));
    m_charts[std::size_t(c)] = chart;
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *png = new QToolButton(cell);
    png->setAutoRaise(true);
    png->setText(tr("Export PNG…"));
    png->setAccessibleName(tr("Export the %1 chart as PNG").arg(chartTitle(c)));
    connect(png, &QToolButton::clicked, this, [this, c] { askExport(c, true); });
    auto *csv = new QToolButton(cell);
    csv->setAutoRaise(true);
    csv->setText(tr("Export CSV…"));
    csv->setAccessibleName(tr("Export the %1 chart's data as CSV").arg(chartTitle(c)));
    connect(csv, &QToolButton::clicked, this, [this, c] { askExport(c, false); });
    buttons->addWidget(png);
    buttons->addWidget(csv);
    v->addWidget(chart, 1);
    v->addLayout(buttons);
    return cell;
}

QStringList StorageView::seriesOf(Chart chart)
{
    switch (chart) {
    case Latency: return {u"io.latency_ms"_s, u"fsync.latency_ms"_s};
    case Iops: return {u"io.read_iops"_s, u"io.write_iops"_s};
    case Throughput: return {u"io.read_mbps"_s, u"io.write_mbps"_s, u"agent.read_mbps"_s, u"agent.write_mbps"_s};
    case Utilisation: return {u"io.util_pct"_s};
    case Space: return {u"space.used_bytes"_s, u"space.total_bytes"_s};
    case Inodes: return {u"inodes.used"_s, u"inodes.total"_s};
    case ChartCount: break;
    }
    return {};
}

bool StorageView::exportPng(Chart c, const QString &file)
{
    const QString stamp = tr("%1 · %2 · %3 · times in %4")
                              .arg(m_hostName, chartTitle(c), rangeText(),
                                   QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    return m_charts[std::size_t(c)]->exportImage(stamp).save(file, "PNG");
}

bool StorageView::exportCsv(Chart c, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_charts[std::size_t(c)]->csv().toUtf8()) >= 0;
}

void StorageView::askExport(Chart c, bool png)
{
    const QString base = (m_hostName.isEmpty() ? u"host"_s : m_hostName) + u'-' + chartTitle(c).toLower();
    const QString file = QFileDialog::getSaveFileName(
        this, png ? tr("Export chart as PNG") : tr("Export chart data as CSV"), base + (png ? u".png"_s : u".csv"_s),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    const bool ok = png ? exportPng(c, file) : exportCsv(c, file);
    m_statusLabel->setText(ok ? tr("Saved %1").arg(file) : tr("⚠ Could not write %1").arg(file));
}

} // namespace mailstore::app
