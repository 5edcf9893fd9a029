// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupsModel: the catalog of one backup target (backup.list), newest first: id,
// account, when, full or incremental (and on top of which), messages, stored, size and
// the last verify with its state. Never-verified and corrupt backups show an icon and
// a word, never colour alone.

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace mailstore::app {

class AgentClient;

class BackupsModel final : public QAbstractTableModel {
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
    bool isLoaded() const { return m_loaded; }
    QJsonObject backup(int row) const { return m_rows.value(row); }
    QString backupId(int row) const;
    QString accountOf(int row) const;

    // "never verified", "good", "corrupt" as words for people.
    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    AgentClient *m_client;
    QString m_target;
    QString m_account;
    QList<QJsonObject> m_rows;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace mailstore::app
