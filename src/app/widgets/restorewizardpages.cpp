// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizardpages.h"

#include "agentclient.h"
#include "backupapi.h"
#include "displayformat.h"
#include "errortext.h"
#include "models/backupsmodel.h"
#include "widgets/restorewizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
QLabel *wrapped(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}
} // namespace

// ---- What -------------------------------------------------------------------------

RestoreWhatPage::RestoreWhatPage(RestoreWizard *wizard)
    : m_wizard(wizard)
    , m_account(new QLabel)
    , m_mailbox(new QComboBox)
    , m_sinceCheck(new QCheckBox(tr("Delivered &from")))
    , m_untilCheck(new QCheckBox(tr("Delivered &through")))
    , m_since(new QDateEdit(QDate::currentDate().addMonths(-1)))
    , m_until(new QDateEdit(QDate::currentDate()))
{
    setTitle(tr("What to restore"));
    setSubTitle(tr("One mailbox or all of them, optionally only mail delivered in a date range."));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mailbox->setEditable(true); // a mailbox deleted since can be typed
    m_mailbox->addItem(tr("All mailboxes"));
    m_mailbox->setAccessibleName(tr("Mailbox to restore"));
    for (QDateEdit *d : {m_since, m_until}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setEnabled(false);
    }
    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("&Mailbox:"), m_mailbox);
    form->addRow(m_sinceCheck, m_since);
    form->addRow(m_untilCheck, m_until);
    form->addRow(wrapped(tr("The date is the delivery time the backup recorded for each message.")));
}

void RestoreWhatPage::initializePage()
{
    m_account->setText(u"<b>%1</b>"_s.arg(m_wizard->account().toHtmlEscaped()));
}

void RestoreWhatPage::setMailboxes(const QStringList &names)
{
    const QString typed = m_mailbox->currentIndex() == 0 ? QString() : m_mailbox->currentText();
    while (m_mailbox->count() > 1)
        m_mailbox->removeItem(1);
    m_mailbox->addItems(names);
    if (!typed.isEmpty())
        m_mailbox->setCurrentText(typed);
}

QString RestoreWhatPage::mailbox() const
{
    if (m_mailbox->currentIndex() == 0 && m_mailbox->currentText() == m_mailbox->itemText(0))
        return {};
    return m_mailbox->currentText().trimmed();
}

qint64 RestoreWhatPage::since() const
{
    return m_sinceCheck->isChecked() ? m_since->date().startOfDay().toSecsSinceEpoch() : 0;
}

qint64 RestoreWhatPage::until() const
{
    // "through" the day: the bound is the start of the next day.
    return m_untilCheck->isChecked() ? m_until->date().addDays(1).startOfDay().toSecsSinceEpoch() : 0;
}

// ---- From which point ---------------------------------------------------------------

