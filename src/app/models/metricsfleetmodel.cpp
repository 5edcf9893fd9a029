// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsfleetmodel.h"

#include "displayformat.h"
#include "models/metricsmodel.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MetricsFleetModel::MetricsFleetModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

MetricsFleetModel::~MetricsFleetModel() = default;

int MetricsFleetModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_hosts.size(); ++i)
        if (m_hosts[i].key == key)
            return i;
    return -1;
}

void MetricsFleetModel::changed(int row)
{
    emit dataChanged(index(row), index(row));
}

void MetricsFleetModel::setHost(const QString &key, const QString &name, const QJsonObject &hostInfo)
{
    const int row = rowOf(key);
    if (row >= 0) {
        m_hosts[row].name = name;
        m_hosts[row].info = hostInfo;
        changed(row);
        return;
    }
    beginInsertRows({}, int(m_hosts.size()), int(m_hosts.size()));
    m_hosts.append({key, name, hostInfo, {}, {}});
    endInsertRows();
}

void MetricsFleetModel::removeHost(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_hosts.removeAt(row);
    endRemoveRows();
}

void MetricsFleetModel::setAlerts(const QString &key, const QJsonObject &alertsAnswer)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    QList<QJsonObject> alerts;
    for (const QJsonValue &v : alertsAnswer.value("alerts"_L1).toArray())
        alerts.append(v.toObject());
    m_hosts[row].alerts = alerts;
    changed(row);
}

void MetricsFleetModel::setSparkline(const QString &key, const QJsonObject &queryAnswer)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    m_hosts[row].sparkline = MetricsModel::parsePoints(queryAnswer);
    changed(row);
}

QList<charts::Bucket> MetricsFleetModel::sparkline(int row) const
{
    return row >= 0 && row < m_hosts.size() ? m_hosts[row].sparkline : QList<charts::Bucket>();
}

QString MetricsFleetModel::capacityText(qint64 used, qint64 total)
{
    if (total <= 0)
        return tr("capacity not known yet");
    const int pct = int(std::lround(100.0 * double(used) / double(total)));
    return tr("%1 of %2 used (%3 %)").arg(display::size(used), display::size(total)).arg(pct);
}

int MetricsFleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

QVariant MetricsFleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hosts.size())
        return {};
    const Host &h = m_hosts[index.row()];
    const QJsonObject storage = h.info.value("storage"_L1).toObject();
    const QJsonObject backups = h.info.value("backups"_L1).toObject();
    // toDouble(): toInteger() gives 0 for a value with a fraction (an averaged sample).
    const qint64 used = qint64(storage.value("usedBytes"_L1).toDouble());
    const qint64 total = qint64(storage.value("totalBytes"_L1).toDouble());
    // The worst alert first: critical before warning; alerts.list knows the words,
    // host.info only the count while alerts.list has not answered yet.
    const QJsonObject *worst = nullptr;
    for (const QJsonObject &a : h.alerts)
        if (!worst || (a.value("severity"_L1).toString() == "critical"_L1
                       && worst->value("severity"_L1).toString() != "critical"_L1))
            worst = &a;
    switch (role) {
    case Qt::DisplayRole: return h.name;
    case KeyRole: return h.key;
    case UsedBytesRole: return used;
    case TotalBytesRole: return total;
    case UsedFractionRole: return total > 0 ? double(used) / double(total) : -1.0;
    case CapacityTextRole: return capacityText(used, total);
    case AlertCountRole:
        return h.alerts.isEmpty() ? storage.value("alerts"_L1).toInt() : int(h.alerts.size());
    case WorstSeverityRole:
        return worst ? worst->value("severity"_L1).toString() : storage.value("worst"_L1).toString();
    case WorstMessageRole: return worst ? worst->value("message"_L1).toString() : QString();
    case FsyncTextRole:
        return storage.value("fsyncMs"_L1).isDouble()
                   ? tr("fsync %1 ms").arg(storage.value("fsyncMs"_L1).toDouble(), 0, 'f', 1)
                   : QString();
    case LastBackupRole: return backups.value("lastBackup"_L1).toInteger();
    case LastVerifyRole: return backups.value("lastVerified"_L1).toInteger();
    case BackupTextRole:
        return tr("Last backup %1 · last verify %2")
            .arg(display::relativeTime(backups.value("lastBackup"_L1).toInteger()),
                 display::relativeTime(backups.value("lastVerified"_L1).toInteger()));
    case HasMetricsRole: return h.info.contains("storage"_L1);
    default: return {};
    }
}

} // namespace mailstore::app
