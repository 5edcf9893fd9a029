// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizardpages.h"

#include "displayformat.h"
#include "models/backupsmodel.h"
#include "widgets/restorewizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
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
    // Each choice's detail sits under its radio button, indented like its text.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6;
    const auto addIndented = [layout, indent](QWidget *w) {
        auto *row = new QHBoxLayout;
        row->addSpacing(indent);
        row->addWidget(w);
        layout->addLayout(row);
    };
    layout->addWidget(m_original);
    addIndented(wrapped(tr("Messages already there (same content) are skipped.")));
    layout->addSpacing(8);
    layout->addWidget(m_folder);
    addIndented(m_folderName);
    layout->addSpacing(8);
    layout->addWidget(m_other);
    addIndented(m_otherAccount);
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

} // namespace mailstore::app
