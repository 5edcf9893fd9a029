// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageview.h"

#include "charts/timeserieschart.h"
#include "models/alertsmodel.h"
#include "models/metricsmodel.h"
#include "widgets/tablestyle.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

StorageView::StorageView(AgentClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_metrics(new MetricsModel(client, this))
    , m_alerts(new AlertsModel(client, this))
    , m_alertsView(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_rangeButtons(new QButtonGroup(this))
    , m_liveTimer(new QTimer(this))
    , m_redraw(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    m_unavailable->setObjectName(u"storageUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid "
                                 "#e0c050; border-radius: 3px; padding: 8px; }"_s);
    m_unavailable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    // Sortable through a proxy, with "Copy as text" and "Export CSV…" like every table.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_alerts);
    m_alertsView->setModel(sorted);
    tablestyle::setUp(m_alertsView);
    m_alertsView->setAccessibleName(tr("Storage alerts"));
    m_alertsView->verticalHeader()->hide();
    m_alertsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_alertsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        tablestyle::addExportActions(menu, m_alertsView, u"storage-alerts.csv"_s);
        menu->popup(m_alertsView->viewport()->mapToGlobal(pos));
    });
    m_alertsView->horizontalHeader()->setSectionResizeMode(AlertsModel::Message, QHeaderView::Stretch);
    m_alertsView->hide();
    layout->addWidget(m_alertsView);

    auto *barWidget = new QWidget(this);
    barWidget->setObjectName(u"storageBar"_s);
    auto *bar = new QHBoxLayout(barWidget);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Range:"), this));
    const QString rangeNames[] = {tr("15 min"), tr("1 h"), tr("24 h"), tr("7 d"), tr("30 d")};
    for (int r = 0; r < RangeCount; ++r) {
        auto *b = new QPushButton(rangeNames[r], this);
        b->setCheckable(true);
        b->setObjectName(u"range%1"_s.arg(r));
        m_rangeButtons->addButton(b, r);
        bar->addWidget(b);
    }
    m_rangeButtons->button(m_range)->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    auto *reset = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("Reset &zoom"), this);
    reset->setToolTip(tr("Zoom: drag a range or use the wheel; pan: right-drag or arrow keys"));
    connect(reset, &QPushButton::clicked, this, [this] {
        for (auto *c : m_charts)
            c->resetZoom();
        updateCharts();
    });
    bar->addWidget(reset);
    bar->addSpacing(12);
    // Long messages must not widen the window: they are cut, the tooltip has them whole.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_statusLabel, 1);
    layout->addWidget(barWidget);

    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < ChartCount; ++c)
        gridLayout->addWidget(makeChartCell(Chart(c)), c / 3, c % 3);
    m_scroll->setWidget(grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_metrics, &MetricsModel::seriesLoaded, this, [this, barWidget, layout] {
        // An agent updated to API 1.6 since: the charts take the room the message had.
        if (QLayoutItem *last = layout->itemAt(layout->count() - 1); last->spacerItem())
            delete layout->takeAt(layout->count() - 1);
        m_unavailable->hide();
        barWidget->show();
        m_scroll->show();
        const QString err = m_metrics->agentError();
        m_statusLabel->setToolTip(err);
        const QString device = m_metrics->device().isEmpty() ? tr("(none)") : m_metrics->device();
        const int interval = m_metrics->intervalSec();
        m_normalStatus = !err.isEmpty() ? tr("⚠ The agent cannot record metrics: %1").arg(err)
                         : interval > 0 ? tr("Device %1, sampled every %2 s").arg(device).arg(interval)
                                        : tr("Device %1, sampling off: the recorded history").arg(device);
        m_statusLabel->setText(m_normalStatus);
        // Sampling off: nothing new arrives, but the alerts the agent re-evaluates still may.
        m_liveTimer->setInterval((interval > 0 ? interval : 60) * 1000);
        queryRange();
    });
    connect(m_metrics, &MetricsModel::unavailable, this, [this, barWidget, layout](const QString &message) {
        m_unavailable->setText(message);
        m_unavailable->show();
        barWidget->hide();
        m_alertsView->hide();
        m_scroll->hide();
        if (!layout->itemAt(layout->count() - 1)->spacerItem())
            layout->addStretch(1); // the message at the top, not in the middle
        m_liveTimer->stop();
    });
    connect(m_metrics, &MetricsModel::failed, this, [this](const QString &message) {
        m_statusLabel->setText(tr("⚠ Could not load the metrics: %1").arg(message));
        m_statusLabel->setToolTip(message);
    });
    // Several answers arrive together: draw once for all of them.
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(0);
    connect(m_metrics, &MetricsModel::queried, m_redraw, qOverload<>(&QTimer::start));
    connect(m_redraw, &QTimer::timeout, this, &StorageView::updateCharts);
    connect(m_alerts, &AlertsModel::loaded, this, &StorageView::applyAlerts);
    connect(m_alertsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString series = index.data(AlertsModel::SeriesRole).toString();
        for (int c = 0; c < ChartCount; ++c)
            if (seriesOf(Chart(c)).contains(series))
                m_scroll->ensureWidgetVisible(m_charts[std::size_t(c)]);
    });

    // Live: a new range query each sampling interval while the tab is on screen and the
    // person is not looking at a zoomed part.
    m_liveTimer->setInterval(10'000);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        for (auto *c : m_charts)
            if (c->isZoomed())
                return;
        m_alerts->load();
        queryRange();
    });
}

