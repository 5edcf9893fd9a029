// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetricsFleetModel: one row per connected host for the fleet overview's cards — its
// capacity (host.info "storage"), storage alerts (count, worst severity and message
// from alerts.list), the fsync probe's last 24 h (metrics.query) and its last backup and
// last verify (host.info "backups"). Answers go in as JSON; the cards only read roles.

#include "charts/timeserieschart.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>

namespace mailstore::app {

class MetricsFleetModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsFleetModel)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        UsedBytesRole,
        TotalBytesRole,
        UsedFractionRole,  // 0..1, or -1 while unknown
        CapacityTextRole,  // "88.0 GB of 100.0 GB used (88 %)"
        AlertCountRole,
        WorstSeverityRole, // "critical", "warning" or empty
        WorstMessageRole,
        FsyncTextRole,     // "fsync 3.1 ms" from the latest sample
        LastBackupRole,    // unix s, 0 = never
        LastVerifyRole,
        BackupTextRole,    // "Last backup 2 h ago · last verify 3 days ago"
        HasMetricsRole,    // false: the agent is older than API 1.6
    };

    explicit MetricsFleetModel(QObject *parent = nullptr);
    ~MetricsFleetModel() override;

    // Adds the host or updates its row from a host.info answer.
    void setHost(const QString &key, const QString &name, const QJsonObject &hostInfo);
    void removeHost(const QString &key);
    void setAlerts(const QString &key, const QJsonObject &alertsAnswer);
    // A metrics.query answer for fsync.latency_ms over the last 24 h.
    void setSparkline(const QString &key, const QJsonObject &queryAnswer);
    QList<charts::Bucket> sparkline(int row) const;
    int rowOf(const QString &key) const;

    static QString capacityText(qint64 used, qint64 total);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Host {
        QString key;
        QString name;
        QJsonObject info;
        QList<QJsonObject> alerts;
        QList<charts::Bucket> sparkline;
    };
    void changed(int row);

    QList<Host> m_hosts;
};

} // namespace mailstore::app
