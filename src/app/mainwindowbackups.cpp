// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's backup side: File ▸ Open backup file… (offline, no host needed) and the
// account page's Back up and Restore…, which go through the host's Backups tab.
#include "mainwindow.h"

#include "mainwindowhostview.h"
#include "ui_mainwindow.h"
#include "widgets/backupfiledialog.h"
#include "widgets/backupsview.h"

#include <QFileDialog>

using namespace Qt::StringLiterals;

namespace mailstore::app {

void MainWindow::setUpBackupActions()
{
    auto *openBackup = new QAction(QIcon(u":/icons/export.svg"_s), tr("Open &backup file…"), this);
    openBackup->setObjectName(u"actionOpenBackupFile"_s);
    openBackup->setShortcut(QKeySequence::Open);
    openBackup->setToolTip(tr("Look into a backup archive (.tar.zst) offline, verify it and save "
                              "messages from it (Ctrl+O)"));
    connect(openBackup, &QAction::triggered, this, [this] { chooseBackupFile(); });
    m_ui->menuFile->insertAction(m_ui->actionQuit, openBackup);

    // The account page's backup actions; the Backups tab has its own (same keys, active
    // only there), so these are enabled on the account page alone.
    m_backUpAccount = new QAction(QIcon(u":/icons/export.svg"_s), tr("Back &up"), this);
    m_backUpAccount->setObjectName(u"actionBackUpAccount"_s);
    m_backUpAccount->setShortcut(u"Ctrl+B"_s);
    m_backUpAccount->setToolTip(tr("Back up this account to the host's backup target; only what changed "
                                   "since its last backup is stored (Ctrl+B)"));
    connect(m_backUpAccount, &QAction::triggered, this, [this] {
        if (m_current)
            m_current->hostPage->backupsView()->backUpAccount(m_current->accountPage->accountName());
    });
    m_restoreAccount = new QAction(QIcon(u":/icons/refresh.svg"_s), tr("Res&tore…"), this);
    m_restoreAccount->setObjectName(u"actionRestoreAccount"_s);
    m_restoreAccount->setShortcut(u"Ctrl+R"_s);
    m_restoreAccount->setToolTip(tr("Restore mail of this account from a backup (Ctrl+R)"));
    connect(m_restoreAccount, &QAction::triggered, this, [this] {
        if (m_current)
            m_current->hostPage->backupsView()->restoreAccount(m_current->accountPage->accountName());
    });
    m_ui->menuActions->addSeparator();
    m_ui->menuActions->addActions({m_backUpAccount, m_restoreAccount});
}

void MainWindow::chooseBackupFile()
{
    auto *dialog = new QFileDialog(this, tr("Open backup file"), QString(),
                                   tr("Backup archives (*.tar.zst)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openBackupFile(file); });
    dialog->open();
}

BackupFileDialog *MainWindow::openBackupFile(const QString &archive)
{
    // Not modal: people compare a backup with the live account beside it.
    auto *dialog = new BackupFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->openFile(archive);
    dialog->show();
    return dialog;
}

} // namespace mailstore::app
