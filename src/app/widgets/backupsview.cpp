// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsview.h"

#include "agentclient.h"
#include "backupapi.h"
#include "errortext.h"
#include "models/backupsmodel.h"
#include "models/backuptargetsmodel.h"
#include "models/jobsmodel.h"
#include "widgets/restorewizard.h"
#include "widgets/tablestyle.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
QAction *makeAction(QWidget *owner, const QString &icon, const QString &text, const QString &keys,
                    const QString &tip)
{
    auto *a = new QAction(QIcon(icon), text, owner);
    a->setShortcut(QKeySequence(keys));
    // Only while the Backups tab has focus: the window's own actions keep their keys.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tip);
    owner->addAction(a);
    return a;
}
} // namespace

BackupsView::BackupsView(AgentClient *client, JobsModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_jobs(jobs)
    , m_targets(new BackupTargetsModel(client, this))
    , m_backups(new BackupsModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_targetsView(new QTableView)
    , m_backupsView(new QTableView)
    , m_filter(new QLineEdit)
    , m_catalogLabel(new QLabel)
    , m_status(new QLabel)
    , m_incremental(new QCheckBox(tr("&Incremental")))
{
    setObjectName(u"backupsView"_s);
    m_backUp = makeAction(this, u":/icons/export.svg"_s, tr("&Back up now"), u"Ctrl+B"_s,
                          tr("Back up the accounts of the selected backups, or those selected on "
                             "the Accounts tab, to this target (Ctrl+B)"));
    m_verify = makeAction(this, u":/icons/verify.svg"_s, tr("&Verify"), u"Ctrl+Shift+B"_s,
                          tr("Read the selected backups and check every message (Ctrl+Shift+B)"));
    m_restore = makeAction(this, u":/icons/refresh.svg"_s, tr("&Restore…"), u"Ctrl+R"_s,
                           tr("Restore mail from the selected backup (Ctrl+R)"));
    connect(m_backUp, &QAction::triggered, this, &BackupsView::backUpNow);
    connect(m_verify, &QAction::triggered, this, &BackupsView::verifySelected);
    connect(m_restore, &QAction::triggered, this, [this] { openRestore(); });
    m_incremental->setToolTip(tr("Store only messages that are new or changed since the account's "
                                 "last backup in this target"));

    m_targetsView->setObjectName(u"backupTargetsTable"_s);
    m_targetsView->setAccessibleName(tr("Backup targets"));
    m_targetsView->setModel(m_targets);
    tablestyle::setUp(m_targetsView);
    m_targetsView->setSortingEnabled(false); // few rows, in the config file's order
    m_targetsView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *th = m_targetsView->horizontalHeader();
    th->resizeSection(BackupTargetsModel::Name, 120);
    th->setSectionResizeMode(BackupTargetsModel::Path, QHeaderView::Stretch);
    for (int c = BackupTargetsModel::Free; c < BackupTargetsModel::ColumnCount; ++c)
        tablestyle::fitHeader(m_targetsView, c, 100);
    m_targetsView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_targetsView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_proxy->setSourceModel(m_backups);
    m_proxy->setSortRole(BackupsModel::SortRole);
    m_proxy->setFilterKeyColumn(BackupsModel::Account);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_backupsView->setObjectName(u"backupsTable"_s);
    m_backupsView->setAccessibleName(tr("Backups in the selected target"));
    m_backupsView->setModel(m_proxy);
    tablestyle::setUp(m_backupsView);
    m_backupsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_backupsView->sortByColumn(-1, Qt::AscendingOrder); // the agent's order: newest first
    QHeaderView *bh = m_backupsView->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(u'M');
    bh->resizeSection(BackupsModel::Account, 16 * em);
    bh->resizeSection(BackupsModel::Created, 10 * em);
    bh->resizeSection(BackupsModel::Kind, 16 * em);
    tablestyle::fitHeader(m_backupsView, BackupsModel::Messages, 6 * em);
    tablestyle::fitHeader(m_backupsView, BackupsModel::Stored, 5 * em);
    tablestyle::fitHeader(m_backupsView, BackupsModel::Size, 6 * em);
    bh->resizeSection(BackupsModel::Verified, 11 * em);
    bh->setStretchLastSection(true);
    m_backupsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_backupsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (QAction *a : {m_restore, m_verify, m_backUp}) {
            if (a->isVisible())
                menu->addAction(a);
        }
        menu->addSeparator();
        tablestyle::addExportActions(menu, m_backupsView, u"backups-%1.csv"_s.arg(currentTarget()));
        menu->popup(m_backupsView->viewport()->mapToGlobal(pos));
    });
    connect(m_backupsView, &QTableView::activated, this, [this] {
        if (m_restore->isVisible())
            openRestore();
    });

    m_filter->setPlaceholderText(tr("Filter by account…"));
    m_filter->setAccessibleName(tr("Filter backups by account"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_filter->addAction(QIcon(u":/icons/filter.svg"_s), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->setAccessibleName(tr("Backup actions"));
    bar->addAction(m_backUp);
    m_incrementalAction = bar->addWidget(m_incremental);
    bar->addSeparator();
    bar->addAction(m_verify);
    bar->addAction(m_restore);

    QFont bold = m_catalogLabel->font();
    bold.setBold(true);
    m_catalogLabel->setFont(bold);
    auto *targetsLabel = new QLabel(tr("Backup targets"));
    targetsLabel->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"backupsStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_catalogLabel);
    row->addSpacing(12);
    row->addWidget(m_filter, 1);
    row->addWidget(bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(targetsLabel);
    layout->addWidget(m_targetsView);
    fitTargetsHeight();
    layout->addLayout(row);
    layout->addWidget(m_backupsView, 1);
    layout->addWidget(m_status);

    connect(m_targets, &BackupTargetsModel::loaded, this, &BackupsView::onTargetsLoaded);
    connect(m_targets, &BackupTargetsModel::failed, this, [this](const QString &m) {
        showStatus(tr("The backup targets could not be loaded: %1 Press F5 to try again.").arg(m), true);
    });
    connect(m_targetsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupsView::onTargetChanged);
    connect(m_backups, &BackupsModel::loaded, this, [this] {
        if (!m_columnsFitted && m_backups->rowCount() > 0) {
            // Accounts and "incremental on <date>" shown whole, within reason.
            m_columnsFitted = true;
            for (int c : {int(BackupsModel::Account), int(BackupsModel::Created), int(BackupsModel::Kind),
                          int(BackupsModel::Verified)}) {
                QHeaderView *h = m_backupsView->horizontalHeader();
                m_backupsView->resizeColumnToContents(c);
                h->resizeSection(c, std::clamp(h->sectionSize(c) + 12, 50, 300));
            }
        }
        m_loadedOnce = true;
        updateActions();
        emit catalogLoaded();
    });
    connect(this, &BackupsView::catalogLoaded, this, &BackupsView::runPending);
    connect(m_backups, &BackupsModel::failed, this, [this](const QString &m) {
        showStatus(tr("The backups of %1 could not be loaded: %2").arg(currentTarget(), m), true);
    });
    connect(m_backupsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsView::updateActions);
    connect(m_jobs, &JobsModel::jobFinished, this, [this](const QJsonObject &job) {
        const QString kind = job.value("kind"_L1).toString();
        if (kind == backupapi::Create || kind == backupapi::Verify || kind == backupapi::RestoreKind) {
            refresh();
            emit changed();
        }
    });
    m_catalogLabel->setText(tr("Backups"));
    updateActions();
}

BackupsView::~BackupsView() = default;

void BackupsView::setMayChange(bool mayChange)
{
    m_mayChange = mayChange;
    updateActions();
}

void BackupsView::refresh()
{
    m_targets->refresh();
}

void BackupsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BackupsView::fitTargetsHeight()
{
    // As tall as its rows (one to four), so the catalog below gets the room.
    const int rows = std::clamp(m_targets->rowCount(), 1, 4);
    const int rowH = m_targetsView->verticalHeader()->defaultSectionSize();
    m_targetsView->setFixedHeight(rows * rowH + m_targetsView->horizontalHeader()->sizeHint().height()
                                  + 2 * m_targetsView->frameWidth());
}

void BackupsView::onTargetsLoaded()
{
    fitTargetsHeight();
    if (m_targets->rowCount() == 0) {
        m_backups->clear();
        m_catalogLabel->setText(tr("Backups"));
        showStatus(tr("This host has no backup targets. Add backup_targets=NAME:/folder to the "
                      "agent's config file, then press F5."));
        m_loadedOnce = true;
        updateActions();
        emit catalogLoaded();
        return;
    }
    // Keep the target someone chose across reloads; the first one otherwise.
    const int row = std::max(0, m_targets->rowOf(m_chosenTarget));
    if (m_targetsView->currentIndex().row() == row)
        onTargetChanged(); // same target: reload its catalog
    else
        m_targetsView->selectRow(row);
}

void BackupsView::selectTarget(const QString &name)
{
    const int row = m_targets->rowOf(name);
    if (row >= 0)
        m_targetsView->selectRow(row);
}

QString BackupsView::currentTarget() const
{
    return m_targets->targetName(m_targetsView->currentIndex().row());
}

void BackupsView::onTargetChanged()
{
    const QString target = currentTarget();
    if (target.isEmpty())
        return; // the targets are being reloaded: the catalog stays until they are back
    m_chosenTarget = target;
    m_catalogLabel->setText(target.isEmpty() ? tr("Backups") : tr("Backups in %1").arg(target));
    const QJsonObject t = m_targets->target(m_targetsView->currentIndex().row());
    if (!t.value("available"_L1).toBool(true))
        showStatus(tr("The target %1 is not available: %2").arg(target, t.value("error"_L1).toString()), true);
    else
        showStatus({});
    m_backups->load(target);
    updateActions();
}

QStringList BackupsView::selectedBackupIds() const
{
    QStringList ids;
    for (const QModelIndex &r : m_backupsView->selectionModel()->selectedRows())
        ids << r.data(BackupsModel::IdRole).toString();
    return ids;
}

QStringList BackupsView::accountsToBackUp() const
{
    QStringList accounts;
    for (const QModelIndex &r : m_backupsView->selectionModel()->selectedRows()) {
        const QString a = r.data(BackupsModel::AccountRole).toString();
        if (!accounts.contains(a))
            accounts << a;
    }
    if (accounts.isEmpty() && m_accountSource)
        accounts = m_accountSource();
    accounts.sort();
    return accounts;
}

void BackupsView::updateActions()
{
    const bool connected = m_client->state() == AgentClient::State::Connected;
    const bool target = !currentTarget().isEmpty();
    const int selected = int(m_backupsView->selectionModel()->selectedRows().size());
    // Support staff do not see what their role may not run (hidden, not greyed out).
    for (QAction *a : {m_backUp, m_verify, m_restore})
        a->setVisible(m_mayChange);
    m_incrementalAction->setVisible(m_mayChange);
    m_backUp->setEnabled(connected && target);
    m_verify->setEnabled(connected && target && selected > 0);
    m_restore->setEnabled(connected && target && selected == 1);
    m_verify->setText(selected > 1 ? tr("&Verify %n backup(s)", nullptr, selected) : tr("&Verify"));
}

void BackupsView::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(problem ? u"QLabel { color: #b3261e; }"_s : QString());
    if (!text.isEmpty())
        emit statusShown(text);
}

QString BackupsView::statusText() const
{
    return m_status->text();
}

} // namespace mailstore::app
