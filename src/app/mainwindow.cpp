// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/methods.h"
#include "errortext.h"
#include "models/jobsmodel.h"
#include "ui_mainwindow.h"
#include "widgets/accountpage.h"
#include "widgets/errorbanner.h"
#include "widgets/hostpage.h"
#include "widgets/jobsdock.h"
#include "widgets/rebuilddialog.h"
#include "widgets/scanview.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MainWindow::MainWindow(AgentClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_jobs(new JobsModel(client, this))
    , m_jobsDock(new JobsDock(m_jobs, this))
    , m_stateLabel(new QLabel(this))
    , m_versionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    m_ui->actionConnect->setIcon(QIcon(u":/icons/connect.svg"_s));
    m_ui->actionRefresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_ui->actionBack->setIcon(QIcon(u":/icons/back.svg"_s));
    m_ui->banner->hide();

    m_hostPage = new HostPage(client, m_jobs, m_ui->pageStack);
    m_accountPage = new AccountPage(client, m_ui->pageStack);
    m_ui->pageStack->addWidget(m_hostPage);
    m_ui->pageStack->addWidget(m_accountPage);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({220, 1060});

    m_localGroup = new QTreeWidgetItem(m_ui->fleetTree, {tr("Local")});
    m_localGroup->setIcon(0, QIcon(u":/icons/group.svg"_s));
    m_localGroup->setFlags(Qt::ItemIsEnabled);

    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_versionLabel);
    m_stateLabel->setText(tr("Not connected"));

    connect(m_client, &AgentClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_ui->banner, &ErrorBanner::reconnectRequested, m_client, &AgentClient::reconnect);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        showHostPage();
        m_hostPage->focusFilter();
    });
    connect(m_hostPage, &HostPage::accountActivated, this, &MainWindow::openAccount);
    connect(m_ui->fleetTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item == m_hostItem)
            showHostPage();
    });
    connect(m_ui->fleetTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item == m_hostItem)
            showHostPage();
    });
    connect(m_ui->pageStack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    setUpJobs();
    updateActions();
}

void MainWindow::setUpJobs()
{
    m_ui->actionVerify->setIcon(QIcon(u":/icons/verify.svg"_s));
    m_ui->actionRebuild->setIcon(QIcon(u":/icons/rebuild.svg"_s));
    m_ui->actionScanAll->setIcon(QIcon(u":/icons/scan.svg"_s));
    m_hostPage->setAccountActions(m_ui->actionVerify, m_ui->actionRebuild, m_ui->actionScanAll);
    m_accountPage->setAccountActions(m_ui->actionVerify, m_ui->actionRebuild);
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::verifySelection);
    connect(m_ui->actionRebuild, &QAction::triggered, this,
            [this] { openRebuildDialog(actionAccounts()); });
    connect(m_ui->actionScanAll, &QAction::triggered, this, [this] {
        showHostPage();
        m_hostPage->showScan();
        m_hostPage->scanView()->focusStart();
    });
    connect(m_hostPage, &HostPage::selectionChanged, this, &MainWindow::updateActions);

    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    // A few rows tall: the page above stays the main thing.
    resizeDocks({m_jobsDock}, {190}, Qt::Vertical);
    m_jobsDock->hide();
    QAction *toggle = m_jobsDock->toggleViewAction();
    toggle->setIcon(QIcon(u":/icons/jobs.svg"_s));
    toggle->setText(tr("&Jobs"));
    toggle->setShortcut(u"Ctrl+J"_s);
    toggle->setToolTip(tr("Show or hide the jobs of this host (Ctrl+J)"));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(toggle);
    connect(m_jobs, &JobsModel::activeCountChanged, this, [toggle](int active) {
        toggle->setText(active > 0 ? tr("&Jobs (%1 running)").arg(active) : tr("&Jobs"));
    });
    connect(m_jobs, &JobsModel::jobFinished, this, &MainWindow::onJobFinished);
    ScanView *scan = m_hostPage->scanView();
    connect(scan, &ScanView::jobStarted, m_jobsDock, &JobsDock::showJob);
    // A scan changes what the catalog knows about problems: show the new counts.
    connect(scan, &ScanView::finished, this, &MainWindow::loadHostInfo);
}

