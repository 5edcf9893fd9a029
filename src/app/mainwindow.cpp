// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/methods.h"
#include "errortext.h"
#include "fleet/hostconnection.h"
#include "models/jobsmodel.h"
#include "mainwindowhostview.h"
#include "ui_mainwindow.h"
#include "widgets/accountpage.h"
#include "widgets/backupsview.h"
#include "widgets/errorbanner.h"
#include "widgets/fleetoverview.h"
#include "widgets/fleettree.h"
#include "widgets/hostpage.h"
#include "widgets/jobsdock.h"
#include "widgets/lookupdialog.h"
#include "widgets/rebuilddialog.h"
#include "widgets/scanview.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MainWindow::MainWindow(AgentClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_firstClient(client)
    , m_stateLabel(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_envTag(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    m_ui->actionConnect->setIcon(QIcon(u":/icons/connect.svg"_s));
    m_ui->actionRefresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_ui->actionBack->setIcon(QIcon(u":/icons/back.svg"_s));
    m_ui->banner->hide();
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({220, 1060});
    m_fleet = new FleetTree(m_ui->fleetTree, this);
    m_overview = new FleetOverview(m_ui->pageStack);
    m_ui->pageStack->addWidget(m_overview);
    connect(m_fleet, &FleetTree::overviewRequested, this, &MainWindow::showFleetOverview);
    connect(m_overview, &FleetOverview::hostActivated, this, &MainWindow::selectHost);

    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_versionLabel);
    m_stateLabel->setText(tr("Not connected"));

    connect(m_ui->banner, &ErrorBanner::reconnectRequested, this, [this] {
        if (m_current)
            m_current->host->reconnectNow();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        if (!m_current)
            return;
        showHostPage();
        m_current->hostPage->focusFilter();
    });
    connect(m_fleet, &FleetTree::hostActivated, this, [this](HostConnection *host) {
        setCurrent(viewFor(host));
        showHostPage();
    });
    connect(m_fleet, &FleetTree::profileActivated, this, &MainWindow::profileActivated);
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    setUpActions();
    setUpJobsDock();
    updateEnvironmentTag();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Deleting pages makes the stack pick another current page: nothing may react.
    m_ui->pageStack->disconnect(this);
    m_current = nullptr;
    m_jobsDock->setModel(nullptr);
    m_views.clear(); // pages before the clients they use
}

void MainWindow::setUpActions()
{
    m_ui->actionConnect->setEnabled(true);
    // Ctrl+O opens a file (a backup archive), as everywhere; connecting makes a new link.
    m_ui->actionConnect->setShortcut(QKeySequence::New);
    m_ui->actionConnect->setToolTip(tr("Connect to a host over SSH or HTTPS, or open a saved "
                                       "profile (Ctrl+N)"));
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectRequested);
    auto *find = new QAction(QIcon(u":/icons/filter.svg"_s), tr("&Find account…"), this);
    find->setObjectName(u"actionFindAccount"_s);
    find->setShortcut(u"Ctrl+K"_s);
    find->setToolTip(tr("Find an account on every connected host (Ctrl+K)"));
    connect(find, &QAction::triggered, this, &MainWindow::openLookup);
    m_ui->menuView->insertAction(m_ui->actionBack, find);
    auto *overview = new QAction(QIcon(u":/icons/group.svg"_s), tr("Fleet &overview"), this);
    overview->setObjectName(u"actionFleetOverview"_s);
    overview->setShortcut(u"Ctrl+Shift+O"_s);
    overview->setToolTip(tr("Every host's storage, alerts and backups on one page (Ctrl+Shift+O)"));
    connect(overview, &QAction::triggered, this, &MainWindow::showFleetOverview);
    m_ui->menuView->insertAction(m_ui->actionBack, overview);
    m_ui->toolBar->insertAction(m_ui->actionBack, find);
    m_ui->toolBar->insertSeparator(m_ui->actionBack);

    auto *import = new QAction(tr("&Import profiles…"), this);
    import->setToolTip(tr("Add the hosts of a profile file a colleague exported"));
    connect(import, &QAction::triggered, this, &MainWindow::importProfilesRequested);
    auto *exportAction = new QAction(tr("&Export profiles…"), this);
    exportAction->setToolTip(tr("Save every profile to a file (never with passwords or tokens)"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportProfilesRequested);
    m_ui->menuFile->insertActions(m_ui->actionQuit, {import, exportAction});
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);

    setUpBackupActions();

    m_ui->actionVerify->setIcon(QIcon(u":/icons/verify.svg"_s));
    m_ui->actionRebuild->setIcon(QIcon(u":/icons/rebuild.svg"_s));
    m_ui->actionScanAll->setIcon(QIcon(u":/icons/scan.svg"_s));
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::verifySelection);
    connect(m_ui->actionRebuild, &QAction::triggered, this,
            [this] { openRebuildDialog(actionAccounts()); });
    connect(m_ui->actionScanAll, &QAction::triggered, this, [this] {
        if (!m_current)
            return;
        showHostPage();
        m_current->hostPage->showScan();
        m_current->hostPage->scanView()->focusStart();
    });
}

