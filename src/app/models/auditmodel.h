// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AuditModel: the host's audit log (audit.list), newest first, fetched a page at a time
// as the view scrolls (canFetchMore/fetchMore), so a host with years of entries costs
// one small call to open.

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace mailstore::app {

class AgentClient;

class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { Time, Principal, Transport, Method, Arguments, Result, ColumnCount };

    explicit AuditModel(AgentClient *client, QObject *parent = nullptr);
    ~AuditModel() override;

    void refresh();
    qint64 total() const { return m_total; }
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    void load(int offset);

    AgentClient *m_client;
    QList<QJsonObject> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace mailstore::app
