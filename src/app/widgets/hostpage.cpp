// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpage.h"

#include "agentclient.h"
#include "api/methods.h"
#include "displayformat.h"
#include "models/accountsmodel.h"
#include "ui_hostpage.h"
#include "widgets/auditview.h"
#include "widgets/backupsview.h"
#include "widgets/scanview.h"
#include "widgets/fleettree.h"
#include "widgets/storageview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace mailstore::app {

HostPage::HostPage(AgentClient *client, JobsModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HostPage>())
    , m_model(new AccountsModel(client, this))
    , m_scanView(new ScanView(client, jobs, this))
    , m_auditView(new AuditView(client, this))
    , m_backupsView(new BackupsView(client, jobs, this))
    , m_storageView(new StorageView(client, this))
    , m_backupWarning(new QLabel(this))
    , m_actionsBar(new QToolBar(this))
{
    m_ui->setupUi(this);
    m_ui->tabs->addTab(m_scanView, QIcon(u":/icons/scan.svg"_s), tr("Index &health"));
    m_ui->tabs->addTab(m_backupsView, QIcon(u":/icons/export.svg"_s), tr("&Backups"));
    m_ui->tabs->addTab(m_storageView, QIcon(u":/icons/host.svg"_s), tr("&Storage"));
    m_ui->tabs->addTab(m_auditView, QIcon(u":/icons/info.svg"_s), tr("A&udit"));
    // The audit log and the backups load when someone looks at them, and again each time
    // they come back.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_auditView)
            m_auditView->refresh();
        if (m_ui->tabs->currentWidget() == m_backupsView)
            m_backupsView->refresh();
        if (m_ui->tabs->currentWidget() == m_storageView)
            m_storageView->refresh();
    });
    m_backupsView->setAccountSource([this] {
        // The accounts selected on the Accounts tab (not the scan's selection).
        QStringList names;
        for (const QModelIndex &row : m_ui->accountsView->selectionModel()->selectedRows()) {
            const QString name = m_model->accountName(row.row());
            if (!name.isEmpty())
                names << name;
        }
        return names;
    });
    m_backupWarning->setObjectName(u"backupWarning"_s);
    m_backupWarning->setWordWrap(true);
    m_backupWarning->setTextFormat(Qt::RichText);
    m_backupWarning->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid "
                                   "#e0c050; border-radius: 3px; padding: 4px 8px; }"_s);
    m_backupWarning->hide();
    connect(m_backupWarning, &QLabel::linkActivated, this, &HostPage::showBackups);
    m_ui->pageLayout->insertWidget(1, m_backupWarning);
    m_actionsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actionsBar->setIconSize(QSize(18, 18));
    m_actionsBar->setAccessibleName(tr("Account actions"));
    m_ui->filterLayout->addWidget(m_actionsBar);
    connect(m_scanView, &ScanView::accountActivated, this, &HostPage::accountActivated);
    connect(m_scanView, &ScanView::selectionChanged, this, &HostPage::selectionChanged);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &HostPage::selectionChanged);
    m_ui->hostIconLabel->setPixmap(QIcon(u":/icons/host.svg"_s).pixmap(28, 28));
    m_ui->hostIconLabel->setAccessibleName(tr("Host"));
    QFont big = m_ui->hostNameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->hostNameLabel->setFont(big);
    QFont countFont = m_ui->countLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.2);
    countFont.setBold(true);
    m_ui->countLabel->setFont(countFont);
    m_ui->filterEdit->addAction(QIcon(u":/icons/filter.svg"_s), QLineEdit::LeadingPosition);

    QTableView *view = m_ui->accountsView;
    view->setModel(m_model);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicator(AccountsModel::Account, Qt::AscendingOrder);
    view->horizontalHeader()->setHighlightSections(false);
    // Fixed row heights: the view never measures 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, view](int column, Qt::SortOrder) {
        if (!m_model->isSortable(column)) {
            // The agent cannot sort this column: put the indicator back where it was.
            QSignalBlocker block(view->horizontalHeader());
            view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &HostPage::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HostPage::selectionChanged);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = m_model->accountName(index.row());
        if (!name.isEmpty())
            emit accountActivated(name);
    });

    // Debounced, so typing "alice" sends one query, not five.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(150);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilter(m_ui->filterEdit->text().trimmed()); });
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_model, &AccountsModel::setProblemsOnly);
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this, view] {
        if (m_model->rowCount() > 0) {
            view->setFocus();
            view->selectRow(0);
        }
    });

    connect(m_model, &AccountsModel::loaded, this, [this] {
        m_ui->errorLabel->hide();
        fitColumns();
        const bool first = !m_loaded;
        m_loaded = true;
        updateCount();
        if (first)
            emit loaded();
    });
    connect(m_model, &AccountsModel::totalsChanged, this, &HostPage::updateCount);
    connect(m_model, &AccountsModel::failed, this, [this](const QString &message) {
        m_ui->errorLabel->setText(tr("Could not load the accounts: %1 Press F5 to try again.")
                                      .arg(message));
        m_ui->errorLabel->show();
        updateCount();
        emit failed(message);
    });
    updateHeader();
    updateCount();
}