void MainWindow::setUpJobsDock()
{
    m_jobsDock = new JobsDock(nullptr, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    // A few rows tall: the page above stays the main thing.
    resizeDocks({m_jobsDock}, {190}, Qt::Vertical);
    m_jobsDock->hide();
    m_jobsToggle = m_jobsDock->toggleViewAction();
    m_jobsToggle->setIcon(QIcon(u":/icons/jobs.svg"_s));
    m_jobsToggle->setText(tr("&Jobs"));
    m_jobsToggle->setShortcut(u"Ctrl+J"_s);
    m_jobsToggle->setToolTip(tr("Show or hide the jobs of the selected host (Ctrl+J)"));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_jobsToggle);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(m_jobsToggle);
    // The environment tag sits at the right end of the toolbar, always in sight.
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->toolBar->addWidget(spacer);
    m_envTag->setObjectName(u"environmentTag"_s);
    m_envTag->setMargin(4);
    m_ui->toolBar->addWidget(m_envTag);
}

void MainWindow::connectLocal(const LocalStore &store)
{
    ConnectionProfile profile;
    profile.id = u"local:"_s + store.root; // one host per store, however often it is opened
    profile.name = QDir(store.root).dirName();
    profile.group = tr("Local");
    profile.url = u"local:"_s + store.root;
    addHost(profile, localTransportFactory(store))->setPreferHostName(true);
    m_current->transportName = tr("local");
}

void MainWindow::connectHost(const QString &group, const QString &transport, const QString &address,
                             AgentClient::TransportFactory factory)
{
    ConnectionProfile profile;
    profile.id = transport + u':' + address;
    profile.name = address;
    profile.group = group;
    profile.url = address;
    addHost(profile, std::move(factory))->setPreferHostName(true);
    m_current->transportName = transport;
}

void MainWindow::openAccount(const QString &name)
{
    if (!m_current)
        return;
    m_current->accountPage->showAccount(name, hostName(), m_current->host->client()->agentVersion());
    m_ui->pageStack->setCurrentWidget(m_current->accountPage);
    setWindowTitle(tr("%1 on %2 – Mailstore Admin").arg(name, hostName()));
}

void MainWindow::openAccountOn(HostConnection *host, const QString &name)
{
    setCurrent(viewFor(host));
    openAccount(name);
}

void MainWindow::showHostPage()
{
    if (!m_current)
        return; // nothing to show yet
    m_ui->pageStack->setCurrentWidget(m_current->hostPage);
    setWindowTitle(hostName().isEmpty() ? tr("Mailstore Admin")
                                        : tr("%1 – Mailstore Admin").arg(hostName()));
}

void MainWindow::showFleetOverview()
{
    m_ui->pageStack->setCurrentWidget(m_overview);
    setWindowTitle(tr("Fleet overview – Mailstore Admin"));
}

void MainWindow::showBusy(const QString &text, bool busy)
{
    m_ui->startLabel->setText(text);
    m_ui->busyBar->setVisible(busy);
    m_ui->pageStack->setCurrentWidget(m_ui->startPage);
    m_stateLabel->setText(text);
}

void MainWindow::showStartupProblem(const QString &headline, const QString &whatToDo,
                                    const QString &details)
{
    m_ui->banner->setReconnectVisible(false);
    m_ui->banner->showProblem(headline, whatToDo, details);
    m_ui->startLabel->setText(headline);
    m_ui->busyBar->hide();
    m_stateLabel->setText(headline);
}

HostPage *MainWindow::hostPage() const { return m_current ? m_current->hostPage : nullptr; }
JobsModel *MainWindow::jobsModel() const { return m_current ? m_current->jobs : nullptr; }
AccountPage *MainWindow::accountPage() const { return m_current ? m_current->accountPage : nullptr; }

QString MainWindow::hostName() const
{
    return m_current ? m_current->host->displayName() : QString();
}

QString MainWindow::bannerHeadline() const
{
    return m_ui->banner->headline();
}

bool MainWindow::isBannerVisible() const
{
    return !m_ui->banner->isHidden();
}

