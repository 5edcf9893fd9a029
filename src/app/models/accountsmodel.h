// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountsModel: the accounts of one host, fetched page by page from `accounts.list`
// (never the whole host: 100,000 accounts are fine). Filtering and sorting run in the
// agent; changing either re-queries from offset 0 and resets the model once the first
// page arrives. Answers for an older query are ignored (generation counter).

#include "core/maildir/account.h"

#include <QAbstractTableModel>
#include <QList>

namespace mailstore::app {

class AgentClient;

class AccountsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsModel)
public:
    enum Column { Account, Messages, Unseen, Size, LastDelivery, Mailboxes, Problems, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole, // account name, QString
        SortValueRole,           // the raw number behind a cell, qint64
    };

    explicit AccountsModel(AgentClient *client, QObject *parent = nullptr);
    ~AccountsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Only accounts whose last scan found problems.
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }
    bool isFiltered() const { return m_problemsOnly || !m_filter.isEmpty(); }
    void setPageSize(int rows);
    // Re-runs the current query from offset 0.
    void refresh();

    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    qint64 total() const { return m_total; }        // rows matching the current query
    qint64 hostTotal() const { return m_hostTotal; } // all accounts of the host
    bool isLoading() const { return m_loading; }
    QString accountName(int row) const;

signals:
    void loaded();  // the first page of a query arrived
    void pageLoaded();
    void failed(const QString &message);
    void totalsChanged();

private:
    void request(qint64 offset, bool reset);

    AgentClient *m_client;
    QList<core::maildir::AccountSummary> m_rows;
    QString m_filter;
    bool m_problemsOnly = false;
    int m_sortColumn = Account;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_pageSize = 200;
    qint64 m_total = 0;
    qint64 m_hostTotal = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_queried = false;
};

} // namespace mailstore::app