HostPage::~HostPage() = default;

QTableView *HostPage::accountsView() const
{
    return m_ui->accountsView;
}

void HostPage::setHostInfo(const QJsonObject &info)
{
    m_info = info;
    m_scanView->setHostName(info.value("hostname"_L1).toString());
    m_storageView->setHostName(m_displayName.isEmpty() ? info.value("hostname"_L1).toString() : m_displayName);
    // The tab says what its charts will: the tree's warning or critical icon when the host
    // has storage alerts, the neutral disk otherwise (not a green tick nobody earned).
    const QString alertIcon = FleetTree::storageAlertIcon(info);
    m_ui->tabs->setTabIcon(m_ui->tabs->indexOf(m_storageView),
                           QIcon(alertIcon.isEmpty() ? u":/icons/host.svg"_s : alertIcon));
    updateHeader();
    updateCount();
}

void HostPage::refresh()
{
    m_model->refresh();
    if (isBackupsShown())
        m_backupsView->refresh();
    if (m_ui->tabs->currentWidget() == m_storageView)
        m_storageView->refresh(); // F5 on the Storage tab
    updateCount();
}

void HostPage::setAccountActions(QAction *verify, QAction *rebuild, QAction *scanAll)
{
    m_accountActions = {verify, rebuild};
    m_actionsBar->addAction(verify);
    m_actionsBar->addAction(rebuild);
    m_actionsBar->addSeparator();
    m_actionsBar->addAction(scanAll);
}

QStringList HostPage::selectedAccounts() const
{
    if (isScanShown())
        return m_scanView->selectedAccounts();
    QStringList names;
    const QModelIndexList rows = m_ui->accountsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString name = m_model->accountName(row.row());
        if (!name.isEmpty())
            names << name;
    }
    names.sort();
    return names;
}

void HostPage::showScan()
{
    m_ui->tabs->setCurrentWidget(m_scanView);
}

void HostPage::showBackups()
{
    m_ui->tabs->setCurrentWidget(m_backupsView); // loads it
    m_backupsView->backupsView()->setFocus();
}

void HostPage::showStorage()
{
    m_ui->tabs->setCurrentWidget(m_storageView); // loads it
}

bool HostPage::isBackupsShown() const
{
    return m_ui->tabs->currentWidget() == m_backupsView;
}

QString HostPage::backupWarning() const
{
    return m_backupWarning->isHidden() ? QString() : m_backupWarning->text();
}

void HostPage::showAudit()
{
    m_ui->tabs->setCurrentWidget(m_auditView);
}

bool HostPage::isScanShown() const
{
    return m_ui->tabs->currentWidget() == m_scanView;
}

void HostPage::showContextMenu(const QPoint &pos)
{
    QTableView *view = m_ui->accountsView;
    const QModelIndex at = view->indexAt(pos);
    if (!at.isValid())
        return;
    if (!view->selectionModel()->isRowSelected(at.row(), {}))
        view->selectRow(at.row());
    const QStringList names = selectedAccounts();
    // popup(), not exec(): the window's event loop goes on while the menu is open.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (names.size() == 1) {
        menu->addAction(QIcon(u":/icons/account.svg"_s), tr("&Open"), this,
                        [this, name = names.first()] { emit accountActivated(name); });
        menu->addSeparator();
    }
    for (QAction *a : std::as_const(m_accountActions))
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(QIcon(u":/icons/copy.svg"_s),
                    tr("&Copy %n account name(s)", nullptr, int(names.size())), this,
                    [names] { QGuiApplication::clipboard()->setText(names.join(u'\n')); });
    menu->popup(view->viewport()->mapToGlobal(pos));
}

