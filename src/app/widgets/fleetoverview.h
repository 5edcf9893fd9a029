// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FleetOverview: the page shown for the whole fleet (a group or nothing selected in the
// fleet tree) — one card per connected host with its capacity bar (red with an alert),
// the fsync probe's last 24 h as a sparkline, its storage alerts and its last backup and
// verify; below them "Compare hosts", one chart with a series per host for a chosen
// metric and range. A click on a card opens that host.

#include "charts/timeserieschart.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTimer;

namespace mailstore::app {

class HostConnection;
class MetricsFleetModel;

class FleetOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetOverview)
public:
    explicit FleetOverview(QWidget *parent = nullptr);
    ~FleetOverview() override;

    void addHost(HostConnection *host);
    void removeHost(HostConnection *host);
    // Asks every connected host for its alerts, sparkline and the compared metric.
    void refresh();

    MetricsFleetModel *model() const { return m_model; }
    charts::TimeSeriesChart *compareChart() const { return m_compare; }
    int cardCount() const { return int(m_cards.size()); }
    QWidget *card(int i) const { return m_cards.value(i); }
    // The compared series and range (ms).
    QString comparedSeries() const;
    qint64 comparedRangeMs() const;
    // A metrics.query answer for the compared series of one host (by profile id).
    void setCompareAnswer(const QString &key, const QString &name, const QJsonObject &answer);
    // The compare chart as a PNG stamped with metric, range and time zone, or its buckets
    // as CSV (one column group per host). False when the file cannot be written.
    bool exportComparePng(const QString &file);
    bool exportCompareCsv(const QString &file);

signals:
    void hostActivated(mailstore::app::HostConnection *host);
    void compareUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildCards();
    void queryCompare();
    void updateCompare();
    void askExport(bool png);

    MetricsFleetModel *m_model;
    QList<HostConnection *> m_hosts; // removed when they are destroyed
    QList<QWidget *> m_cards;
    QWidget *m_cardArea;
    QGridLayout *m_cardGrid;
    QLabel *m_empty;
    QComboBox *m_metric;
    QComboBox *m_range;
    charts::TimeSeriesChart *m_compare;
    QTimer *m_timer;
    QHash<QString, QPair<QString, QList<charts::Bucket>>> m_compared; // key -> name, buckets
    quint64 m_generation = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace mailstore::app
