// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MessagesModel: the messages of one mailbox, newest first, fetched in pages from
// `mailbox.messages` (the agent reads only the headers of the page asked for).
// Unread messages are bold. Switching mailboxes drops answers for the old one.

#include <QAbstractTableModel>
#include <QList>

namespace mailstore::app {

class AgentClient;

class MessagesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagesModel)
public:
    enum Column { Date, From, Subject, Size, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        FileRole = Qt::UserRole, // the Maildir file name
        SeenRole,                // bool
        SortValueRole,
    };

    explicit MessagesModel(AgentClient *client, QObject *parent = nullptr);
    ~MessagesModel() override;

    // Starts loading the first page; an empty mailbox name just clears the model.
    void setMailbox(const QString &account, const QString &mailbox);
    void setPageSize(int rows);
    QString account() const { return m_account; }
    QString mailbox() const { return m_mailbox; }
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    struct Row {
        QString file;
        QString from;
        QString to;
        QString subject;
        QString dateHeader;
        qint64 date = 0;
        qint64 size = 0;
        bool seen = true;
    };
    void request(qint64 offset, bool reset);

    AgentClient *m_client;
    QString m_account;
    QString m_mailbox;
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace mailstore::app
