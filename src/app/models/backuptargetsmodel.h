// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupTargetsModel: the host's backup targets (backup.targets) with free space, how
// many backups and bytes each holds, the last backup and verify, and how many backups
// need attention (never verified, or failed their last verify).

#include "jsonrowsmodel.h"

namespace mailstore::app {

class BackupTargetsModel final : public JsonRowsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTargetsModel)
public:
    enum Column { Name, Path, Free, Backups, Size, LastBackup, LastVerify, Attention, ColumnCount };
    enum Role { SortRole = Qt::UserRole, NameRole };

    explicit BackupTargetsModel(AgentClient *client, QObject *parent = nullptr);
    ~BackupTargetsModel() override;

    void refresh();
    QString targetName(int row) const;
    QJsonObject target(int row) const { return this->row(row); }
    int rowOf(const QString &name) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace mailstore::app
