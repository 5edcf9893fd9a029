// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: toolbar, fleet tree (group "Local" with the connected host), the page
// area (host page, account page), the jobs dock (Ctrl+J) and the status bar. It owns no
// connection logic: AgentClient reports state, and the window turns it into banners and
// labels. The index actions (Verify, Rebuild index…, Scan all accounts…) are window
// actions that work on what the current page has selected.

#include "agentclient.h"
#include "localagent.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QLabel;
class QTreeWidgetItem;

namespace mailstore::app {

class HostPage;
class AccountPage;
class JobsDock;
class JobsModel;
class RebuildDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(AgentClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectLocal(const LocalStore &store);
    // Any other link (SSH today): group and transport name label it in the fleet tree
    // and the status bar until host.info names the host.
    void connectHost(const QString &group, const QString &transport, const QString &address,
                     AgentClient::TransportFactory factory);
    void openAccount(const QString &name);
    void showHostPage();
    // The start page with a message, busy (e.g. creating the demo store) or not.
    void showBusy(const QString &text, bool busy = true);
    // A problem before any connection exists (e.g. demo creation failed).
    void showStartupProblem(const QString &headline, const QString &whatToDo,
                            const QString &details);

    // The accounts the index actions work on: the account page's, or the host page's
    // selection (accounts table or scan results).
    QStringList actionAccounts() const;
    // Opens the rebuild dialog (it starts with a dry run); deletes itself when closed.
    RebuildDialog *openRebuildDialog(const QStringList &accounts);
    void verifySelection();

    HostPage *hostPage() const { return m_hostPage; }
    JobsModel *jobsModel() const { return m_jobs; }
    JobsDock *jobsDock() const { return m_jobsDock; }
    AccountPage *accountPage() const { return m_accountPage; }
    QString hostName() const;
    QString bannerHeadline() const;
    bool isBannerVisible() const;

signals:
    void hostInfoLoaded();

private:
    void onStateChanged(AgentClient::State state, const QString &reason);
    void loadHostInfo();
    void refreshCurrent();
    void goBack();
    void updateActions();
    void updateHostItem();
    void setUpJobs();
    void onJobFinished(const QJsonObject &job);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AgentClient *m_client;
    JobsModel *m_jobs;
    JobsDock *m_jobsDock;
    HostPage *m_hostPage;
    AccountPage *m_accountPage;
    QTreeWidgetItem *m_localGroup = nullptr;
    QTreeWidgetItem *m_hostItem = nullptr;
    QLabel *m_stateLabel;
    QLabel *m_versionLabel;
    LocalStore m_store;
    QString m_transportName;
    QString m_address;
    QJsonObject m_hostInfo;
};

} // namespace mailstore::app
