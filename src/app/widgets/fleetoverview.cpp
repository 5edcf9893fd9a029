// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetoverview.h"

#include "agentclient.h"
#include "api/methods.h"
#include "fleet/hostconnection.h"
#include "models/metricsfleetmodel.h"
#include "models/metricsmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
constexpr qint64 kDayMs = 24 * 3600'000LL;

// The fsync probe's last 24 h as a small line, drawn directly: a Qt Charts view per card
// would cost more than the whole overview.
class Sparkline final : public QWidget {
public:
    Sparkline(QList<charts::Bucket> buckets, QWidget *parent)
        : QWidget(parent)
        , m_buckets(std::move(buckets))
    {
        setMinimumHeight(36);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), palette().color(QPalette::AlternateBase));
        if (m_buckets.size() < 2)
            return;
        const qint64 t0 = m_buckets.first().t;
        const qint64 t1 = std::max(m_buckets.last().t, t0 + 1);
        double top = 0;
        for (const auto &b : m_buckets)
            top = std::max(top, b.avg);
        top = top > 0 ? top * 1.1 : 1;
        QPainterPath path;
        const QRectF r = QRectF(rect()).adjusted(2, 3, -2, -3);
        for (qsizetype i = 0; i < m_buckets.size(); ++i) {
            const QPointF pt(r.left() + r.width() * double(m_buckets[i].t - t0) / double(t1 - t0),
                             r.bottom() - r.height() * m_buckets[i].avg / top);
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        p.drawPath(path);
    }

private:
    QList<charts::Bucket> m_buckets;
};

class Card final : public QFrame {
public:
    std::function<void()> onClick;

protected:
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        if (e->button() == Qt::LeftButton && onClick)
            onClick();
    }
};
} // namespace

FleetOverview::FleetOverview(QWidget *parent)
    : QWidget(parent)
    , m_model(new MetricsFleetModel(this))
    , m_cardArea(new QWidget)
    , m_cardGrid(new QGridLayout(m_cardArea))
    , m_empty(new QLabel(tr("No host is connected. Use Connect… (Ctrl+N) to add one."), this))
    , m_metric(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_compare(new charts::TimeSeriesChart(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Fleet overview"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_cardArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 2);

    auto *bar = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("<b>Compare hosts:</b>"), this);
    bar->addWidget(compareLabel);
    m_metric->addItem(tr("fsync probe latency"), u"fsync.latency_ms"_s);
    m_metric->addItem(tr("I/O latency"), u"io.latency_ms"_s);
    m_metric->addItem(tr("Utilisation"), u"io.util_pct"_s);
    m_metric->addItem(tr("Write throughput"), u"io.write_mbps"_s);
    m_metric->addItem(tr("Space used"), u"space.used_bytes"_s);
    m_metric->setAccessibleName(tr("Metric to compare"));
    m_range->addItem(tr("1 h"), 3600'000LL);
    m_range->addItem(tr("24 h"), kDayMs);
    m_range->addItem(tr("7 d"), 7 * kDayMs);
    m_range->addItem(tr("30 d"), 30 * kDayMs);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Range to compare"));
    bar->addWidget(m_metric);
    bar->addWidget(m_range);
    bar->addStretch(1);
    for (const bool png : {true, false}) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setText(png ? tr("Export PNG…") : tr("Export CSV…"));
        button->setAccessibleName(png ? tr("Export the compare chart as PNG") : tr("Export the compared data as CSV"));
        connect(button, &QToolButton::clicked, this, [this, png] { askExport(png); });
        bar->addWidget(button);
    }
    layout->addLayout(bar);
    m_compare->setTitle(tr("Compare hosts"));
    m_compare->setMinimumHeight(260);
    m_compare->setPlaceholder(tr("no samples in this range"));
    layout->addWidget(m_compare, 3);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &FleetOverview::queryCompare);
    connect(m_range, &QComboBox::currentIndexChanged, this, &FleetOverview::queryCompare);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetOverview::rebuildCards);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetOverview::rebuildCards);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetOverview::rebuildCards);
    m_timer->setInterval(60'000); // the sparkline has 24 h: once a minute is plenty
    connect(m_timer, &QTimer::timeout, this, &FleetOverview::refresh);
    rebuildCards();
}

FleetOverview::~FleetOverview() = default;