void HostPage::focusFilter()
{
    if (isScanShown()) {
        m_scanView->focusFilter();
        return;
    }
    if (isBackupsShown()) {
        m_backupsView->focusFilter();
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->accountsTab);
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void HostPage::setDisplayName(const QString &name)
{
    m_displayName = name;
    if (!name.isEmpty())
        m_storageView->setHostName(name);
    updateHeader();
}

void HostPage::updateHeader()
{
    // The fleet's name for the host (the profile's) leads; the machine's own name follows
    // when it differs, so "mstore-1" and the box it runs on are both in sight.
    const QString machine = m_info.value("hostname"_L1).toString();
    const QString host = m_displayName.isEmpty() ? machine : m_displayName;
    m_ui->hostNameLabel->setText(host.isEmpty() ? tr("Connecting…") : host);
    if (m_info.isEmpty()) {
        m_ui->hostSummaryLabel->clear();
        return;
    }
    QStringList parts;
    if (m_info.value("catalogReady"_L1).toBool(true)) {
        const qint64 accounts = m_info.value("accounts"_L1).toInteger();
        const qint64 problems = m_info.value("accountsWithProblems"_L1).toInteger();
        parts << (accounts == 1 ? tr("1 account") : tr("%1 accounts").arg(display::count(accounts)));
        if (problems > 0)
            parts << tr("⚠ %1 with problems").arg(display::count(problems));
        parts << tr("%1 messages").arg(display::count(m_info.value("messages"_L1).toInteger()))
              << display::size(m_info.value("bytes"_L1).toInteger());
    } else {
        parts << tr("building the account catalog…");
    }
    if (!machine.isEmpty() && machine != host)
        parts << tr("on %1").arg(machine);
    parts << m_info.value("root"_L1).toString();
    m_ui->hostSummaryLabel->setText(u"   "_s + parts.join(u"  ·  "_s));
    const qint64 attention = m_info.value("backups"_L1).toObject().value("attention"_L1).toInteger();
    if (attention > 0) {
        m_backupWarning->setText(tr("⚠ %n backup(s) never verified or failed verify.", nullptr, int(attention))
                                 + u"  <a href=\"backups\">"_s + tr("Show backups") + u"</a>"_s);
        m_backupWarning->setAccessibleName(tr("%n backup(s) never verified or failed verify", nullptr,
                                              int(attention)));
    }
    m_backupWarning->setVisible(attention > 0);
    m_ui->hostSummaryLabel->setToolTip(tr("Mail root %1, layout %2, agent %3")
                                           .arg(m_info.value("root"_L1).toString(),
                                                m_info.value("layout"_L1).toString(),
                                                m_info.value("agentVersion"_L1).toString()));
}

void HostPage::updateCount()
{
    qint64 hostTotal = m_model->hostTotal();
    if (hostTotal < 0)
        hostTotal = m_info.value("accounts"_L1).toInteger();
    QString text;
    if (m_model->isFiltered() && (m_loaded || !m_model->isLoading()))
        text = tr("%1 of %2 match").arg(display::count(m_model->total()), display::count(hostTotal));
    else if (m_loaded)
        text = m_model->total() == 1 ? tr("1 account")
                                     : tr("%1 accounts").arg(display::count(m_model->total()));
    else if (!m_info.isEmpty() && !m_info.value("catalogReady"_L1).toBool(true)) {
        const QJsonObject p = m_info.value("catalogProgress"_L1).toObject();
        text = tr("Scanning the store: %1 of %2 accounts…")
                   .arg(display::count(p.value("done"_L1).toInteger()),
                        display::count(p.value("total"_L1).toInteger()));
    } else if (m_model->isLoading())
        text = tr("Loading accounts…");
    m_ui->countLabel->setText(text);
}

void HostPage::fitColumns()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_ui->accountsView->horizontalHeader();
    m_ui->accountsView->resizeColumnsToContents();
    for (int c = AccountsModel::Messages; c < AccountsModel::ColumnCount; ++c)
        header->resizeSection(c, header->sectionSize(c) + 16);
    header->setSectionResizeMode(AccountsModel::Account, QHeaderView::Stretch);
}

} // namespace mailstore::app
