// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebuilddialog.h"

#include "agentclient.h"
#include "displayformat.h"
#include "errortext.h"
#include "api/methods.h"
#include "models/jobsmodel.h"
#include "ui_rebuilddialog.h"

#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QPushButton>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
enum Col { ColName, ColMessages, ColKept, ColNew, ColDropped, ColUidValidity, ColUidlist, ColQuarantine };

// More rows than this and file rows stay collapsed: the counts are the headline.
constexpr int ExpandFilesUpTo = 40;

void setNumbers(QTreeWidgetItem *item, qint64 messages, qint64 kept, qint64 fresh, qint64 dropped)
{
    item->setText(ColMessages, display::count(messages));
    item->setText(ColKept, display::count(kept));
    item->setText(ColNew, display::count(fresh));
    item->setText(ColDropped, display::count(dropped));
    for (int c = ColMessages; c <= ColDropped; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

RebuildDialog::RebuildDialog(AgentClient *client, JobsModel *jobs, const QStringList &accounts,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RebuildDialog>())
    , m_client(client)
    , m_jobs(jobs)
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setObjectName(u"rebuildDialog"_s);
    setWindowTitle(accounts.size() == 1 ? tr("Rebuild index of %1").arg(accounts.first())
                                        : tr("Rebuild index of %n account(s)", nullptr,
                                             int(accounts.size())));
    m_apply = m_ui->buttonBox->addButton(tr("Rebuild"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setIcon(QIcon(u":/icons/rebuild.svg"_s));
    m_ui->warningIconLabel->setPixmap(QIcon(u":/icons/warning.svg"_s).pixmap(24, 24));
    m_ui->previewTree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->previewTree->header()->setStretchLastSection(false);
    m_ui->previewTree->header()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_ui->kickCheck->setToolTip(tr("Clients reconnect by themselves; this avoids a session "
                                   "holding the old index while it is replaced."));
    m_ui->resyncCheck->setToolTip(tr("Dovecot then reads the new uidlist at once instead of "
                                     "at the user's next login."));

    // The apply button is not the default: Enter in the confirmation field or on a
    // checkbox must not start a rebuild the operator has not chosen.
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &RebuildDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RebuildDialog::updateApply);
    connect(m_jobs, &JobsModel::jobChanged, this, &RebuildDialog::onJobChanged);
    connect(m_jobs, &JobsModel::jobFinished, this, &RebuildDialog::onJobFinished);
    resize(900, 420);
    loadPlan();
}

RebuildDialog::~RebuildDialog() = default;

QJsonObject RebuildDialog::baseParams() const
{
    if (m_accounts.size() == 1)
        return {{u"account"_s, m_accounts.first()}};
    return {{u"accounts"_s, QJsonArray::fromStringList(m_accounts)}};
}

void RebuildDialog::loadPlan()
{
    setStage(Stage::Planning);
    m_ui->introLabel->setText(tr("Checking what a rebuild would change (a dry run: nothing "
                                 "changes yet)…"));
    QJsonObject params = baseParams();
    params.insert(u"dryRun"_s, true);
    m_client->call(api::method::IndexRebuild, params, this, [this](const api::Response &r) {
        if (r.error) {
            setStage(Stage::Failed);
            m_ui->introLabel->setText(tr("The rebuild could not be planned."));
            showError(errorText(*r.error));
            emit planLoaded();
            return;
        }
        m_plan = RebuildPlan::fromJson(r.result.toObject());
        showPlan(m_plan, false);
        setStage(m_plan.isEmpty() ? Stage::NothingToDo : Stage::Preview);
        // Fit the preview's height: wrapped labels know their height only for a width.
        layout()->activate();
        resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                      : sizeHint().height());
        emit planLoaded();
    });
}

void RebuildDialog::showPlan(const RebuildPlan &plan, bool done)
{
    QTreeWidget *tree = m_ui->previewTree;
    tree->clear();
    const bool expandFiles = plan.fileCount() <= ExpandFilesUpTo;
    for (const auto &a : plan.accounts) {
        auto *accountItem = new QTreeWidgetItem(tree, {a.name});
        accountItem->setIcon(ColName, QIcon(u":/icons/account.svg"_s));
        qint64 messages = 0, kept = 0, fresh = 0, dropped = 0, files = 0;
        int newUidValidity = 0;
        for (const auto &m : a.mailboxes) {
            auto *item = new QTreeWidgetItem(accountItem, {m.mailbox});
            item->setIcon(ColName, QIcon(u":/icons/mailbox.svg"_s));
            setNumbers(item, m.messages, m.uidsKept, m.uidsNew, m.entriesDropped);
            item->setText(ColUidValidity, m.uidValidityKept ? tr("kept") : tr("NEW"));
            item->setIcon(ColUidValidity, QIcon(m.uidValidityKept ? u":/icons/healthy.svg"_s
                                                                  : u":/icons/warning.svg"_s));
            item->setToolTip(ColUidValidity,
                m.uidValidityKept ? tr("UIDVALIDITY %1 stays; clients keep their copies.").arg(m.uidValidity)
                                  : tr("New UIDVALIDITY %1: clients download this mailbox again.").arg(m.uidValidity));
            item->setText(ColUidlist, m.uidlistWritten ? (done ? tr("rewritten") : tr("rewrite"))
                                                       : tr("unchanged"));
            item->setText(ColQuarantine, m.quarantined.isEmpty()
                                             ? tr("none")
                                             : tr("%n file(s)", nullptr, int(m.quarantined.size())));
            for (const QString &path : m.quarantined) {
                auto *file = new QTreeWidgetItem(item, {QDir::toNativeSeparators(path)});
                // The agent names where each file goes (or went), inside the quarantine folder.
                file->setToolTip(ColName, done ? tr("Moved to quarantine: %1").arg(path)
                                               : tr("Goes to quarantine: %1").arg(path));
                file->setFirstColumnSpanned(true);
            }
            item->setExpanded(expandFiles);
            messages += m.messages;
            kept += m.uidsKept;
            fresh += m.uidsNew;
            dropped += m.entriesDropped;
            files += m.quarantined.size();
            newUidValidity += m.uidValidityKept ? 0 : 1;
        }
        setNumbers(accountItem, messages, kept, fresh, dropped);
        accountItem->setText(ColUidValidity, newUidValidity ? tr("%n NEW", nullptr, newUidValidity)
                                                            : tr("kept"));
        accountItem->setText(ColQuarantine, files == 0 ? tr("none")
                                                       : tr("%n file(s)", nullptr, int(files)));
        QString tip = tr("Quarantine folder: %1").arg(a.quarantineDir);
        if (!a.doveadm.isEmpty())
            tip += u'\n' + tr("Dovecot: %1").arg(a.doveadm);
        accountItem->setToolTip(ColName, tip);
        accountItem->setExpanded(true);
    }
    for (int c = ColMessages; c <= ColQuarantine; ++c)
        tree->resizeColumnToContents(c);
    // As tall as its rows (within limits), so a one-mailbox preview is not a sea of white.
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
        ++rows;
    const int rowHeight = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : fontMetrics().height() + 6;
    const int height = qBound(4, rows + 1, 16) * rowHeight + tree->header()->sizeHint().height()
        + 2 * tree->frameWidth();
    tree->setMinimumHeight(height);
    // Few rows: no taller than they need; many rows: the dialog may grow the list.
    tree->setMaximumHeight(rows + 1 < 16 ? height : QWIDGETSIZE_MAX);

    const int mailboxes = plan.mailboxCount();
    if (mailboxes == 0) {
        m_ui->summaryLabel->setText(tr("Nothing to rebuild: the index state of %1 is healthy.")
                                        .arg(m_accounts.size() == 1 ? m_accounts.first()
                                                                    : tr("these accounts")));
        return;
    }
    QStringList parts;
    parts << (done ? tr("Rebuilt %n mailbox(es).", nullptr, mailboxes)
                   : tr("Rebuilds %n mailbox(es).", nullptr, mailboxes));
    parts << tr("Of %1 messages, %2 keep their UIDs and %3 get new ones (above every UID "
                "handed out so far).")
                 .arg(display::count(plan.messages()), display::count(plan.uidsKept()),
                      display::count(plan.uidsNew()));
    if (plan.entriesDropped() > 0)
        parts << tr("%n uidlist entry(s) without a message file are dropped.", nullptr,
                    int(plan.entriesDropped()));
    if (plan.fileCount() > 0) {
        const QString where = plan.accounts.size() == 1
            ? QDir::toNativeSeparators(plan.accounts.first().quarantineDir)
            : tr("a quarantine folder beside each account's Maildir");
        parts << (done ? tr("%n index file(s) were moved to %1; nothing was deleted.", nullptr,
                            plan.fileCount())
                       : tr("%n index file(s) move to %1; nothing is deleted.", nullptr,
                            plan.fileCount())).arg(where);
    }
    int uidlists = 0;
    for (const auto &a : plan.accounts)
        uidlists += int(std::count_if(a.mailboxes.cbegin(), a.mailboxes.cend(),
                                      [](const RebuildPlan::Mailbox &m) { return m.uidlistWritten; }));
    if (uidlists > 0)
        parts << (done ? tr("%n mailbox(es) got a new dovecot-uidlist.", nullptr, uidlists)
                       : tr("%n mailbox(es) get a new dovecot-uidlist.", nullptr, uidlists));
    parts << tr("Message files are not touched.");
    m_ui->summaryLabel->setText(parts.join(u' '));

    const QStringList newUv = plan.accountsWithNewUidValidity();
    if (done || newUv.isEmpty()) {
        m_confirmation.clear();
        m_ui->warningFrame->hide();
        return;
    }
    // Only here can the user notice: every client downloads those mailboxes again.
    m_confirmation = newUv.size() == 1 ? newUv.first() : QString::number(newUv.size());
    m_ui->warningLabel->setText(
        tr("Some mailboxes of %1 have no usable UIDVALIDITY left and get a new one. Every IMAP "
           "client will download them again, and copies kept only in a client may show up "
           "twice. Type %2 to confirm.")
            .arg(newUv.join(", "_L1), u"<b>%1</b>"_s.arg(m_confirmation.toHtmlEscaped())));
    m_ui->warningLabel->setTextFormat(Qt::RichText);
    m_ui->confirmEdit->setPlaceholderText(m_confirmation);
    m_ui->warningFrame->show();
}

void RebuildDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool preview = stage == Stage::Preview;
    const bool running = stage == Stage::Running;
    m_ui->progressBar->setVisible(stage == Stage::Planning || running);
    m_ui->statusLabel->setVisible(running || stage == Stage::Done);
    if (stage == Stage::Planning)
        m_ui->progressBar->setRange(0, 0);
    m_ui->kickCheck->setEnabled(preview);
    m_ui->resyncCheck->setEnabled(preview);
    m_ui->confirmEdit->setEnabled(preview);
    m_ui->kickCheck->setVisible(stage != Stage::NothingToDo && stage != Stage::Failed);
    m_ui->resyncCheck->setVisible(m_ui->kickCheck->isVisible());
    if (stage != Stage::Preview && stage != Stage::Running)
        m_ui->warningFrame->setVisible(false);
    if (stage == Stage::Planning)
        m_ui->warningFrame->hide();
    const bool finished = stage == Stage::Done || stage == Stage::NothingToDo
        || stage == Stage::Failed || running;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(finished ? tr("Close") : tr("Cancel"));
    m_apply->setVisible(stage == Stage::Preview || stage == Stage::Planning);
    if (preview) {
        m_ui->introLabel->setText(tr("What rebuilding the index of %1 changes, found by a dry run "
                                     "(nothing has changed yet). UIDs and UIDVALIDITY are kept "
                                     "wherever they can be, so IMAP clients do not notice.")
                                      .arg(m_accounts.size() == 1
                                               ? m_accounts.first()
                                               : tr("%n account(s)", nullptr, int(m_accounts.size()))));
    } else if (stage == Stage::NothingToDo) {
        m_ui->introLabel->setText(tr("The dry run found nothing to rebuild."));
    }
    updateApply();
}

