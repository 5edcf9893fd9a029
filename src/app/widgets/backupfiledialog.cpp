// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfiledialog.h"

#include "displayformat.h"
#include "models/manifestmodel.h"
#include "widgets/tablestyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mailstore::app {

// What the verify worker shares with the window: the cancel flag it checks between
// blocks and how far it got, as the core reports it (the timer reads it on this side).
struct BackupFileDialog::VerifyRun {
    std::atomic<bool> cancel{false};
    std::atomic<quint64> done{0}, total{0};
};

BackupFileDialog::BackupFileDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ManifestModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel)
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_verifyButton(new QPushButton(QIcon(u":/icons/verify.svg"_s), tr("&Verify")))
    , m_cancelButton(new QPushButton(QIcon(u":/icons/cancel.svg"_s), tr("&Cancel verify")))
    , m_saveButton(new QPushButton(QIcon(u":/icons/export.svg"_s), tr("&Save message as .eml…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_problems(new QTreeWidget)
{
    setObjectName(u"backupFileDialog"_s);
    setWindowTitle(tr("Backup file"));
    resize(1000, 640);
    m_summary->setObjectName(u"backupFileSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Reading the manifest…"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManifestModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter messages…"));
    m_filter->setAccessibleName(tr("Filter messages"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(u":/icons/filter.svg"_s), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);

    m_view->setObjectName(u"manifestTable"_s);
    m_view->setAccessibleName(tr("Messages in the backup"));
    m_view->setModel(m_proxy);
    tablestyle::setUp(m_view);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // manifest order until someone sorts
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(ManifestModel::Mailbox, 130);
    h->resizeSection(ManifestModel::File, 300);
    h->resizeSection(ManifestModel::Date, 130);
    h->resizeSection(ManifestModel::Size, 80);
    h->resizeSection(ManifestModel::Flags, 60);
    h->resizeSection(ManifestModel::Uid, 60);
    h->resizeSection(ManifestModel::StoredIn, 100);
    h->setStretchLastSection(true);
    m_view->setColumnHidden(ManifestModel::Problem, true); // shown when a verify finds any
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupFileDialog::updateButtons);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_saveButton->icon(), m_saveButton->text(), this, &BackupFileDialog::saveSelected)
            ->setEnabled(m_saveButton->isEnabled());
        menu->addSeparator();
        tablestyle::addExportActions(menu, m_view, (m_file ? m_file->id : u"backup"_s) + u"-messages.csv"_s);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    m_verifyButton->setShortcut(u"Ctrl+Shift+V"_s);
    m_verifyButton->setToolTip(tr("Read every byte of the archive and check it against its manifest "
                                  "(Ctrl+Shift+V). Nothing is written."));
    m_cancelButton->setToolTip(tr("Stop waiting for the verify; nothing is written either way"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the selected message as it was delivered (Ctrl+S)"));
    m_cancelButton->hide();
    m_progress->hide();
    m_progress->setAccessibleName(tr("Verify progress"));
    m_status->setWordWrap(true);
    m_status->setObjectName(u"backupFileStatus"_s);
    connect(m_verifyButton, &QPushButton::clicked, this, &BackupFileDialog::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackupFileDialog::cancelVerify);
    connect(m_saveButton, &QPushButton::clicked, this, &BackupFileDialog::saveSelected);

    m_problems->setObjectName(u"problemsTree"_s);
    m_problems->setAccessibleName(tr("Problems found by verify"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("Problem"), tr("Member"), tr("Message"), tr("Detail")});
    m_problems->header()->resizeSection(0, 170);
    m_problems->header()->resizeSection(1, 90);
    m_problems->header()->resizeSection(2, 330);
    m_problems->hide();
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // Jump to the message the problem is about.
        const int row = item->data(0, Qt::UserRole).toInt();
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
        if (at.isValid()) {
            m_view->selectRow(at.row());
            m_view->scrollTo(at);
        }
    });

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_saveButton);
    filterRow->addWidget(m_verifyButton);
    filterRow->addWidget(m_cancelButton);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_problems);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_progressTimer.setInterval(200);
    connect(&m_progressTimer, &QTimer::timeout, this, &BackupFileDialog::updateProgress);
    connect(&m_openWatcher, &QFutureWatcherBase::finished, this,
            [this] { onLoaded(m_openWatcher.result()); });
    updateButtons();
}

BackupFileDialog::~BackupFileDialog()
{
    cancelVerify(); // the worker stops within a block; its result goes nowhere
    m_openWatcher.waitForFinished();
}

void BackupFileDialog::openFile(const QString &archive)
{
    setWindowTitle(tr("Backup file %1").arg(QFileInfo(archive).fileName()));
    m_summary->setText(tr("Reading the manifest of %1…").arg(archive));
    m_openWatcher.setFuture(QtConcurrent::run([archive] { return openBackupFile(archive); }));
}

void BackupFileDialog::onLoaded(const std::expected<BackupFile, QString> &result)
{
    if (!result) {
        m_summary->setText(result.error());
        setStatus(tr("Check that the .manifest file lies beside the archive, as the backup wrote it."),
                  true);
        emit failed(result.error());
        return;
    }
    m_file = std::make_unique<BackupFile>(*result);
    const auto &m = m_file->manifest;
    m_model->setManifest(std::make_shared<const core::archive::Manifest>(m));
    quint64 stored = 0;
    for (const auto &msg : m.messages)
        stored += msg.storedIn == m.backupId ? 1 : 0;
    const QString kind = m.parent.empty()
        ? tr("full backup")
        : tr("incremental backup on top of %1").arg(QString::fromStdString(m.parent));
    m_summary->setText(tr("<b>%1</b> of <b>%2</b>, %3, created %4.<br>%5 in %6; %7 stored in this "
                          "archive (%8). Folder: %9")
                           .arg(m_file->id.toHtmlEscaped(),
                                QString::fromStdString(m.account).toHtmlEscaped(), kind,
                                display::exactTime(m.created),
                                tr("%n message(s)", nullptr, int(m.messages.size())),
                                tr("%n mailbox(es)", nullptr, int(m.mailboxes.size())),
                                display::count(qint64(stored)),
                                display::size(m_file->archiveBytes),
                                m_file->target.toHtmlEscaped()));
    setStatus(tr("Not verified in this window yet. Verify reads every byte (Ctrl+Shift+V)."));
    updateButtons();
    emit loaded();
}

void BackupFileDialog::verify()
{
    if (!m_file || m_verifyRunning)
        return;
    m_verifyRunning = true;
    m_problems->clear();
    m_problems->hide();
    m_model->setProblems({});
    m_verifyWatcher = new QFutureWatcher<std::expected<BackupFileVerify, QString>>(this);
    auto *watcher = m_verifyWatcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher == m_verifyWatcher)
            onVerified(watcher->result());
    });
    const QString archive = m_file->archive;
    auto run = std::make_shared<VerifyRun>();
    run->total = quint64(m_file->archiveBytes);
    m_verifyRun = run;
    watcher->setFuture(QtConcurrent::run([archive, run] {
        BackupFileVerifyHooks hooks;
        hooks.cancel = &run->cancel;
        hooks.progress = [&run](quint64 done, quint64 total) {
            run->done.store(done, std::memory_order_relaxed);
            run->total.store(total, std::memory_order_relaxed);
        };
        return verifyBackupFile(archive, hooks);
    }));
    m_verifyClock.start();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressTimer.start();
    setStatus(tr("Verifying %1…").arg(display::size(m_file->archiveBytes)));
    updateButtons();
}