RestorePointPage::RestorePointPage(RestoreWizard *wizard)
    : m_wizard(wizard)
    , m_list(new QTreeWidget)
    , m_note(wrapped())
{
    setTitle(tr("From which point"));
    setSubTitle(tr("The account's backups in this target, newest first. An incremental backup is "
                   "restored together with the backups it builds on."));
    m_list->setObjectName(u"restoreChain"_s);
    m_list->setAccessibleName(tr("Backups of the account"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Created"), tr("Backup"), tr("Kind"), tr("Messages"), tr("Last verify")});
    m_list->header()->resizeSection(0, 140);
    m_list->header()->resizeSection(1, 200);
    m_list->header()->resizeSection(2, 170);
    m_list->header()->resizeSection(3, 80);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    m_note->setText(tr("Loading the backups…"));
}

void RestorePointPage::initializePage()
{
    if (m_wizard->isChainLoaded() && m_list->topLevelItemCount() == 0)
        fill();
}

void RestorePointPage::fill()
{
    m_list->clear();
    QTreeWidgetItem *chosen = nullptr;
    for (const QJsonValue &v : m_wizard->chain()) {
        const QJsonObject b = v.toObject();
        const QString state = b.value("verifyState"_L1).toString();
        const QString parent = b.value("parent"_L1).toString();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, display::dateTime(b.value("created"_L1).toInteger()));
        item->setText(1, b.value("id"_L1).toString());
        item->setText(2, parent.isEmpty() ? BackupsModel::tr("full") : BackupsModel::tr("incremental on %1").arg(parent));
        item->setText(3, display::count(b.value("messages"_L1).toInteger()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, BackupsModel::stateText(state));
        item->setIcon(4, QIcon(state == "good"_L1 ? u":/icons/healthy.svg"_s
                               : state == "corrupt"_L1 ? u":/icons/error.svg"_s : u":/icons/warning.svg"_s));
        if (!chosen && (m_wizard->preferredBackup().isEmpty() || item->text(1) == m_wizard->preferredBackup()))
            chosen = item;
    }
    if (chosen)
        m_list->setCurrentItem(chosen);
    m_note->setText(m_list->topLevelItemCount() == 0
                        ? tr("%1 has no backups in %2.").arg(m_wizard->account(), m_wizard->target())
                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    emit completeChanged();
}

bool RestorePointPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

QString RestorePointPage::backupId() const
{
    return m_list->currentItem() ? m_list->currentItem()->text(1) : QString();
}

// ---- Where to -------------------------------------------------------------------------

RestoreWherePage::RestoreWherePage(RestoreWizard *wizard)
    : m_wizard(wizard)
    , m_original(new QRadioButton)
    , m_folder(new QRadioButton(tr("Into a &new folder of the account:")))
    , m_other(new QRadioButton(tr("Into &another account:")))
    , m_folderName(new QLineEdit(tr("Restored %1").arg(QDate::currentDate().toString(Qt::ISODate))))
    , m_otherAccount(new QLineEdit)
{
    setTitle(tr("Where to"));
    setSubTitle(tr("Restored messages are only added: nothing in the account is overwritten or removed."));
    m_folderName->setAccessibleName(tr("Name of the new folder"));
    m_otherAccount->setAccessibleName(tr("Account to restore into"));
    m_otherAccount->setPlaceholderText(tr("name@example.org"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_original, m_folder, m_other})
        group->addButton(b);
    m_original->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_original);
    layout->addWidget(wrapped(tr("Messages already there (same content) are skipped.")));
    layout->addSpacing(8);
    layout->addWidget(m_folder);
    layout->addWidget(m_folderName);
    layout->addSpacing(8);
    layout->addWidget(m_other);
    layout->addWidget(m_otherAccount);
    layout->addStretch(1);
    auto update = [this] {
        m_folderName->setEnabled(m_folder->isChecked());
        m_otherAccount->setEnabled(m_other->isChecked());
        emit completeChanged();
    };
    connect(group, &QButtonGroup::buttonToggled, this, update);
    connect(m_folderName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_otherAccount, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    update();
}

void RestoreWherePage::initializePage()
{
    m_original->setText(tr("Into the &original account %1").arg(m_wizard->account()));
}

bool RestoreWherePage::isComplete() const
{
    if (m_folder->isChecked())
        return !m_folderName->text().trimmed().isEmpty();
    if (m_other->isChecked())
        return !m_otherAccount->text().trimmed().isEmpty();
    return true;
}

QString RestoreWherePage::intoAccount() const
{
    return m_other->isChecked() ? m_otherAccount->text().trimmed() : QString();
}

void RestoreWherePage::chooseNewFolder()
{
    m_folder->setChecked(true);
}

void RestoreWherePage::chooseOtherAccount(const QString &name)
{
    m_other->setChecked(true);
    m_otherAccount->setText(name);
}

QString RestoreWherePage::toFolder() const
{
    return m_folder->isChecked() ? m_folderName->text().trimmed() : QString();
}

// ---- Preview --------------------------------------------------------------------------

RestorePreviewPage::RestorePreviewPage(RestoreWizard *wizard)
    : m_wizard(wizard)
    , m_summary(wrapped())
    , m_mailboxes(new QTreeWidget)
    , m_archives(wrapped())
    , m_liveWarning(wrapped())
    , m_confirmLabel(wrapped())
    , m_confirm(new QLineEdit)
    , m_error(wrapped())
{
    setTitle(tr("Preview"));
    setSubTitle(tr("What the restore will write, as planned by the host. Nothing has changed yet."));
    setFinalPage(true);
    m_summary->setObjectName(u"restoreSummary"_s);
    m_mailboxes->setObjectName(u"restorePlan"_s);
    m_mailboxes->setAccessibleName(tr("Planned restore per mailbox"));
    m_mailboxes->setRootIsDecorated(false);
    m_mailboxes->setHeaderLabels({tr("From mailbox"), tr("Into mailbox"), tr("Messages"), tr("Size"),
                                  tr("Already there")});
    m_mailboxes->header()->resizeSection(0, 170);
    m_mailboxes->header()->resizeSection(1, 230);
    m_mailboxes->header()->resizeSection(2, 90);
    m_mailboxes->header()->resizeSection(3, 90);
    m_liveWarning->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c050;"
                                 " border-radius: 3px; padding: 6px; }"_s);
    m_confirm->setObjectName(u"restoreConfirm"_s);
    m_confirm->setAccessibleName(tr("Type the account name to confirm"));
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    connect(m_confirm, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_mailboxes, 1);
    layout->addWidget(m_archives);
    layout->addWidget(m_liveWarning);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
}

void RestorePreviewPage::initializePage()
{
    const quint64 generation = ++m_generation;
    m_plan = {};
    m_mailboxes->clear();
    m_confirm->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_liveWarning), static_cast<QWidget *>(m_confirmLabel),
                       static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_error),
                       static_cast<QWidget *>(m_archives)})
        w->hide();
    m_summary->setText(tr("Planning the restore on the host…"));
    emit completeChanged();
    m_wizard->client()->call(backupapi::RestorePreview, m_wizard->requestParams(), this,
                             [this, generation](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error) {
            m_summary->clear();
            showError(tr("The restore could not be planned: %1").arg(errorText(*r.error)));
            emit m_wizard->previewFailed(errorText(*r.error));
            return;
        }
        showPlan(r.result.toObject());
        emit m_wizard->previewLoaded();
    });
}

