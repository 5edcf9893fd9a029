// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's fleet side: adding and removing hosts, following the selected one, and
// turning each host's connection state into the tree, the banner and the status bar.
#include "mainwindow.h"

#include "api/methods.h"
#include "errortext.h"
#include "mainwindowhostview.h"
#include "ui_mainwindow.h"
#include "widgets/backupsview.h"
#include "widgets/errorbanner.h"
#include "widgets/fleetoverview.h"
#include "widgets/fleettree.h"
#include "widgets/jobsdock.h"
#include "widgets/scanview.h"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mailstore::app {

HostConnection *MainWindow::addHost(const ConnectionProfile &profile,
                                    AgentClient::TransportFactory factory, bool select)
{
    for (const auto &v : m_views) {
        if (v->host->profile().id == profile.id) {
            if (select)
                selectHost(v->host);
            return v->host;
        }
    }
    AgentClient *client = nullptr;
    if (m_firstClient && m_views.empty())
        client = m_firstClient;
    auto view = std::make_unique<HostView>();
    HostView *v = view.get();
    v->host = new HostConnection(profile, std::move(factory), client, this);
    v->jobs = new JobsModel(v->host->client(), this);
    v->hostPage = new HostPage(v->host->client(), v->jobs, m_ui->pageStack);
    v->accountPage = new AccountPage(v->host->client(), m_ui->pageStack);
    m_ui->pageStack->addWidget(v->hostPage);
    m_ui->pageStack->addWidget(v->accountPage);
    v->hostPage->setAccountActions(m_ui->actionVerify, m_ui->actionRebuild, m_ui->actionScanAll);
    v->hostPage->setDisplayName(v->host->displayName());
    v->accountPage->setAccountActions(m_ui->actionVerify, m_ui->actionRebuild);
    v->accountPage->setBackupActions(m_backUpAccount, m_restoreAccount);
    m_views.push_back(std::move(view));

    connect(v->host, &HostConnection::stateChanged, this, [this, v] { onHostState(v); });
    connect(v->host, &HostConnection::callerRoleChanged, this, &MainWindow::updateActions);
    // The connection's keep-alive is the one source of host.info: header, tree and title
    // follow it.
    connect(v->host, &HostConnection::hostInfoChanged, this, [this, v](const QJsonObject &info) {
        v->hostPage->setHostInfo(info);
        v->hostPage->setDisplayName(v->host->displayName());
        m_fleet->updateHost(v->host);
        if (v == m_current) {
            updateStatus();
            if (m_ui->pageStack->currentWidget() == v->hostPage)
                showHostPage(); // the title with the real host name
        }
    });
    connect(v->host->client(), &AgentClient::stateChanged, this, [this, v](AgentClient::State s) {
        if (s == AgentClient::State::Connected) {
            // First connect and every reconnect: reload what the pages show and the
            // host's jobs, which went on running in its daemon while the link was down.
            reloadHost(v);
            v->jobs->refresh();
        }
    });
    connect(v->hostPage, &HostPage::accountActivated, this, &MainWindow::openAccount);
    connect(v->hostPage, &HostPage::selectionChanged, this, &MainWindow::updateActions);
    connect(v->jobs, &JobsModel::activeCountChanged, this, [this, v](int active) {
        if (v == m_current)
            m_jobsToggle->setText(active > 0 ? tr("&Jobs (%1 running)").arg(active) : tr("&Jobs"));
    });
    connect(v->jobs, &JobsModel::jobFinished, this,
            [this, v](const QJsonObject &job) { onJobFinished(v, job); });
    BackupsView *backups = v->hostPage->backupsView();
    connect(backups, &BackupsView::jobStarted, m_jobsDock, &JobsDock::showJob);
    // A backup, verify or restore moves the host's backup totals and the warning.
    connect(backups, &BackupsView::changed, v->host, &HostConnection::refreshInfo);
    // What the tab says reaches the status bar too: Back up on the account page is heard.
    connect(backups, &BackupsView::statusShown, this, [this, v](const QString &text) {
        if (v == m_current)
            statusBar()->showMessage(text, 10'000);
    });
    ScanView *scan = v->hostPage->scanView();
    connect(scan, &ScanView::jobStarted, m_jobsDock, &JobsDock::showJob);
    // A scan changes what the catalog knows about problems: show the new counts.
    connect(scan, &ScanView::finished, this, [this, v] { reloadHost(v); });

    m_fleet->addHost(v->host);
    m_overview->addHost(v->host);
    if (select || !m_current)
        setCurrent(v);
    v->host->start();
    emit hostAdded(v->host);
    return v->host;
}

void MainWindow::removeHost(const QString &profileId)
{
    for (auto it = m_views.begin(); it != m_views.end(); ++it) {
        if ((*it)->host->profile().id != profileId)
            continue;
        HostView *v = it->get();
        m_fleet->removeHost(v->host);
        m_overview->removeHost(v->host);
        if (v == m_current) {
            m_jobsDock->setModel(nullptr);
            m_current = nullptr;
        }
        m_views.erase(it);
        setCurrent(m_views.empty() ? nullptr : m_views.front().get());
        if (!m_current)
            showBusy(tr("Not connected to any host. Use Connect… (Ctrl+N) to add one."), false);
        return;
    }
}

QList<HostConnection *> MainWindow::hosts() const
{
    QList<HostConnection *> out;
    for (const auto &v : m_views)
        out.append(v->host);
    return out;
}

HostConnection *MainWindow::currentHost() const
{
    return m_current ? m_current->host : nullptr;
}

void MainWindow::selectHost(HostConnection *host)
{
    setCurrent(viewFor(host));
    showHostPage();
}

MainWindow::HostView *MainWindow::viewFor(const HostConnection *host) const
{
    for (const auto &v : m_views) {
        if (v->host == host)
            return v.get();
    }
    return nullptr;
}

void MainWindow::setCurrent(HostView *view)
{
    if (m_current && m_current != view)
        m_current->onAccountPage = m_ui->pageStack->currentWidget() == m_current->accountPage;
    m_current = view;
    m_jobsDock->setModel(view ? view->jobs : nullptr);
    if (!view) {
        updateEnvironmentTag();
        updateActions();
        return;
    }
    m_fleet->select(view->host);
    m_ui->pageStack->setCurrentWidget(view->onAccountPage ? static_cast<QWidget *>(view->accountPage)
                                                          : view->hostPage);
    m_jobsToggle->setText(view->jobs->activeCount() > 0
                              ? tr("&Jobs (%1 running)").arg(view->jobs->activeCount())
                              : tr("&Jobs"));
    onHostState(view);
    updateEnvironmentTag();
}

void MainWindow::onHostState(HostView *view)
{
    m_fleet->updateHost(view->host);
    if (view != m_current)
        return;
    const auto state = view->host->state();
    if (state == HostConnection::State::Unreachable) {
        const int retry = view->host->retryInMs();
        m_ui->banner->setReconnectVisible(true);
        m_ui->banner->showProblem(
            tr("The connection to %1 was lost. %2").arg(hostName(), view->host->reason()),
            retry >= 0 ? tr("What you see below is what was loaded before. The console tries "
                            "again by itself (next try in %n s); press Reconnect to try now. "
                            "Jobs on the host go on running.", nullptr, (retry + 999) / 1000)
                       : tr("What you see below is what was loaded before. Press Reconnect to "
                            "try again; if it keeps failing, open the details."),
            view->host->client()->logTail(40));
    } else if (state == HostConnection::State::Connected) {
        m_ui->banner->hide();
    }
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    if (!m_current) {
        m_stateLabel->setText(tr("Not connected"));
        m_versionLabel->clear();
        return;
    }
    HostConnection *host = m_current->host;
    const QString transport = m_current->transportName.isEmpty() ? host->profile().url
                                                                 : m_current->transportName;
    switch (host->state()) {
    case HostConnection::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1…").arg(host->profile().name));
        break;
    case HostConnection::State::Connected:
        m_stateLabel->setText(tr("Connected to %1 (%2)").arg(hostName(), transport));
        break;
    case HostConnection::State::Degraded:
        m_stateLabel->setText(tr("%1 is degraded: %2").arg(hostName(), host->reason()));
        break;
    case HostConnection::State::Unreachable:
        m_stateLabel->setText(tr("Connection to %1 lost").arg(hostName()));
        break;
    case HostConnection::State::Disconnected:
        m_stateLabel->setText(tr("Not connected to %1").arg(hostName()));
        break;
    }
    const QString version = host->client()->agentVersion();
    m_versionLabel->setText(version.isEmpty() ? QString() : tr("Agent %1").arg(version));
}

void MainWindow::updateEnvironmentTag()
{
    if (!m_current) {
        m_envTag->hide();
        return;
    }
    const ConnectionProfile &p = m_current->host->profile();
    const QColor color = environmentColor(p.environment);
    // Colour plus words: the environment's name in capitals and the group.
    m_envTag->setText(p.environment == Environment::Other
                          ? p.group
                          : tr("%1 · %2").arg(environmentName(p.environment).toUpper(), p.group));
    m_envTag->setStyleSheet(u"QLabel { background: %1; color: white; font-weight: bold; "
                            "border-radius: 3px; padding: 2px 8px; }"_s.arg(color.name()));
    m_envTag->setAccessibleName(tr("Environment: %1, group %2")
                                    .arg(environmentName(p.environment), p.group));
    m_envTag->show();
}

void MainWindow::reloadHost(HostView *view)
{
    view->host->refreshInfo(); // new totals arrive through hostInfoChanged
    view->hostPage->refresh();
    if (m_ui->pageStack->currentWidget() == view->accountPage)
        view->accountPage->refresh();
}

} // namespace mailstore::app
