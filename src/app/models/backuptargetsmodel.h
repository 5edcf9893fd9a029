// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupTargetsModel: the host's backup targets (backup.targets) with free space, how
// many backups and bytes each holds, the last backup and verify, and how many backups
// need attention (never verified, or failed their last verify).

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace mailstore::app {

class AgentClient;

class BackupTargetsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTargetsModel)
public:
    enum Column { Name, Path, Free, Backups, Size, LastBackup, LastVerify, Attention, ColumnCount };
    enum Role { SortRole = Qt::UserRole, NameRole };

    explicit BackupTargetsModel(AgentClient *client, QObject *parent = nullptr);
    ~BackupTargetsModel() override;

    void refresh();
    bool isLoaded() const { return m_loaded; }
    QString targetName(int row) const;
    QJsonObject target(int row) const { return m_rows.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    AgentClient *m_client;
    QList<QJsonObject> m_rows;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace mailstore::app