StorageView::~StorageView() = default;

qint64 StorageView::rangeMs(Range range)
{
    constexpr qint64 min = 60'000;
    switch (range) {
    case Min15: return 15 * min;
    case Hour1: return 60 * min;
    case Hours24: return 24 * 60 * min;
    case Days7: return 7 * 24 * 60 * min;
    case Days30: return 30 * 24 * 60 * min;
    case RangeCount: break;
    }
    return 60 * min;
}

QString StorageView::rangeText() const
{
    return m_rangeButtons->button(m_range)->text();
}

void StorageView::refresh()
{
    m_metrics->loadSeries();
    m_alerts->load();
}

void StorageView::setRange(Range range)
{
    m_range = range;
    m_rangeButtons->button(range)->setChecked(true);
    for (auto *c : m_charts)
        c->resetZoom();
    queryRange();
}

bool StorageView::isLive() const
{
    return m_liveTimer->isActive();
}

QString StorageView::unavailableText() const
{
    return m_unavailable->isHidden() && m_metrics->isAvailable() ? QString() : m_unavailable->text();
}

void StorageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_metrics->isAvailable())
        m_liveTimer->start();
}

void StorageView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_liveTimer->stop();
}

void StorageView::queryRange()
{
    if (!m_metrics->isAvailable())
        return; // metrics.series first: it says whether and which series exist
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - rangeMs(m_range);
    QStringList names;
    for (int c = 0; c < ChartCount; ++c)
        for (const QString &s : seriesOf(Chart(c)))
            if (m_metrics->hasSeries(s))
                names << s;
    // About one bucket per horizontal pixel: more could not be seen.
    const int width = m_charts[0]->width() > 100 ? m_charts[0]->width() : 800;
    m_metrics->query(names, from, to, width);
    if (isVisible())
        m_liveTimer->start();
}

void StorageView::updateCharts()
{
    for (int c = 0; c < ChartCount; ++c) {
        QList<charts::Series> list;
        for (const QString &name : seriesOf(Chart(c))) {
            if (m_metrics->isAvailable() && !m_metrics->hasSeries(name))
                continue; // e.g. no io.* on a virtual file system
            charts::Series s;
            s.name = name;
            s.label = seriesLabel(name);
            s.buckets = m_metrics->buckets(name);
            s.dashed = name.startsWith("agent."_L1);
            s.band = !s.dashed && !name.endsWith("total_bytes"_L1) && name != "inodes.total"_L1;
            if (c == Space)
                s.scale = kGbScale;
            if (c == Inodes)
                s.scale = 1e-6;
            list << s;
        }
        auto *chart = m_charts[std::size_t(c)];
        if (!chart->isZoomed())
            chart->setSeries(list, m_metrics->lastFrom(), m_metrics->lastTo());
    }
    // Fresh buckets arrived: an earlier failure is no longer what the charts show.
    m_statusLabel->setText(m_normalStatus);
    m_statusLabel->setToolTip(QString());
    applyAlerts();
    emit chartsUpdated();
}

void StorageView::applyAlerts()
{
    m_alertsView->setVisible(m_alerts->rowCount() > 0);
    if (m_alerts->rowCount() > 0) {
        m_alertsView->resizeColumnToContents(AlertsModel::Severity);
        m_alertsView->setFixedHeight(m_alertsView->horizontalHeader()->height()
                                     + m_alertsView->rowHeight(0) * std::min(m_alerts->rowCount(), 4) + 4);
    }
    for (int c = 0; c < ChartCount; ++c) {
        auto *chart = m_charts[std::size_t(c)];
        std::optional<double> threshold;
        for (const QString &s : seriesOf(Chart(c)))
            if (!threshold)
                threshold = m_alerts->thresholdFor(s);
        if (threshold && c == Space)
            *threshold *= kGbScale;
        if (threshold && c == Inodes)
            *threshold *= 1e-6;
        if (threshold != chart->threshold())
            chart->setThreshold(threshold, tr("Alert threshold"));
        bool proves = false;
        for (int r = 0; r < m_alerts->rowCount(); ++r)
            proves = proves || seriesOf(Chart(c)).contains(m_alerts->alert(r).value("series"_L1).toString());
        chart->setHighlighted(proves);
    }
}

} // namespace mailstore::app