void FleetOverview::addHost(HostConnection *host)
{
    m_hosts.append(host);
    connect(host, &QObject::destroyed, this, [this, host] { m_hosts.removeAll(host); });
    const QString key = host->profile().id;
    m_model->setHost(key, host->displayName(), host->hostInfo());
    connect(host, &HostConnection::hostInfoChanged, this, [this, host, key](const QJsonObject &info) {
        m_model->setHost(key, host->displayName(), info);
    });
}

void FleetOverview::removeHost(HostConnection *host)
{
    m_hosts.removeAll(host);
    m_compared.remove(host->profile().id);
    m_model->removeHost(host->profile().id);
    disconnect(host, nullptr, this, nullptr);
}

void FleetOverview::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (HostConnection *host : std::as_const(m_hosts)) {
        if (host->state() != HostConnection::State::Connected)
            continue;
        const QString key = host->profile().id;
        host->client()->call(api::method::AlertsList, {}, this, [this, key](const api::Response &r) {
            if (!r.error)
                m_model->setAlerts(key, r.result.toObject());
        });
        const QJsonObject params{{"series"_L1, u"fsync.latency_ms"_s}, {"from"_L1, now - kDayMs},
                                 {"to"_L1, now}, {"maxPoints"_L1, 120}};
        host->client()->call(api::method::MetricsQuery, params, this, [this, key](const api::Response &r) {
            if (!r.error)
                m_model->setSparkline(key, r.result.toObject());
        });
    }
    queryCompare();
}

QString FleetOverview::comparedSeries() const
{
    return m_metric->currentData().toString();
}

qint64 FleetOverview::comparedRangeMs() const
{
    return m_range->currentData().toLongLong();
}

void FleetOverview::queryCompare()
{
    const quint64 generation = ++m_generation;
    m_compared.clear();
    m_to = QDateTime::currentMSecsSinceEpoch();
    m_from = m_to - comparedRangeMs();
    const QString series = comparedSeries();
    const int points = std::clamp(m_compare->width(), 100, api::MetricsPointsMax);
    for (HostConnection *host : std::as_const(m_hosts)) {
        if (host->state() != HostConnection::State::Connected)
            continue;
        const QJsonObject params{{"series"_L1, series}, {"from"_L1, m_from}, {"to"_L1, m_to},
                                 {"maxPoints"_L1, points}};
        host->client()->call(api::method::MetricsQuery, params, this,
                             [this, generation, key = host->profile().id, name = host->displayName()](
                                 const api::Response &r) {
            if (generation == m_generation && !r.error)
                setCompareAnswer(key, name, r.result.toObject());
        });
    }
    updateCompare();
}

void FleetOverview::setCompareAnswer(const QString &key, const QString &name, const QJsonObject &answer)
{
    m_compared.insert(key, {name, MetricsModel::parsePoints(answer)});
    if (m_to == 0) { // fed directly: take the answer's range
        m_from = answer.value("from"_L1).toInteger();
        m_to = answer.value("to"_L1).toInteger();
    }
    updateCompare();
}

void FleetOverview::updateCompare()
{
    QList<charts::Series> list;
    const bool space = comparedSeries() == "space.used_bytes"_L1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->index(row).data(MetricsFleetModel::KeyRole).toString();
        if (!m_compared.contains(key))
            continue;
        charts::Series s;
        s.name = m_compared[key].first; // the host: its CSV column tells the hosts apart
        s.label = m_compared[key].first;
        s.buckets = m_compared[key].second;
        s.band = false; // several hosts' bands would hide each other
        s.scale = space ? 1e-9 : 1.0;
        list << s;
    }
    const QString unit = comparedSeries().endsWith("_ms"_L1) ? tr("ms")
                         : space                            ? tr("GB")
                         : comparedSeries().endsWith("_pct"_L1) ? tr("% busy")
                                                                : tr("MB/s");
    m_compare->setUnit(unit);
    m_compare->setSeries(list, m_from, m_to);
    emit compareUpdated();
}

