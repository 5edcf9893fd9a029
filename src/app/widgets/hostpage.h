// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HostPage: one connected host — a header with the host's totals and tabs (only
// "Accounts" for now): a filterable, agent-sorted, paged accounts table.

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HostPage;
}
class QTableView;

namespace mailstore::app {

class AgentClient;
class AccountsModel;

class HostPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostPage)
public:
    explicit HostPage(AgentClient *client, QWidget *parent = nullptr);
    ~HostPage() override;

    void setHostInfo(const QJsonObject &info);
    // (Re)loads the accounts from offset 0 with the current filter and sort.
    void refresh();
    void focusFilter();

    AccountsModel *accountsModel() const { return m_model; }
    QTableView *accountsView() const;
    bool isLoaded() const { return m_loaded; }

signals:
    void accountActivated(const QString &name);
    void loaded(); // the first page of accounts is shown
    void failed(const QString &message);

private:
    void updateCount();
    void updateHeader();
    void fitColumns();
    void pollCatalog();

    std::unique_ptr<Ui::HostPage> m_ui;
    AgentClient *m_client;
    AccountsModel *m_model;
    QJsonObject m_info;
    QTimer m_filterDelay;
    QTimer m_catalogPoll; // while the agent builds its catalog, show its progress
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace mailstore::app
