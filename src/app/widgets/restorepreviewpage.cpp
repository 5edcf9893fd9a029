// SPDX-License-Identifier: GPL-3.0-or-later
// RestorePreviewPage: the host's plan (restore.preview) per mailbox, and the typed
// confirmation a plan that writes into live mailboxes needs before Finish.
#include "restorewizardpages.h"

#include "agentclient.h"
#include "backupapi.h"
#include "displayformat.h"
#include "errortext.h"
#include "widgets/restorewizard.h"

#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
QLabel *wrapped()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    return l;
}
} // namespace

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