void RebuildDialog::updateApply()
{
    const int n = m_plan.mailboxCount();
    m_apply->setText(n > 0 ? tr("Rebuild %n mailbox(es)", nullptr, n) : tr("Rebuild"));
    const bool confirmed = m_confirmation.isEmpty()
        || m_ui->confirmEdit->text().trimmed() == m_confirmation;
    m_apply->setEnabled(m_stage == Stage::Preview && n > 0 && confirmed);
}

void RebuildDialog::setConfirmationText(const QString &text)
{
    m_ui->confirmEdit->setText(text);
}

void RebuildDialog::setOptions(bool kick, bool resync)
{
    m_ui->kickCheck->setChecked(kick);
    m_ui->resyncCheck->setChecked(resync);
}

void RebuildDialog::apply()
{
    if (!m_apply->isEnabled() || m_stage != Stage::Preview)
        return;
    setStage(Stage::Running);
    m_ui->rebuildErrorLabel->hide();
    m_ui->progressBar->show();
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Starting the rebuild…"));
    QJsonObject params = baseParams();
    params.insert(u"kick"_s, m_ui->kickCheck->isChecked());
    params.insert(u"resync"_s, m_ui->resyncCheck->isChecked());
    m_client->call(api::method::IndexRebuild, params, this, [this](const api::Response &r) {
        if (r.error) {
            setStage(Stage::Failed);
            showError(tr("The rebuild did not start: %1").arg(errorText(*r.error)));
            emit rebuildFinished(m_accounts, false);
            return;
        }
        m_jobId = r.result.toObject().value("jobId"_L1).toString();
        emit jobStarted(m_jobId);
        m_jobs->track(m_jobId);
    });
}

