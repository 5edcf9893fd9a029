// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "fleet/hostconnection.h"
#include "mainwindow.h"
#include "models/auditmodel.h"
#include "models/backupsmodel.h"
#include "models/lookupmodel.h"
#include "widgets/accountpage.h"
#include "widgets/auditview.h"
#include "widgets/backupfiledialog.h"
#include "widgets/backupsview.h"
#include "widgets/fleetoverview.h"
#include "widgets/storageview.h"
#include "models/metricsmodel.h"
#include "widgets/restorewizard.h"
#include "widgets/connectdialog.h"
#include "widgets/hostpage.h"
#include "widgets/lookupdialog.h"
#include "widgets/rebuilddialog.h"
#include "widgets/scanview.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMetaEnum>
#include <QPainter>
#include <QPixmap>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace mailstore::app {

Screenshotter::Screenshotter(MainWindow *window, AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
{
    m_timeout.setSingleShot(true);
}

Screenshotter::~Screenshotter() = default;

void Screenshotter::start(const QString &view, const QString &file, QSize size, int timeoutSec)
{
    m_view = view;
    m_file = file;
    m_window->resize(size);
    m_window->show();
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutSec] {
        fail(tr("Timed out after %1 s waiting for the %2 view to load (connection: %3).")
                 .arg(timeoutSec).arg(m_view, m_client->stateReason().isEmpty()
                                                  ? QString::fromLatin1(QMetaEnum::fromType<AgentClient::State>()
                                                                            .valueToKey(int(m_client->state())))
                                                  : m_client->stateReason()));
    });
    m_timeout.start(timeoutSec * 1000);
    connect(m_client, &AgentClient::stateChanged, this,
            [this](AgentClient::State state, const QString &reason) {
        if (state == AgentClient::State::Lost)
            fail(tr("The connection to the agent was lost: %1").arg(reason));
    });
    if (m_view.startsWith("backupfile:"_L1)) {
        startBackupFile(m_view.mid(11)); // offline: no host to wait for
        return;
    }
    // The demo store may still be being made: the host page appears with its host.
    if (m_window->hostPage())
        watchHostPage();
    else
        connect(m_window, &MainWindow::hostAdded, this, &Screenshotter::watchHostPage,
                Qt::SingleShotConnection);
}

void Screenshotter::watchHostPage()
{
    HostPage *host = m_window->hostPage();
    connect(host, &HostPage::failed, this,
            [this](const QString &m) { fail(tr("The accounts could not be loaded: %1").arg(m)); });
    if (host->isLoaded())
        onHostLoaded();
    else
        connect(host, &HostPage::loaded, this, &Screenshotter::onHostLoaded,
                Qt::SingleShotConnection);
}

void Screenshotter::abort(const QString &message)
{
    fail(message);
}

void Screenshotter::onHostLoaded()
{
    if (m_view == "scan"_L1) {
        startScan();
        return;
    }
    if (m_view.startsWith("rebuild:"_L1)) {
        startRebuild(m_view.mid(8));
        return;
    }
    if (m_view == "audit"_L1) {
        startAudit();
        return;
    }
    if (m_view.startsWith("lookup:"_L1)) {
        startLookup(m_view.mid(7));
        return;
    }
    if (m_view == "connect"_L1) {
        startConnectDialog();
        return;
    }
    if (m_view == "storage"_L1) {
        startStorage();
        return;
    }
    if (m_view == "fleet"_L1) {
        startFleet();
        return;
    }
    if (m_view == "backups"_L1 || m_view.startsWith("restore:"_L1)) {
        startBackups(m_view.startsWith("restore:"_L1) ? m_view.mid(8) : QString());
        return;
    }
    const QString account = m_view.startsWith("account:"_L1) ? m_view.mid(8) : QString();
    if (account.isEmpty()) {
        capture();
        return;
    }
    AccountPage *page = m_window->accountPage();
    connect(page, &AccountPage::loaded, this, &Screenshotter::capture, Qt::SingleShotConnection);
    connect(page, &AccountPage::failed, this, [this, account](const QString &m) {
        fail(tr("The account %1 could not be loaded: %2").arg(account, m));
    });
    m_window->openAccount(account);
}

void Screenshotter::startScan()
{
    ScanView *scan = m_window->hostPage()->scanView();
    m_window->hostPage()->showScan();
    connect(scan, &ScanView::finished, this, &Screenshotter::capture, Qt::SingleShotConnection);
    scan->startHostScan(false);
}

void Screenshotter::startRebuild(const QString &account)
{
    RebuildDialog *dialog = m_window->openRebuildDialog({account});
    m_dialog = dialog;
    if (!dialog) {
        fail(tr("The rebuild dialog could not open (not connected)."));
        return;
    }
    connect(dialog, &RebuildDialog::planLoaded, this, [this, dialog, account] {
        if (dialog->stage() == RebuildDialog::Stage::Failed)
            fail(tr("The rebuild of %1 could not be planned.").arg(account));
        else
            capture();
    });
}

void Screenshotter::startAudit()
{
    AuditModel *model = m_window->hostPage()->auditView()->model();
    connect(model, &AuditModel::loaded, this, &Screenshotter::capture, Qt::SingleShotConnection);
    connect(model, &AuditModel::failed, this,
            [this](const QString &m) { fail(tr("The audit log could not be loaded: %1").arg(m)); });
    m_window->hostPage()->showAudit(); // loads the log
}

void Screenshotter::startLookup(const QString &text)
{
    LookupDialog *dialog = m_window->openLookup();
    m_dialog = dialog;
    connect(dialog->model(), &LookupModel::searchFinished, this, &Screenshotter::capture,
            Qt::SingleShotConnection);
    dialog->searchField()->setText(text);
    dialog->searchNow();
}