void BackupFileDialog::cancelVerify()
{
    if (!m_verifyRunning)
        return;
    // The worker sees the flag within a block and ends; the window does not wait for
    // it, and its (cancelled) result is dropped.
    if (m_verifyRun)
        m_verifyRun->cancel.store(true);
    m_verifyRun.reset();
    m_verifyWatcher = nullptr;
    m_verifyRunning = false;
    m_progressTimer.stop();
    m_progress->hide();
    setStatus(tr("Verify cancelled. Nothing was changed."));
    updateButtons();
}

void BackupFileDialog::updateProgress()
{
    if (!m_file || !m_verifyRunning)
        return;
    const qint64 pos = m_verifyRun ? qint64(m_verifyRun->done.load()) : 0;
    const qint64 total = m_verifyRun ? qint64(m_verifyRun->total.load()) : 0;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, pos * 1000 / total)));
    const double secs = m_verifyClock.elapsed() / 1000.0;
    m_status->setText(tr("Verifying: %1 of %2 read (%3/s)…")
                          .arg(display::size(pos), display::size(total),
                               display::size(secs > 0 ? qint64(double(pos) / secs) : 0)));
}

void BackupFileDialog::onVerified(const std::expected<BackupFileVerify, QString> &result)
{
    m_verifyRunning = false;
    m_verifyWatcher = nullptr;
    m_verifyRun.reset();
    m_progressTimer.stop();
    m_progress->hide();
    updateButtons();
    if (result && result->cancelled) { // only when something else set the flag
        setStatus(tr("Verify cancelled. Nothing was changed."));
        return;
    }
    if (!result) {
        setStatus(tr("The archive could not be read: %1").arg(result.error()), true);
        emit verifyFinished(false);
        return;
    }
    const BackupFileVerify &v = *result;
    m_model->setProblems(v.problems);
    for (const auto &p : v.problems) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setIcon(0, QIcon(u":/icons/error.svg"_s));
        item->setText(0, QString::fromLatin1(core::archive::problemName(p.problem)));
        item->setText(1, QString::fromStdString(p.member));
        const qsizetype index = messageIndexOfMember(p.member);
        if (index >= 0 && index < m_model->rowCount()) {
            item->setData(0, Qt::UserRole, int(index));
            item->setText(2, m_model->mailboxName(int(index)) + u" / "_s
                                 + QString::fromStdString(m_model->message(int(index))->fileName));
        }
        item->setText(3, QString::fromStdString(p.detail));
        item->setToolTip(3, item->text(3));
    }
    m_problems->setVisible(!v.problems.empty());
    m_view->setColumnHidden(ManifestModel::Problem, v.problems.empty());
    if (v.good) {
        setStatus(tr("Good: all %1 stored messages match their manifest entries (%2 read%3).")
                      .arg(display::count(qint64(v.membersChecked)), display::size(qint64(v.bytesRead)),
                           v.chainChecked ? tr(", chain checked") : QString()));
    } else {
        setStatus(tr("Damaged: %n problem(s) found. Restore from another backup of this account; "
                     "messages without a problem can still be saved.", nullptr, int(v.problems.size())),
                  true);
    }
    emit verifyFinished(v.good);
}

