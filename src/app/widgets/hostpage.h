// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HostPage: one connected host — a header with the host's totals and tabs: a
// filterable, agent-sorted, paged accounts table (several rows can be selected for
// Verify and Rebuild index…), "Index health" (the host-wide index scan), "Backups",
// "Storage" (metrics charts and alerts) and "Audit". A warning above the tabs names backups that need attention.

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HostPage;
}
class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace mailstore::app {

class AgentClient;
class AccountsModel;
class JobsModel;
class AuditView;
class BackupsView;
class ScanView;
class StorageView;

class HostPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostPage)
public:
    HostPage(AgentClient *client, JobsModel *jobs, QWidget *parent = nullptr);
    ~HostPage() override;

    void setHostInfo(const QJsonObject &info);
    // The fleet's name for this host (empty: host.info's host name).
    void setDisplayName(const QString &name);
    QJsonObject hostInfo() const { return m_info; }
    // (Re)loads the accounts from offset 0 with the current filter and sort.
    void refresh();
    void focusFilter();
    // The window's actions (they carry the shortcuts): shown beside the filter and in the
    // table's context menu.
    void setAccountActions(QAction *verify, QAction *rebuild, QAction *scanAll);
    QStringList selectedAccounts() const;
    ScanView *scanView() const { return m_scanView; }
    AuditView *auditView() const { return m_auditView; }
    BackupsView *backupsView() const { return m_backupsView; }
    StorageView *storageView() const { return m_storageView; }
    // The Storage tab (asks for the metrics each time it is shown).
    void showStorage();
    void showAudit();
    // The Backups tab (loads its targets the first time it is shown).
    void showBackups();
    bool isBackupsShown() const;
    // "3 backups never verified or failed verify" above the tabs, empty when hidden.
    QString backupWarning() const;
    void showScan();
    bool isScanShown() const;

    AccountsModel *accountsModel() const { return m_model; }
    QTableView *accountsView() const;
    bool isLoaded() const { return m_loaded; }

signals:
    void accountActivated(const QString &name);
    void loaded(); // the first page of accounts is shown
    void failed(const QString &message);
    void selectionChanged();

private:
    void updateCount();
    void updateHeader();
    void fitColumns();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::HostPage> m_ui;
    AccountsModel *m_model;
    ScanView *m_scanView;
    AuditView *m_auditView;
    BackupsView *m_backupsView;
    StorageView *m_storageView;
    QLabel *m_backupWarning;
    QToolBar *m_actionsBar;
    QList<QAction *> m_accountActions;
    QJsonObject m_info;
    QString m_displayName;
    QTimer m_filterDelay;
    bool m_loaded = false;
    bool m_columnsFitted = false;
};

} // namespace mailstore::app
