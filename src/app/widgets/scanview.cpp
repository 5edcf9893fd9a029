// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanview.h"

#include "agentclient.h"
#include "csvexport.h"
#include "displayformat.h"
#include "errortext.h"
#include "api/methods.h"
#include "models/jobsmodel.h"
#include "models/scanresultsmodel.h"
#include "ui_scanview.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// Per-account verifies in flight at once: enough to keep the agent busy, few enough
// that the host page's own calls are not queued behind a long selection.
constexpr int MaxInFlight = 4;
} // namespace

ScanView::ScanView(AgentClient *client, JobsModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScanView>())
    , m_client(client)
    , m_jobs(jobs)
    , m_results(new ScanResultsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->startButton->setIcon(QIcon(u":/icons/scan.svg"_s));
    m_ui->cancelButton->setIcon(QIcon(u":/icons/cancel.svg"_s));
    m_ui->exportButton->setIcon(QIcon(u":/icons/export.svg"_s));
    m_ui->resultsFilterEdit->addAction(QIcon(u":/icons/filter.svg"_s), QLineEdit::LeadingPosition);

    m_proxy->setSourceModel(m_results);
    m_proxy->setSortRole(ScanResultsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // account, severity word and codes all match
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView *view = m_ui->resultsView;
    view->setModel(m_proxy);
    view->sortByColumn(ScanResultsModel::Problems, Qt::DescendingOrder);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *h = view->horizontalHeader();
    h->setHighlightSections(false);
    h->resizeSection(ScanResultsModel::Account, 320);
    h->resizeSection(ScanResultsModel::Problems, 90);
    h->resizeSection(ScanResultsModel::Worst, 150);
    h->setStretchLastSection(true);

    auto *exportAction = new QAction(tr("Export CSV…"), this);
    exportAction->setShortcut(u"Ctrl+E"_s);
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &ScanView::exportInteractive);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ScanView::exportInteractive);
    connect(m_ui->startButton, &QPushButton::clicked, this,
            [this] { startHostScan(m_ui->deepCheck->isChecked()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ScanView::cancel);
    connect(m_ui->resultsFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(ScanResultsModel::NameRole).toString();
        if (!name.isEmpty())
            emit accountActivated(name);
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScanView::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ScanView::selectionChanged);
    connect(m_jobs, &JobsModel::jobChanged, this, &ScanView::onJobChanged);
    connect(m_jobs, &JobsModel::jobFinished, this, &ScanView::onJobFinished);

    m_ui->statusLabel->setText(
        tr("Checks the Dovecot index state (uidlist, index, log, cache, tmp/) of every account. "
           "Nothing is changed. The scan runs on the host as a job and goes on if the console "
           "closes."));
    setRunning(false);
    updateCount();
}

ScanView::~ScanView() = default;

QTableView *ScanView::resultsView() const
{
    return m_ui->resultsView;
}

void ScanView::startHostScan(bool deep)
{
    if (m_running)
        return;
    const quint64 generation = ++m_generation;
    m_results->clear();
    m_hasResults = false;
    m_ui->scanErrorLabel->hide();
    m_ui->deepCheck->setChecked(deep);
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(deep ? tr("Starting a deep scan of all accounts…")
                                    : tr("Starting a scan of all accounts…"));
    setRunning(true);
    const QJsonObject params{{u"all"_s, true}, {u"deep"_s, deep}};
    m_client->call(api::method::IndexVerify, params, this, [this, generation](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error) {
            setRunning(false);
            showError(tr("The scan could not start: %1").arg(errorText(*r.error)));
            emit finished();
            return;
        }
        m_jobId = r.result.toObject().value("jobId"_L1).toString();
        emit jobStarted(m_jobId);
        m_jobs->track(m_jobId);
    });
}

