// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace mailstore::app::charts {

namespace {
// Colour-blind safe pairs (blue/orange first); the dashed style tells the agent's own
// lines apart, so colour is never the only difference.
const QColor kPalette[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0xd9, 0x82, 0x2b),
                           QColor(0x3a, 0x8f, 0x5a), QColor(0x8e, 0x4e, 0xa8)};

QColor colourAt(qsizetype i)
{
    return kPalette[std::size_t(i) % std::size(kPalette)];
}

// Shortest form that still tells 0.8 from 1.2 and 1,200 from 1,300.
QString number(double v)
{
    const double a = std::abs(v);
    return QString::number(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : 2);
}
} // namespace

// The view: zoom with a horizontal rubber band or the wheel, pan by dragging with the
// right button or with the arrow keys, and a hover tooltip naming time and values.
class ChartView final : public QChartView {
public:
    ChartView(QChart *chart, TimeSeriesChart *owner)
        : QChartView(chart)
        , m_owner(owner)
    {
        setRubberBand(QChartView::HorizontalRubberBand);
        setRenderHint(QPainter::Antialiasing);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
    }
    bool zoomed = false;

protected:
    void wheelEvent(QWheelEvent *e) override
    {
        chart()->zoom(e->angleDelta().y() > 0 ? 1.25 : 0.8);
        zoomed = true;
        e->accept();
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        const qreal step = chart()->plotArea().width() / 10;
        switch (e->key()) {
        case Qt::Key_Left: chart()->scroll(-step, 0); zoomed = true; return;
        case Qt::Key_Right: chart()->scroll(step, 0); zoomed = true; return;
        case Qt::Key_Plus: chart()->zoom(1.25); zoomed = true; return;
        case Qt::Key_Minus: chart()->zoom(0.8); zoomed = true; return;
        case Qt::Key_0:
        case Qt::Key_Home: m_owner->resetZoom(); return;
        default: QChartView::keyPressEvent(e);
        }
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        if (e->button() == Qt::RightButton) {
            m_panFrom = e->position();
            m_panning = true;
            e->accept();
            return;
        }
        QChartView::mousePressEvent(e); // a rubber band starts (QChart::isZoomed() after it)
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        if (m_panning) {
            const QPointF d = e->position() - m_panFrom;
            chart()->scroll(-d.x(), 0);
            m_panFrom = e->position();
            zoomed = true;
            return;
        }
        if (chart()->plotArea().contains(e->position())) {
            const QPointF v = chart()->mapToValue(e->position());
            const QString text = m_owner->hoverText(qint64(v.x()));
            if (!text.isEmpty())
                QToolTip::showText(e->globalPosition().toPoint(), text, this);
        }
        QChartView::mouseMoveEvent(e);
    }
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        if (e->button() == Qt::RightButton && m_panning) {
            m_panning = false;
            return; // no context menu of QChartView's own "zoom out"
        }
        QChartView::mouseReleaseEvent(e);
    }

private:
    TimeSeriesChart *m_owner;
    QPointF m_panFrom;
    bool m_panning = false;
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new ChartView(new QChart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    QChart *chart = m_view->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation); // a 30-day redraw must stay fast
    // Light and dark palettes both readable: the chart follows the window's.
    if (palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    setMinimumHeight(200);
    rebuild();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    m_view->chart()->setTitle(title);
    setAccessibleName(title);
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    m_unit = unit;
    rebuild();
}

void TimeSeriesChart::setSeries(const QList<Series> &series, qint64 fromMs, qint64 toMs)
{
    m_series = series;
    m_from = fromMs;
    m_to = toMs;
    rebuild();
}

void TimeSeriesChart::setThreshold(std::optional<double> value, const QString &label)
{
    m_threshold = value;
    m_thresholdLabel = label;
    rebuild();
}

void TimeSeriesChart::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    rebuild();
}

void TimeSeriesChart::setHighlighted(bool on)
{
    m_highlighted = on;
    // A thick amber frame: the chart that proves an alert (not colour alone: the alert
    // list above names the chart too).
    m_view->setStyleSheet(on ? u"QChartView { border: 3px solid #d9822b; }"_s : QString());
}

bool TimeSeriesChart::isZoomed() const
{
    // Wheel, keys and panning set our flag; a rubber band zooms the chart itself.
    return m_view->zoomed || m_view->chart()->isZoomed();
}

void TimeSeriesChart::resetZoom()
{
    m_view->chart()->zoomReset();
    m_view->zoomed = false;
    rebuild(); // scrolling moved the axes; put them back exactly
}

// As many time labels as fit without eliding ("22:..."): about one per 100 px.
int TimeSeriesChart::tickCountFor(int width)
{
    return std::clamp(width / 100, 3, 7);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QAbstractAxis *axis : m_view->chart()->axes(Qt::Horizontal))
        if (auto *x = qobject_cast<QDateTimeAxis *>(axis))
            x->setTickCount(tickCountFor(width()));
}

void TimeSeriesChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    m_view->zoomed = false;

    auto *x = new QDateTimeAxis;
    const qint64 span = m_to - m_from;
    x->setFormat(span > 2 * 86400'000LL ? u"dd MMM"_s : span > 20 * 60'000LL ? u"HH:mm"_s : u"HH:mm:ss"_s);
    x->setTickCount(tickCountFor(width()));
    x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(std::max(m_to, m_from + 1)));
    auto *y = new QValueAxis;
    y->setTitleText(m_unit);
    y->setLabelFormat(u"%.4g"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    bool any = false;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series[i];
        QList<QPointF> avg, lo, hi;
        avg.reserve(s.buckets.size());
        for (const Bucket &b : s.buckets) {
            avg.append(QPointF(double(b.t), b.avg * s.scale));
            if (s.band) {
                lo.append(QPointF(double(b.t), b.min * s.scale));
                hi.append(QPointF(double(b.t), b.max * s.scale));
            }
        }
        any = any || !avg.isEmpty();
        const QColor colour = colourAt(i);
        if (s.band && !avg.isEmpty()) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->replace(hi);
            lower->replace(lo);
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            QColor fill = colour;
            fill.setAlpha(60);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            area->setName(tr("%1 min–max").arg(s.label));
            chart->addSeries(area);
            area->attachAxis(x);
            area->attachAxis(y);
            chart->legend()->markers(area).value(0)->setVisible(false);
        }
        auto *line = new QLineSeries;
        line->replace(avg);
        line->setName(s.label);
        QPen pen(colour, 2);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (m_threshold) {
        auto *line = new QLineSeries;
        line->append(double(m_from), *m_threshold);
        line->append(double(m_to), *m_threshold);
        line->setName(m_thresholdLabel.isEmpty() ? tr("Alert threshold") : m_thresholdLabel);
        line->setPen(QPen(QColor(0xc0, 0x20, 0x20), 2, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->setTitle(!any && !m_placeholder.isEmpty() ? m_title + u" — "_s + m_placeholder : m_title);
    updateYRange();
}

void TimeSeriesChart::updateYRange()
{
    double top = 0;
    for (const Series &s : std::as_const(m_series))
        for (const Bucket &b : s.buckets)
            top = std::max(top, (s.band ? b.max : b.avg) * s.scale);
    if (m_threshold)
        top = std::max(top, *m_threshold);
    if (top <= 0)
        top = 1;
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    if (auto *y = qobject_cast<QValueAxis *>(axes.value(0))) {
        y->setRange(0, top * 1.1);
        y->applyNiceNumbers();
    }
}

QString TimeSeriesChart::csv() const
{
    QString out = u"time,series,min,avg,max,count\n"_s;
    for (const Series &s : m_series)
        for (const Bucket &b : s.buckets)
            out += QDateTime::fromMSecsSinceEpoch(b.t, Qt::UTC).toString(Qt::ISODate) + u','
                 + s.name + u',' + QString::number(b.min) + u',' + QString::number(b.avg) + u','
                 + QString::number(b.max) + u',' + QString::number(b.count) + u'\n';
    return out;
}

QString TimeSeriesChart::hoverText(qint64 atMs) const
{
    QStringList lines;
    for (const Series &s : m_series) {
        if (s.buckets.isEmpty())
            continue;
        // The bucket whose start is nearest to the pointer.
        auto it = std::lower_bound(s.buckets.cbegin(), s.buckets.cend(), atMs,
                                   [](const Bucket &b, qint64 t) { return b.t < t; });
        if (it == s.buckets.cend())
            it = std::prev(it);
        else if (it != s.buckets.cbegin() && atMs - std::prev(it)->t < it->t - atMs)
            it = std::prev(it);
        if (lines.isEmpty())
            lines << QDateTime::fromMSecsSinceEpoch(it->t).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        lines << tr("%1: %2 %3 (min %4, max %5)")
                     .arg(s.label, number(it->avg * s.scale), m_unit, number(it->min * s.scale),
                          number(it->max * s.scale));
    }
    return lines.join(u'\n');
}

QImage TimeSeriesChart::exportImage(const QString &stamp)
{
    // The scene lays out new series on posted events: settle them first, so the image
    // is what the screen will show.
    QCoreApplication::sendPostedEvents();
    const QPixmap shot = m_view->grab();
    const int band = fontMetrics().height() + 8;
    QImage image(shot.width(), shot.height() + band, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawPixmap(0, 0, shot);
    p.setPen(Qt::black);
    p.setFont(font());
    p.drawText(QRect(6, shot.height(), shot.width() - 12, band), Qt::AlignVCenter | Qt::AlignLeft, stamp);
    return image;
}

} // namespace mailstore::app::charts