void RebuildDialog::onJobChanged(const QJsonObject &job)
{
    if (m_jobId.isEmpty() || job.value("id"_L1).toString() != m_jobId
        || JobsModel::isFinishedState(job.value("state"_L1).toString()))
        return;
    const QJsonObject p = job.value("progress"_L1).toObject();
    const qint64 total = p.value("total"_L1).toInteger();
    if (total > 0) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(p.value("done"_L1).toInteger() * 1000 / total));
    }
    m_ui->statusLabel->setText(tr("Rebuilding: %1").arg(JobsModel::progressText(job)));
}

void RebuildDialog::onJobFinished(const QJsonObject &job)
{
    if (m_jobId.isEmpty() || job.value("id"_L1).toString() != m_jobId)
        return;
    const bool ok = job.value("state"_L1).toString() == "succeeded"_L1;
    if (ok) {
        m_plan = RebuildPlan::fromJson(job.value("result"_L1).toObject());
        showPlan(m_plan, true);
        m_ui->introLabel->setText(tr("The rebuild is done. Verify the account to see its index "
                                     "state now."));
        setStage(Stage::Done);
    } else {
        setStage(Stage::Failed);
        showError(JobsModel::resultText(job));
    }
    m_ui->statusLabel->setText(JobsModel::resultText(job));
    emit rebuildFinished(m_accounts, ok);
}

void RebuildDialog::showError(const QString &message)
{
    m_ui->rebuildErrorLabel->setText(message);
    m_ui->rebuildErrorLabel->show();
}

} // namespace mailstore::app
