// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MailboxesModel: the mailboxes of one account, as `account.get` returned them.
// Small by nature (tens of rows), so it holds the whole list.

#include <QAbstractTableModel>
#include <QJsonArray>

namespace mailstore::app {

class MailboxesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxesModel)
public:
    enum Column { Mailbox, Messages, Unseen, Size, LastDelivery, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole, // the mailbox name to pass to mailbox.messages
        SortValueRole,
    };

    explicit MailboxesModel(QObject *parent = nullptr);
    ~MailboxesModel() override;

    void setMailboxes(const QJsonArray &mailboxes);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString mailboxName(int row) const;

private:
    struct Row {
        QString name;
        qint64 messages = 0;
        qint64 unseen = 0;
        qint64 bytes = 0;
        qint64 lastDelivery = 0;
    };
    QList<Row> m_rows;
};

} // namespace mailstore::app