void Screenshotter::startConnectDialog()
{
    emit m_window->connectRequested();
    m_dialog = m_window->findChild<ConnectDialog *>();
    if (!m_dialog) {
        fail(tr("The Connect dialog did not open."));
        return;
    }
    capture();
}

void Screenshotter::startStorage()
{
    // The 24 h range once its buckets are drawn; an agent without metrics shows its
    // message, which is then what the picture shows.
    StorageView *storage = m_window->hostPage()->storageView();
    connect(storage, &StorageView::chartsUpdated, this, &Screenshotter::capture, Qt::SingleShotConnection);
    connect(storage->metrics(), &MetricsModel::unavailable, this, &Screenshotter::capture,
            Qt::SingleShotConnection);
    m_window->hostPage()->showStorage();
    storage->setRange(StorageView::Hours24);
}

void Screenshotter::startFleet()
{
    FleetOverview *overview = m_window->fleetOverview();
    m_window->showFleetOverview();
    // The sparklines and the compare chart come in several answers: give them a moment.
    connect(overview, &FleetOverview::compareUpdated, this,
            [this] { QTimer::singleShot(1500, this, &Screenshotter::capture); });
    QTimer::singleShot(4000, this, &Screenshotter::capture);
}

void Screenshotter::startBackups(const QString &restoreAccount)
{
    BackupsView *backups = m_window->hostPage()->backupsView();
    connect(backups, &BackupsView::catalogLoaded, this, [this, backups, restoreAccount] {
        if (backups->backupsModel()->rowCount() == 0) {
            fail(tr("The host has no backups to show (is a backup target configured?)."));
            return;
        }
        if (restoreAccount.isEmpty()) {
            // One backup selected, as someone about to act on it would see the tab.
            backups->backupsView()->selectRow(0);
            capture();
            return;
        }
        RestoreWizard *wizard = backups->openRestore(restoreAccount);
        m_dialog = wizard;
        if (!wizard) {
            fail(tr("The restore wizard could not open."));
            return;
        }
        connect(wizard, &RestoreWizard::chainLoaded, this, [this, wizard, restoreAccount] {
            if (wizard->chain().isEmpty())
                fail(tr("%1 has no backups in %2.").arg(restoreAccount, wizard->target()));
        });
        connect(wizard, &RestoreWizard::chainFailed, this,
                [this](const QString &m) { fail(tr("The backups could not be listed: %1").arg(m)); });
        connect(wizard, &RestoreWizard::previewFailed, this,
                [this](const QString &m) { fail(tr("The restore could not be planned: %1").arg(m)); });
        connect(wizard, &RestoreWizard::previewLoaded, this, &Screenshotter::capture);
        // Into a new folder: the picture shows what a restore adds, not a plan of nothing
        // (the demo's accounts still hold everything their backups have).
        wizard->goToPreview(true);
    }, Qt::SingleShotConnection);
    m_window->hostPage()->showBackups();
}

void Screenshotter::startBackupFile(const QString &path)
{
    BackupFileDialog *dialog = m_window->openBackupFile(path);
    m_dialog = dialog;
    connect(dialog, &BackupFileDialog::failed, this,
            [this](const QString &m) { fail(tr("The backup file could not be opened: %1").arg(m)); });
    connect(dialog, &BackupFileDialog::loaded, this, [this, dialog] {
        // The picture shows the file verified, as after pressing Verify.
        connect(dialog, &BackupFileDialog::verifyFinished, this, [this, dialog] {
            dialog->messagesView()->selectRow(0);
            capture();
        });
        dialog->verify();
    });
}

void Screenshotter::capture()
{
    if (m_done)
        return;
    if (!m_window->hostPage()) { // an offline view (a backup file): nothing to settle
        m_settleTries = 100;
    }
    // A picture shows every host settled (none still connecting) and the shown host's
    // totals from its finished catalog, not the "building…" line of a moment before.
    const auto hosts = m_window->hosts();
    const bool settling = std::any_of(hosts.begin(), hosts.end(), [](const HostConnection *h) {
        return h->state() == HostConnection::State::Connecting;
    }) || (m_window->hostPage() && !m_window->hostPage()->hostInfo().value("catalogReady"_L1).toBool(false));
    if (settling && m_settleTries++ < 100) {
        QTimer::singleShot(100, this, &Screenshotter::capture);
        return;
    }
    // One more turn of the event loop so layouts and the last model rows settle.
    QTimer::singleShot(100, this, [this] {
        if (m_done)
            return;
        m_done = true;
        QImage image = m_window->grab().toImage();
        if (m_dialog) {
            // The dialog as it appears on screen: centred over the window.
            const QPixmap dialog = m_dialog->grab();
            QPainter painter(&image);
            painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
            const QPoint at((image.width() - dialog.width()) / 2,
                            (image.height() - dialog.height()) / 2);
            painter.setPen(QColor(0, 0, 0, 120));
            painter.drawRect(QRect(at, dialog.size()).adjusted(-1, -1, 0, 0));
            painter.drawPixmap(at, dialog);
        }
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        if (!image.save(m_file, "PNG")) {
            std::fprintf(stderr, "mailstore-admin: %s\n",
                         qPrintable(tr("Could not write the screenshot to %1.").arg(m_file)));
            emit finished(1);
            return;
        }
        std::fprintf(stdout, "%s\n", qPrintable(tr("Saved %1 (%2×%3).")
                                                    .arg(m_file).arg(image.width()).arg(image.height())));
        emit finished(0);
    });
}

void Screenshotter::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(message));
    const QString log = m_client->logTail(20);
    if (!log.isEmpty())
        std::fprintf(stderr, "agent log:\n%s\n", qPrintable(log));
    emit finished(3);
}

} // namespace mailstore::app