void BackupFileDialog::saveSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_file)
        return;
    const int row = rows.first().row();
    const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    const QString suggested = QDir::home().filePath(
        tr("message-%1.eml").arg(m_model->message(source)->uid != 0
                                     ? QString::number(m_model->message(source)->uid)
                                     : QString::number(source + 1)));
    auto *dialog = new QFileDialog(this, tr("Save message as"), suggested, tr("E-mail (*.eml)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"eml"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, row](const QString &out) { saveMessage(row, out); });
    dialog->open();
}

void BackupFileDialog::saveMessage(int row, const QString &out)
{
    if (!m_file)
        return;
    const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    if (source < 0)
        return;
    auto *watcher = new QFutureWatcher<std::expected<void, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, out] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result) {
            setStatus(tr("The message could not be saved: %1").arg(result.error()), true);
            emit saveFailed(result.error());
            return;
        }
        setStatus(tr("Saved %1 (%2).").arg(out, display::size(QFileInfo(out).size())));
        emit saved(out);
    });
    const BackupFile file = *m_file;
    watcher->setFuture(QtConcurrent::run(
        [file, source, out] { return extractBackupMessage(file, std::size_t(source), out); }));
    setStatus(tr("Saving %1…").arg(out));
}

void BackupFileDialog::updateButtons()
{
    const bool loaded = m_file != nullptr;
    m_verifyButton->setEnabled(loaded && !m_verifyRunning);
    m_cancelButton->setVisible(m_verifyRunning);
    m_saveButton->setEnabled(loaded && m_view->selectionModel()->hasSelection());
}

void BackupFileDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"QLabel { color: #b3261e; font-weight: bold; }"_s : QString());
}

QString BackupFileDialog::summaryText() const
{
    return m_summary->text();
}

QString BackupFileDialog::statusText() const
{
    return m_status->text();
}

} // namespace mailstore::app