QStringList MainWindow::actionAccounts() const
{
    if (m_ui->pageStack->currentWidget() == m_accountPage)
        return m_accountPage->accountName().isEmpty() ? QStringList()
                                                      : QStringList{m_accountPage->accountName()};
    if (m_ui->pageStack->currentWidget() == m_hostPage)
        return m_hostPage->selectedAccounts();
    return {};
}

void MainWindow::verifySelection()
{
    const QStringList names = actionAccounts();
    if (m_ui->pageStack->currentWidget() == m_accountPage) {
        m_accountPage->verify();
    } else if (names.size() == 1) {
        // One account: its page explains each finding and offers the rebuild.
        openAccount(names.first());
        m_accountPage->verify();
    } else if (names.size() > 1) {
        m_hostPage->showScan();
        m_hostPage->scanView()->verifyAccounts(names);
    }
}

RebuildDialog *MainWindow::openRebuildDialog(const QStringList &accounts)
{
    if (accounts.isEmpty() || m_client->state() != AgentClient::State::Connected)
        return nullptr;
    auto *dialog = new RebuildDialog(m_client, m_jobs, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RebuildDialog::jobStarted, m_jobsDock, &JobsDock::showJob);
    dialog->open(); // window-modal, never a nested event loop
    return dialog;
}

void MainWindow::onJobFinished(const QJsonObject &job)
{
    // Host scans report through the scan view; a rebuild changes the accounts it touched.
    if (job.value("kind"_L1).toString() == api::method::IndexRebuild)
        loadHostInfo(); // refreshes the accounts table and the open account page
}

MainWindow::~MainWindow() = default;

void MainWindow::connectLocal(const LocalStore &store)
{
    m_store = store;
    connectHost(tr("Local"), tr("local"), store.root, localTransportFactory(store));
}

void MainWindow::connectHost(const QString &group, const QString &transport, const QString &address,
                             AgentClient::TransportFactory factory)
{
    m_transportName = transport;
    m_address = address;
    m_hostInfo = {};
    // One group per kind of link until connection profiles bring named groups.
    m_localGroup->setText(0, group);
    if (!m_hostItem) {
        m_hostItem = new QTreeWidgetItem(m_localGroup);
        m_localGroup->setExpanded(true);
    }
    updateHostItem();
    m_ui->fleetTree->setCurrentItem(m_hostItem);
    showHostPage();
    m_client->connectTo(std::move(factory));
}

void MainWindow::openAccount(const QString &name)
{
    m_accountPage->showAccount(name, hostName(), m_client->agentVersion());
    m_ui->pageStack->setCurrentWidget(m_accountPage);
    setWindowTitle(tr("%1 – Mailstore Admin").arg(name));
}

void MainWindow::showHostPage()
{
    if (m_ui->pageStack->currentWidget() == m_ui->startPage && !m_hostItem)
        return; // nothing to show yet
    m_ui->pageStack->setCurrentWidget(m_hostPage);
    setWindowTitle(hostName().isEmpty() ? tr("Mailstore Admin")
                                        : tr("%1 – Mailstore Admin").arg(hostName()));
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

QString MainWindow::hostName() const
{
    const QString name = m_hostInfo.value("hostname"_L1).toString();
    return name.isEmpty() ? (m_store.root.isEmpty() ? m_address : QDir(m_store.root).dirName()) : name;
}

QString MainWindow::bannerHeadline() const
{
    return m_ui->banner->headline();
}

bool MainWindow::isBannerVisible() const
{
    return !m_ui->banner->isHidden();
}

void MainWindow::onStateChanged(AgentClient::State state, const QString &reason)
{
    switch (state) {
    case AgentClient::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(m_address));
        break;
    case AgentClient::State::Connected:
        m_ui->banner->hide();
        m_stateLabel->setText(tr("Connected to %1 (%2)").arg(hostName(), m_transportName));
        m_versionLabel->setText(tr("Agent %1").arg(m_client->agentVersion()));
        loadHostInfo();
        m_jobs->refresh();
        break;
    case AgentClient::State::Lost:
        m_stateLabel->setText(tr("Connection lost"));
        m_ui->banner->setReconnectVisible(true);
        m_ui->banner->showProblem(
            tr("The connection to the agent for %1 was lost. %2").arg(hostName(), reason),
            tr("What you see below is what was loaded before. Press Reconnect to start the "
               "agent again; if it keeps failing, open the details and check the agent's "
               "messages."),
            m_client->logTail(40));
        break;
    case AgentClient::State::Disconnected:
        m_stateLabel->setText(tr("Not connected"));
        break;
    }
    updateHostItem();
    updateActions();
}