void FleetOverview::rebuildCards()
{
    // deleteLater: a card's own click can lead here.
    for (QWidget *card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_empty->setVisible(m_model->rowCount() == 0);
    const int columns = std::max(1, (width() > 0 ? width() : 1000) / 430);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        auto *card = new Card;
        card->setObjectName(u"hostCard"_s);
        card->setMinimumWidth(300);
        card->setMaximumWidth(420);
        card->setFrameShape(QFrame::StyledPanel);
        card->setCursor(Qt::PointingHandCursor);
        card->setStyleSheet(u"#hostCard { background: palette(base); border: 1px solid #c8ccd0; border-radius: 4px; }"_s);
        auto *v = new QVBoxLayout(card);
        auto *name = new QLabel(u"<b>%1</b>"_s.arg(i.data().toString().toHtmlEscaped()), card);
        v->addWidget(name);
        const double fraction = i.data(MetricsFleetModel::UsedFractionRole).toDouble();
        const int alerts = i.data(MetricsFleetModel::AlertCountRole).toInt();
        const QString severity = i.data(MetricsFleetModel::WorstSeverityRole).toString();
        auto *bar = new QProgressBar(card);
        bar->setRange(0, 1000);
        bar->setValue(fraction < 0 ? 0 : int(fraction * 1000));
        bar->setTextVisible(false);
        bar->setFixedHeight(12);
        bar->setStyleSheet(u"QProgressBar { border: 1px solid #999; border-radius: 2px; background: #eee; }"
                           "QProgressBar::chunk { background: %1; }"_s.arg(alerts > 0 ? u"#c02020"_s : u"#3a8f5a"_s));
        v->addWidget(bar);
        auto *capacity = new QLabel(i.data(MetricsFleetModel::CapacityTextRole).toString(), card);
        capacity->setObjectName(u"capacityText"_s);
        v->addWidget(capacity);
        if (i.data(MetricsFleetModel::HasMetricsRole).toBool()) {
            auto *spark = new Sparkline(m_model->sparkline(row), card);
            spark->setToolTip(tr("fsync probe latency, last 24 h"));
            v->addWidget(spark);
            auto *fsync = new QLabel(i.data(MetricsFleetModel::FsyncTextRole).toString(), card);
            v->addWidget(fsync);
        } else {
            v->addWidget(new QLabel(tr("No storage metrics (agent API < 1.6)"), card));
        }
        auto *alertLabel = new QLabel(card);
        alertLabel->setObjectName(u"alertText"_s);
        alertLabel->setWordWrap(true);
        if (alerts > 0) {
            const QString message = i.data(MetricsFleetModel::WorstMessageRole).toString();
            alertLabel->setText((severity == "critical"_L1 ? tr("⛔ %n storage alert(s)", nullptr, alerts)
                                                           : tr("⚠ %n storage alert(s)", nullptr, alerts))
                                + (message.isEmpty() ? QString() : u": "_s + message));
        } else {
            alertLabel->setText(tr("✓ No storage alerts"));
        }
        v->addWidget(alertLabel);
        v->addWidget(new QLabel(i.data(MetricsFleetModel::BackupTextRole).toString(), card));
        const QString key = i.data(MetricsFleetModel::KeyRole).toString();
        card->onClick = [this, key] {
            for (HostConnection *h : std::as_const(m_hosts))
                if (h->profile().id == key)
                    emit hostActivated(h);
        };
        m_cardGrid->addWidget(card, row / columns, row % columns);
        m_cards.append(card);
    }
    // Cards keep their width and stay top left, however few there are.
    m_cardGrid->setRowStretch(m_cardGrid->rowCount(), 1);
    m_cardGrid->setColumnStretch(columns, 1);
}

void FleetOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void FleetOverview::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

bool FleetOverview::exportComparePng(const QString &file)
{
    const QString stamp = tr("Compare hosts · %1 · %2 · times in %3")
                              .arg(m_metric->currentText(), m_range->currentText(),
                                   QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    return m_compare->exportImage(stamp).save(file, "PNG");
}

bool FleetOverview::exportCompareCsv(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(m_compare->csv().toUtf8()) >= 0;
}

void FleetOverview::askExport(bool png)
{
    const QString base = u"compare-"_s + m_metric->currentData().toString();
    const QString file = QFileDialog::getSaveFileName(
        this, png ? tr("Export chart as PNG") : tr("Export chart data as CSV"), base + (png ? u".png"_s : u".csv"_s),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (!file.isEmpty() && !(png ? exportComparePng(file) : exportCompareCsv(file)))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(file));
}

} // namespace mailstore::app
