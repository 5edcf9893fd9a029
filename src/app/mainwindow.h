// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: toolbar (with the selected host's environment tag), fleet tree, the page
// area (each host has its own host page and account page), the jobs dock (Ctrl+J) and
// the status bar. Hosts come and go as HostConnections; the window follows the one
// selected in the fleet tree, and the index actions (Verify, Rebuild index…, Scan all
// accounts…) work on what that host's current page has selected.

#include "agentclient.h"
#include "fleet/connectionprofile.h"
#include "localagent.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>
#include <vector>

namespace Ui {
class MainWindow;
}
class QLabel;

namespace mailstore::app {

class HostPage;
class AccountPage;
class BackupFileDialog;
class FleetOverview;
class FleetTree;
class HostConnection;
class JobsDock;
class JobsModel;
class LookupDialog;
class RebuildDialog;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // client: used for the first host (the command line's), so callers that watch it
    // (screenshots, tests) see that host; later hosts get clients of their own.
    explicit MainWindow(AgentClient *client = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectLocal(const LocalStore &store);
    // A link named on the command line: the group and transport name label it until
    // host.info names the host.
    void connectHost(const QString &group, const QString &transport, const QString &address,
                     AgentClient::TransportFactory factory);
    // Adds a host to the fleet (or reuses the one with the same profile id), connects it
    // and selects it when select is true.
    HostConnection *addHost(const ConnectionProfile &profile, AgentClient::TransportFactory factory,
                            bool select = true);
    void removeHost(const QString &profileId);
    QList<HostConnection *> hosts() const;
    HostConnection *currentHost() const;
    void selectHost(HostConnection *host);
    FleetTree *fleetTree() const { return m_fleet; }
    // The whole fleet: a card per host and "Compare hosts" (Ctrl+Shift+O, or a group in
    // the fleet tree).
    void showFleetOverview();
    FleetOverview *fleetOverview() const { return m_overview; }

    void openAccount(const QString &name);
    // Selects the host and opens one of its accounts (global lookup, Ctrl+K).
    void openAccountOn(HostConnection *host, const QString &name);
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
    // File ▸ Open backup file… (Ctrl+O): asks for a .tar.zst, then openBackupFile().
    void chooseBackupFile();
    // The offline view of one backup archive; works with no host at all.
    BackupFileDialog *openBackupFile(const QString &archive);
    // Ctrl+K: the global account lookup over every connected host.
    LookupDialog *openLookup();

    // The selected host's pages and jobs (null before the first host).
    HostPage *hostPage() const;
    JobsModel *jobsModel() const;
    AccountPage *accountPage() const;
    JobsDock *jobsDock() const { return m_jobsDock; }
    QString hostName() const;
    QString bannerHeadline() const;
    bool isBannerVisible() const;
    QString environmentTag() const;

signals:
    void hostAdded(mailstore::app::HostConnection *host);
    // The Connect… action and the fleet tree ask for these; the fleet controller answers.
    void connectRequested();
    void profileActivated(const QString &profileId);
    void importProfilesRequested();
    void exportProfilesRequested();

private:
    struct HostView;
    HostView *viewFor(const HostConnection *host) const;
    HostView *current() const { return m_current; }
    void setCurrent(HostView *view);
    void onHostState(HostView *view);
    // Asks the host for fresh totals and reloads what its pages show.
    void reloadHost(HostView *view);
    void refreshCurrent();
    void goBack();
    void updateActions();
    void updateStatus();
    void updateEnvironmentTag();
    void setUpActions();
    void setUpBackupActions();
    void setUpJobsDock();
    void onJobFinished(HostView *view, const QJsonObject &job);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AgentClient *m_firstClient;
    std::vector<std::unique_ptr<HostView>> m_views;
    HostView *m_current = nullptr;
    FleetTree *m_fleet;
    FleetOverview *m_overview;
    JobsDock *m_jobsDock = nullptr;
    QAction *m_jobsToggle = nullptr;
    QAction *m_backUpAccount = nullptr; // the account page's Back up and Restore…
    QAction *m_restoreAccount = nullptr;
    QLabel *m_stateLabel;
    QLabel *m_versionLabel;
    QLabel *m_envTag;
};

} // namespace mailstore::app
