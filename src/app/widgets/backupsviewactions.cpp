// SPDX-License-Identifier: GPL-3.0-or-later
// BackupsView's actions: the jobs it starts (backup, verify), the restore wizard, and the
// entry points the account page uses (they wait for the targets when the tab was never
// opened).
#include "backupsview.h"

#include "agentclient.h"
#include "backupapi.h"
#include "errortext.h"
#include "models/backupsmodel.h"
#include "models/backuptargetsmodel.h"
#include "models/jobsmodel.h"
#include "widgets/restorewizard.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace mailstore::app {

void BackupsView::backUpNow()
{
    const QStringList accounts = accountsToBackUp();
    if (accounts.isEmpty() || currentTarget().isEmpty()) {
        showStatus(tr("Select backups here, or accounts on the Accounts tab, to back up."), true);
        return;
    }
    backUpAccounts(accounts, m_incremental->isChecked());
}

void BackupsView::backUpAccounts(const QStringList &accounts, bool incremental)
{
    startJob(backupapi::Create,
             QJsonObject{{u"target"_s, currentTarget()}, {u"accounts"_s, QJsonArray::fromStringList(accounts)},
                         {u"incremental"_s, incremental}},
             incremental ? tr("Incremental backup of %n account(s)", nullptr, int(accounts.size()))
                         : tr("Full backup of %n account(s)", nullptr, int(accounts.size())));
}

void BackupsView::verifySelected()
{
    const QStringList ids = selectedBackupIds();
    if (ids.isEmpty())
        return;
    startJob(backupapi::Verify,
             QJsonObject{{u"target"_s, currentTarget()}, {u"ids"_s, QJsonArray::fromStringList(ids)}},
             tr("Verify of %n backup(s)", nullptr, int(ids.size())));
}

void BackupsView::startJob(QLatin1StringView method, const QJsonObject &params, const QString &what)
{
    showStatus(tr("%1 (target %2): starting…").arg(what, currentTarget()));
    m_client->call(method, params, this, [this, what](const api::Response &r) {
        if (r.error) {
            showStatus(tr("%1 did not start: %2").arg(what, errorText(*r.error)), true);
            return;
        }
        const QString id = r.result.toObject().value("jobId"_L1).toString();
        m_jobs->track(id);
        emit jobStarted(id);
        showStatus(tr("%1 started; follow it in the Jobs dock (Ctrl+J).").arg(what));
    });
}

RestoreWizard *BackupsView::openRestore(const QString &account, const QString &backupId)
{
    QString who = account, id = backupId;
    const QModelIndexList rows = m_backupsView->selectionModel()->selectedRows();
    if (who.isEmpty() && !rows.isEmpty()) {
        who = rows.first().data(BackupsModel::AccountRole).toString();
        id = rows.first().data(BackupsModel::IdRole).toString();
    }
    if (who.isEmpty() || currentTarget().isEmpty()) {
        showStatus(tr("Select the backup to restore from."), true);
        return nullptr;
    }
    auto *wizard = new RestoreWizard(m_client, currentTarget(), who, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RestoreWizard::jobStarted, this, [this](const QString &job) {
        m_jobs->track(job);
        emit jobStarted(job);
        showStatus(tr("Restore started; follow it in the Jobs dock (Ctrl+J)."));
    });
    wizard->open(); // window-modal, never a nested event loop
    return wizard;
}

void BackupsView::whenLoaded(std::function<void()> then)
{
    if (m_targets->isLoaded() && m_backups->isLoaded()) {
        then();
        return;
    }
    m_pending.push_back(std::move(then));
    refresh();
}

void BackupsView::runPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &then : pending)
        then();
}

void BackupsView::backUpAccount(const QString &account)
{
    whenLoaded([this, account] {
        if (currentTarget().isEmpty()) {
            showStatus(tr("%1 cannot be backed up: this host has no backup target.").arg(account), true);
            return;
        }
        // Incremental: the account's first backup in the target is full anyway.
        backUpAccounts({account}, true);
    });
}

void BackupsView::restoreAccount(const QString &account)
{
    whenLoaded([this, account] {
        if (currentTarget().isEmpty()) {
            showStatus(tr("%1 cannot be restored: this host has no backup target.").arg(account), true);
            return;
        }
        openRestore(account);
    });
}

} // namespace mailstore::app