void RestorePreviewPage::cleanupPage()
{
    ++m_generation; // Back: a late plan answer is for choices no longer made
    m_plan = {};
}

void RestorePreviewPage::showPlan(const QJsonObject &plan)
{
    m_plan = plan;
    const QString into = plan.value("into"_L1).toString(m_wizard->intoAccount());
    for (const QJsonValue &v : plan.value("mailboxes"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        auto *item = new QTreeWidgetItem(m_mailboxes);
        item->setText(0, m.value("source"_L1).toString());
        const bool exists = m.value("targetExists"_L1).toBool();
        item->setText(1, exists ? tr("%1 (exists)").arg(m.value("target"_L1).toString())
                                : tr("%1 (new)").arg(m.value("target"_L1).toString()));
        // The warning only where mail is really added to a mailbox in use.
        item->setIcon(1, QIcon(exists && m.value("messages"_L1).toInteger() > 0 ? u":/icons/warning.svg"_s
                                                                                : u":/icons/mailbox.svg"_s));
        item->setText(2, display::count(m.value("messages"_L1).toInteger()));
        item->setText(3, display::size(m.value("bytes"_L1).toInteger()));
        item->setText(4, display::count(m.value("alreadyPresent"_L1).toInteger()));
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c : {0, 1}) // mailbox names whole ("Restored 2026-11-29/Archive/2024 (new)")
        m_mailboxes->resizeColumnToContents(c);
    const qint64 messages = plan.value("messages"_L1).toInteger();
    const qint64 present = plan.value("alreadyPresent"_L1).toInteger();
    m_summary->setText(tr("<b>%1 messages (%2)</b> will be restored into <b>%3</b>; %4 already there "
                          "will be skipped.")
                           .arg(display::count(messages), display::size(plan.value("bytes"_L1).toInteger()),
                                into.toHtmlEscaped(), display::count(present)));
    QStringList archives;
    for (const QJsonValue &a : plan.value("archives"_L1).toArray())
        archives << a.toString();
    m_archives->setText(archives.isEmpty()
                            ? tr("No archive needs to be read: everything selected is already there.")
                            : tr("Reads %n archive(s): %1", nullptr, int(archives.size())).arg(archives.join(u", "_s)));
    m_archives->show();
    if (isLive()) {
        m_liveWarning->setText(tr("⚠ This restore writes into mailboxes that exist now and may be in use. "
                                  "Nothing there is overwritten; restored messages are added."));
        m_confirmLabel->setText(tr("To restore, type the account name <b>%1</b>:").arg(into.toHtmlEscaped()));
        m_liveWarning->show();
        m_confirmLabel->show();
        m_confirm->show();
        m_confirm->setFocus();
    }
    emit completeChanged();
}

bool RestorePreviewPage::isComplete() const
{
    if (m_plan.isEmpty() || m_starting)
        return false;
    // Typed, not clicked: the name of the account that will change.
    return !isLive() || m_confirm->text() == m_plan.value("into"_L1).toString(m_wizard->intoAccount());
}

QString RestorePreviewPage::summaryText() const
{
    return m_summary->text();
}

void RestorePreviewPage::setStarting(bool starting)
{
    m_starting = starting;
    if (starting)
        m_error->hide();
    emit completeChanged();
}

void RestorePreviewPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace mailstore::app
