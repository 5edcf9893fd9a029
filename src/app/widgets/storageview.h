// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StorageView: a host's Storage tab — its storage alerts above, then charts of latency
// (I/O and the fsync probe), IOPS, throughput (with the agent's own share dashed),
// utilisation, space and inodes for a chosen range (15 min … 30 d). The chart that
// proves an alert is framed and carries the alert's threshold as a dashed line. While
// the tab is visible it re-queries every sampling interval (asynchronously, so a slow
// host never freezes the window). Read-only: support and admin see the same.

#include <QWidget>

#include <array>

class QButtonGroup;
class QLabel;
class QScrollArea;
class QTableView;
class QTimer;

namespace mailstore::app {

namespace charts {
class TimeSeriesChart;
}
class AgentClient;
class AlertsModel;
class MetricsModel;

class StorageView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageView)
public:
    enum Chart { Latency, Iops, Throughput, Utilisation, Space, Inodes, ChartCount };
    enum Range { Min15, Hour1, Hours24, Days7, Days30, RangeCount };

    explicit StorageView(AgentClient *client, QWidget *parent = nullptr);
    ~StorageView() override;

    void setHostName(const QString &name) { m_hostName = name; }
    // Asks the agent for its series and alerts, then the buckets of the current range.
    void refresh();
    void setRange(Range range);
    Range range() const { return m_range; }
    static qint64 rangeMs(Range range);
    QString rangeText() const;

    // The API series each chart plots, in legend order.
    static QStringList seriesOf(Chart chart);
    charts::TimeSeriesChart *chart(Chart c) const { return m_charts[std::size_t(c)]; }
    MetricsModel *metrics() const { return m_metrics; }
    AlertsModel *alerts() const { return m_alerts; }
    QTableView *alertsView() const { return m_alertsView; }
    // The "no storage metrics" text, empty while the agent has them.
    QString unavailableText() const;
    bool isLive() const;

    bool exportPng(Chart c, const QString &file);
    bool exportCsv(Chart c, const QString &file);

signals:
    void chartsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static constexpr double kGbScale = 1e-9; // space in GB (10^9), as df -H shows it
    static QString chartTitle(Chart c);
    static QString chartUnit(Chart c);
    static QString seriesLabel(const QString &name);
    // storageviewcharts.cpp: a chart with its export buttons.
    QWidget *makeChartCell(Chart c);
    void queryRange();
    void updateCharts();
    void applyAlerts();
    void askExport(Chart c, bool png);

    AgentClient *m_client;
    MetricsModel *m_metrics;
    AlertsModel *m_alerts;
    QTableView *m_alertsView;
    QLabel *m_statusLabel;
    QLabel *m_unavailable;
    QScrollArea *m_scroll;
    QButtonGroup *m_rangeButtons;
    QTimer *m_liveTimer;
    QTimer *m_redraw;
    std::array<charts::TimeSeriesChart *, ChartCount> m_charts{};
    QString m_hostName;
    QString m_normalStatus; // device and interval, shown again when fresh data arrives
    Range m_range = Hours24;
};

} // namespace mailstore::app
