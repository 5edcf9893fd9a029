// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupsView: the host's Backups tab — its backup targets above and, for the selected
// target, the catalog of backups below. "Back up now" (Ctrl+B) backs up the accounts of
// the selected backups, or those selected on the Accounts tab; "Verify" (Ctrl+Shift+B)
// checks the selected backups; "Restore…" (Ctrl+R) opens the restore wizard. All three
// start ordinary jobs (they appear in the Jobs dock) and are hidden for the support role.

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mailstore::app {

class AgentClient;
class BackupsModel;
class BackupTargetsModel;
class JobsModel;
class RestoreWizard;

class BackupsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsView)
public:
    BackupsView(AgentClient *client, JobsModel *jobs, QWidget *parent = nullptr);
    ~BackupsView() override;

    // Where "Back up now" takes its accounts from when no backup is selected.
    void setAccountSource(std::function<QStringList()> source) { m_accountSource = std::move(source); }
    void setMayChange(bool mayChange);
    // Reloads the targets, then the selected target's catalog.
    void refresh();
    bool hasLoaded() const { return m_loadedOnce; }
    void focusFilter();

    QStringList accountsToBackUp() const;
    QStringList selectedBackupIds() const;
    QString currentTarget() const;
    void selectTarget(const QString &name);
    void backUpNow();
    void backUpAccounts(const QStringList &accounts, bool incremental);
    // For the account page: to the chosen (or first) target, once the targets are known.
    void backUpAccount(const QString &account);
    void restoreAccount(const QString &account);
    void verifySelected();
    RestoreWizard *openRestore(const QString &account = {}, const QString &backupId = {});

    BackupTargetsModel *targetsModel() const { return m_targets; }
    BackupsModel *backupsModel() const { return m_backups; }
    QTableView *targetsView() const { return m_targetsView; }
    QTableView *backupsView() const { return m_backupsView; }
    QAction *backUpAction() const { return m_backUp; }
    QAction *verifyAction() const { return m_verify; }
    QAction *restoreAction() const { return m_restore; }
    QCheckBox *incrementalCheck() const { return m_incremental; }
    QString statusText() const;

signals:
    void jobStarted(const QString &id);
    void catalogLoaded(); // the selected target's backups are shown
    void changed();       // a backup, verify or restore job ended: totals moved
    void statusShown(const QString &text); // also for the status bar when the tab is hidden

private:
    void onTargetsLoaded();
    void whenLoaded(std::function<void()> then);
    void runPending();
    void fitTargetsHeight();
    void onTargetChanged();
    void updateActions();
    void showStatus(const QString &text, bool problem = false);
    void startJob(QLatin1StringView method, const QJsonObject &params, const QString &what);

    AgentClient *m_client;
    JobsModel *m_jobs;
    BackupTargetsModel *m_targets;
    BackupsModel *m_backups;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_targetsView;
    QTableView *m_backupsView;
    QLineEdit *m_filter;
    QLabel *m_catalogLabel;
    QLabel *m_status;
    QCheckBox *m_incremental;
    QAction *m_backUp;
    QAction *m_verify;
    QAction *m_restore;
    QAction *m_incrementalAction = nullptr; // the check box's place in the toolbar
    std::function<QStringList()> m_accountSource;
    QString m_chosenTarget; // kept across reloads of the targets
    std::vector<std::function<void()>> m_pending; // waiting for the targets and catalog
    bool m_mayChange = true;
    bool m_loadedOnce = false;
    bool m_columnsFitted = false;
};

} // namespace mailstore::app