void ScanView::verifyAccounts(const QStringList &names)
{
    if (m_running || names.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_jobId.clear();
    m_results->clear();
    m_hasResults = true;
    m_ui->scanErrorLabel->hide();
    m_queue = names;
    m_inFlight = 0;
    m_done = 0;
    m_total = int(names.size());
    m_ui->progressBar->setRange(0, m_total);
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Verifying %n selected account(s)…", nullptr, m_total));
    setRunning(true);
    for (int i = 0; i < MaxInFlight; ++i)
        verifyNext(generation);
}

void ScanView::verifyNext(quint64 generation)
{
    if (m_queue.isEmpty()) {
        if (m_inFlight == 0 && m_running) {
            setRunning(false);
            m_ui->statusLabel->setText(
                tr("Verified %n account(s)", nullptr, m_total) + u"; "_s
                + tr("%n with problems.", nullptr, m_results->accountsWithProblems()));
            updateCount();
            emit finished();
        }
        return;
    }
    const QString name = m_queue.takeFirst();
    ++m_inFlight;
    m_client->call(api::method::IndexVerify, QJsonObject{{u"account"_s, name}}, this,
                   [this, generation, name](const api::Response &r) {
        if (generation != m_generation)
            return;
        --m_inFlight;
        ++m_done;
        m_ui->progressBar->setValue(m_done);
        if (r.error)
            showError(tr("%1 could not be verified: %2").arg(name, errorText(*r.error)));
        else
            m_results->addResult(r.result.toObject());
        updateCount();
        verifyNext(generation);
    });
}

void ScanView::onJobChanged(const QJsonObject &job)
{
    if (m_jobId.isEmpty() || job.value("id"_L1).toString() != m_jobId)
        return;
    const QJsonObject p = job.value("progress"_L1).toObject();
    const qint64 total = p.value("total"_L1).toInteger();
    if (total > 0) {
        // Scaled: the bar works in int and a host can have more accounts than fit well.
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(p.value("done"_L1).toInteger() * 1000 / total));
        m_ui->progressBar->setFormat(JobsModel::progressText(job));
    }
    if (!JobsModel::isFinishedState(job.value("state"_L1).toString()))
        m_ui->statusLabel->setText(tr("Scanning all accounts: %1").arg(JobsModel::progressText(job)));
}

void ScanView::onJobFinished(const QJsonObject &job)
{
    if (m_jobId.isEmpty() || job.value("id"_L1).toString() != m_jobId)
        return;
    setRunning(false);
    const QString state = job.value("state"_L1).toString();
    const QJsonObject result = job.value("result"_L1).toObject();
    m_results->setResults(result.value("results"_L1).toArray());
    m_hasResults = state == "succeeded"_L1 || m_results->rowCount() > 0;
    if (state == "failed"_L1)
        showError(tr("The scan failed: %1").arg(JobsModel::resultText(job)));
    const qint64 finishedAt = job.value("finishedAt"_L1).toInteger();
    m_ui->statusLabel->setText(tr("Scan of %1 finished %2: %3")
                                   .arg(m_host.isEmpty() ? tr("all accounts") : m_host,
                                        display::exactTime(finishedAt > 0 ? finishedAt
                                                           : QDateTime::currentSecsSinceEpoch()),
                                        JobsModel::resultText(job)));
    m_ui->resultsView->resizeColumnToContents(ScanResultsModel::Account);
    updateCount();
    emit finished();
}

void ScanView::cancel()
{
    if (!m_jobId.isEmpty() && m_running) {
        m_jobs->cancel(m_jobId);
        return;
    }
    // Per-account verifies: stop sending more; answers still coming are kept.
    m_queue.clear();
    verifyNext(m_generation);
}

void ScanView::setRunning(bool running)
{
    m_running = running;
    m_ui->startButton->setEnabled(!running);
    m_ui->deepCheck->setEnabled(!running);
    m_ui->cancelButton->setVisible(running);
    m_ui->progressBar->setVisible(running);
    if (!running) {
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->resetFormat();
    }
}

void ScanView::showError(const QString &message)
{
    m_ui->scanErrorLabel->setText(message);
    m_ui->scanErrorLabel->show();
}

void ScanView::updateCount()
{
    const int shown = m_proxy->rowCount(), all = m_results->rowCount();
    QString text;
    if (all == 0)
        text = m_hasResults && !m_running ? tr("No account has index problems.") : QString();
    else if (shown != all)
        text = tr("%1 of %2 accounts").arg(display::count(shown), display::count(all));
    else
        text = tr("%n account(s) listed", nullptr, all);
    m_ui->resultsCountLabel->setText(text);
    m_ui->exportButton->setEnabled(all > 0);
}

QStringList ScanView::selectedAccounts() const
{
    QStringList names;
    const QModelIndexList rows = m_ui->resultsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        names << row.data(ScanResultsModel::NameRole).toString();
    names.sort();
    return names;
}

bool ScanView::exportCsv(const QString &file, QString *error) const
{
    return csv::writeFile(file, csv::fromModel(*m_proxy, ScanResultsModel::ExportRole), error);
}

void ScanView::exportInteractive()
{
    if (m_results->rowCount() == 0)
        return;
    const QString suggested = QDir::home().filePath(
        u"index-scan-%1-%2.csv"_s.arg(m_host.isEmpty() ? u"host"_s : m_host,
                                      QDate::currentDate().toString(Qt::ISODate)));
    // Asynchronous: the file dialog never runs a nested event loop of its own making.
    auto *dialog = new QFileDialog(this, tr("Export scan results"), suggested,
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (exportCsv(file, &error))
            m_ui->resultsCountLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(file)));
        else
            showError(error);
    });
    dialog->open();
}

void ScanView::focusStart()
{
    m_ui->startButton->setFocus(Qt::ShortcutFocusReason);
}

void ScanView::focusFilter()
{
    m_ui->resultsFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->resultsFilterEdit->selectAll();
}

} // namespace mailstore::app