void MainWindow::loadHostInfo()
{
    m_client->call(api::method::HostInfo, {}, this, [this](const api::Response &r) {
        if (r.error) {
            m_stateLabel->setText(tr("Connected, but the host did not describe itself: %1")
                                      .arg(errorText(*r.error)));
        } else {
            m_hostInfo = r.result.toObject();
            m_hostPage->setHostInfo(m_hostInfo);
            m_stateLabel->setText(tr("Connected to %1 (%2)").arg(hostName(), m_transportName));
            updateHostItem();
            if (m_ui->pageStack->currentWidget() == m_hostPage)
                showHostPage(); // refresh the title with the real host name
            emit hostInfoLoaded();
        }
        m_hostPage->refresh();
        if (m_ui->pageStack->currentWidget() == m_accountPage)
            m_accountPage->refresh();
    });
}

void MainWindow::refreshCurrent()
{
    const auto state = m_client->state();
    if (state == AgentClient::State::Lost || state == AgentClient::State::Disconnected) {
        m_client->reconnect(); // views reload once connected
        return;
    }
    if (state != AgentClient::State::Connected)
        return;
    if (m_ui->pageStack->currentWidget() == m_accountPage)
        m_accountPage->refresh();
    else
        loadHostInfo();
}

void MainWindow::goBack()
{
    if (m_ui->pageStack->currentWidget() == m_accountPage) {
        showHostPage();
        m_hostPage->accountsView()->setFocus();
    }
}

void MainWindow::updateActions()
{
    m_ui->actionBack->setEnabled(m_ui->pageStack->currentWidget() == m_accountPage);
    m_ui->actionRefresh->setEnabled(m_hostItem != nullptr);
    const bool connected = m_client->state() == AgentClient::State::Connected;
    const int selected = int(actionAccounts().size());
    m_ui->actionVerify->setEnabled(connected && selected > 0);
    m_ui->actionRebuild->setEnabled(connected && selected > 0);
    m_ui->actionScanAll->setEnabled(connected);
    // Say what the action will work on: "Verify 3 accounts".
    m_ui->actionVerify->setText(selected > 1 ? tr("&Verify %n account(s)", nullptr, selected)
                                             : tr("&Verify"));
    m_ui->actionRebuild->setText(selected > 1 ? tr("Re&build index of %n account(s)…", nullptr, selected)
                                              : tr("Re&build index…"));
}

void MainWindow::updateHostItem()
{
    if (!m_hostItem)
        return;
    const bool up = m_client->state() == AgentClient::State::Connected;
    const bool lost = m_client->state() == AgentClient::State::Lost;
    m_hostItem->setText(0, hostName());
    m_hostItem->setIcon(0, QIcon(lost ? u":/icons/error.svg"_s
                                      : up ? u":/icons/host.svg"_s
                                           : u":/icons/disconnected.svg"_s));
    const QString state = lost ? tr("connection lost") : up ? tr("connected") : tr("connecting");
    m_hostItem->setToolTip(0, tr("%1 — %2\n%3").arg(hostName(), state, m_address));
    m_hostItem->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(hostName(), state));
}

} // namespace mailstore::app