QString MainWindow::environmentTag() const
{
    return m_envTag->text();
}

QStringList MainWindow::actionAccounts() const
{
    if (!m_current)
        return {};
    if (m_ui->pageStack->currentWidget() == m_current->accountPage) {
        const QString name = m_current->accountPage->accountName();
        return name.isEmpty() ? QStringList() : QStringList{name};
    }
    if (m_ui->pageStack->currentWidget() == m_current->hostPage)
        return m_current->hostPage->selectedAccounts();
    return {};
}

void MainWindow::verifySelection()
{
    if (!m_current)
        return;
    const QStringList names = actionAccounts();
    if (m_ui->pageStack->currentWidget() == m_current->accountPage) {
        m_current->accountPage->verify();
    } else if (names.size() == 1) {
        // One account: its page explains each finding and offers the rebuild.
        openAccount(names.first());
        m_current->accountPage->verify();
    } else if (names.size() > 1) {
        m_current->hostPage->showScan();
        m_current->hostPage->scanView()->verifyAccounts(names);
    }
}

RebuildDialog *MainWindow::openRebuildDialog(const QStringList &accounts)
{
    if (accounts.isEmpty() || !m_current
        || m_current->host->client()->state() != AgentClient::State::Connected)
        return nullptr;
    auto *dialog = new RebuildDialog(m_current->host->client(), m_current->jobs, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RebuildDialog::jobStarted, m_jobsDock, &JobsDock::showJob);
    dialog->open(); // window-modal, never a nested event loop
    return dialog;
}

LookupDialog *MainWindow::openLookup()
{
    auto *dialog = new LookupDialog([this] { return hosts(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LookupDialog::accountChosen, this, &MainWindow::openAccountOn);
    dialog->open();
    dialog->searchField()->setFocus();
    return dialog;
}

void MainWindow::onJobFinished(HostView *view, const QJsonObject &job)
{
    // Host scans report through the scan view; a rebuild changes the accounts it touched.
    // A restore adds messages to accounts, as a rebuild changes them.
    const QString kind = job.value("kind"_L1).toString();
    if (kind == api::method::IndexRebuild || kind == api::method::RestoreJobKind)
        reloadHost(view); // refreshes the totals, the accounts table and the open account page
}

void MainWindow::refreshCurrent()
{
    if (!m_current)
        return;
    HostConnection *host = m_current->host;
    if (host->state() == HostConnection::State::Unreachable
        || host->state() == HostConnection::State::Disconnected) {
        host->reconnectNow(); // views reload once connected
        return;
    }
    if (host->client()->state() != AgentClient::State::Connected)
        return;
    if (m_ui->pageStack->currentWidget() == m_current->accountPage)
        m_current->accountPage->refresh();
    else
        reloadHost(m_current);
}

void MainWindow::goBack()
{
    if (m_current && m_ui->pageStack->currentWidget() == m_current->accountPage) {
        showHostPage();
        m_current->hostPage->accountsView()->setFocus();
    }
}

void MainWindow::updateActions()
{
    const bool onAccount = m_current && m_ui->pageStack->currentWidget() == m_current->accountPage;
    m_ui->actionBack->setEnabled(onAccount);
    m_ui->actionRefresh->setEnabled(m_current != nullptr);
    const bool connected = m_current && m_current->host->client()->state() == AgentClient::State::Connected;
    const int selected = int(actionAccounts().size());
    m_ui->actionVerify->setEnabled(connected && selected > 0);
    m_ui->actionRebuild->setEnabled(connected && selected > 0);
    // Support staff do not see what their role may not run (hidden, not greyed out).
    const bool mayChange = !m_current || m_current->host->mayChange();
    m_ui->actionRebuild->setVisible(mayChange);
    if (m_current)
        m_current->hostPage->backupsView()->setMayChange(mayChange);
    m_backUpAccount->setVisible(mayChange);
    m_restoreAccount->setVisible(mayChange);
    m_backUpAccount->setEnabled(connected && onAccount);
    m_restoreAccount->setEnabled(connected && onAccount);
    m_jobsDock->setCancelVisible(mayChange);
    m_jobsDock->setResumeVisible(mayChange);
    m_ui->actionScanAll->setEnabled(connected);
    // Say what the action will work on: "Verify 3 accounts".
    m_ui->actionVerify->setText(selected > 1 ? tr("&Verify %n account(s)", nullptr, selected)
                                             : tr("&Verify"));
    m_ui->actionRebuild->setText(selected > 1 ? tr("Re&build index of %n account(s)…", nullptr, selected)
                                              : tr("Re&build index…"));
}

} // namespace mailstore::app
