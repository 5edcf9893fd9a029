// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupsModel: the catalog of one backup target (backup.list), newest first: id,
// account, when, full or incremental (and on top of which), messages, stored, size and
// the last verify with its state. Never-verified and corrupt backups show an icon and
// a word, never colour alone.

#include "jsonrowsmodel.h"

namespace mailstore::app {

class BackupsModel final : public JsonRowsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsModel)
public:
    // The verify state before the id: it is what people look for; the id is for logs.
    enum Column { Account, Created, Kind, Messages, Stored, Size, Verified, Id, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, AccountRole, StateRole };

    explicit BackupsModel(AgentClient *client, QObject *parent = nullptr);
    ~BackupsModel() override;

    // Loads the catalog of `target`, every account or only `account`'s.
    void load(const QString &target, const QString &account = {});
    void refresh() { load(m_target, m_account); }
    void clear();
    QString target() const { return m_target; }
    QJsonObject backup(int row) const { return this->row(row); }
    QString backupId(int row) const;
    QString accountOf(int row) const;

    // "never verified", "good", "corrupt" as words for people.
    static QString stateText(const QString &state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_target;
    QString m_account;
};

} // namespace mailstore::app
