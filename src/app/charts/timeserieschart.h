// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TimeSeriesChart: one time chart of metric buckets (min/max band plus avg line per
// series), an optional dashed threshold line, zoom (rubber band, wheel), pan (drag,
// arrow keys), hover values and CSV of the plotted buckets. It is the console's only
// door to Qt Charts: nothing else includes a Qt Charts header, so a later move to
// Qt Graphs stays inside src/app/charts.

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace mailstore::app::charts {

struct Bucket {
    qint64 t = 0; // bucket start, unix ms
    double min = 0;
    double max = 0;
    double avg = 0;
    quint32 count = 0;
};

struct Series {
    QString name;          // the API's series name (io.read_iops), used in CSV
    QString label;         // for people, in the legend
    QList<Bucket> buckets; // oldest first
    bool band = true;      // draw the min/max band under the avg line
    bool dashed = false;   // e.g. the agent's own share of the traffic
    double scale = 1.0;    // values are multiplied by this before drawing (bytes -> GB)
};

class ChartView;

class TimeSeriesChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(const QString &unit);
    // Replaces everything plotted; the x axis shows [fromMs, toMs].
    void setSeries(const QList<Series> &series, qint64 fromMs, qint64 toMs);
    void setThreshold(std::optional<double> value, const QString &label = {});
    std::optional<double> threshold() const { return m_threshold; }
    // Drawn series (avg lines), not counting bands or the threshold.
    int seriesCount() const { return int(m_series.size()); }
    const QList<Series> &series() const { return m_series; }
    // Text shown instead of an empty plot ("No samples in this range").
    void setPlaceholder(const QString &text);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void resetZoom();
    bool isZoomed() const;

    // "time,series,min,avg,max,count" rows of the plotted buckets (ISO 8601 UTC times).
    QString csv() const;
    // The chart as shown, with `stamp` (host, range, time zone) written under it.
    QImage exportImage(const QString &stamp);
    // Hover text at an x position in the view, for tests and the tooltip.
    QString hoverText(qint64 atMs) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static int tickCountFor(int width);
    void rebuild();
    void updateYRange();

    ChartView *m_view;
    QList<Series> m_series;
    std::optional<double> m_threshold;
    QString m_thresholdLabel;
    QString m_title;
    QString m_unit;
    QString m_placeholder;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_highlighted = false;
};

} // namespace mailstore::app::charts
