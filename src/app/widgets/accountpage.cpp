// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountpage.h"

#include "accountsummary.h"
#include "agentclient.h"
#include "api/methods.h"
#include "displayformat.h"
#include "errortext.h"
#include "models/findingsmodel.h"
#include "models/mailboxesmodel.h"
#include "models/messagesmodel.h"
#include "ui_accountpage.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QMenu>
#include <QSet>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
void setUpTable(QTableView *view, QAbstractItemModel *model, int stretchColumn)
{
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void scaleFont(QWidget *w, qreal factor, bool bold)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}
} // namespace

AccountPage::AccountPage(AgentClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountPage>())
    , m_client(client)
    , m_mailboxes(new MailboxesModel(this))
    , m_messages(new MessagesModel(client, this))
    , m_findings(new FindingsModel(this))
{
    m_ui->setupUi(this);
    m_ui->accountIconLabel->setPixmap(QIcon(u":/icons/account.svg"_s).pixmap(28, 28));
    m_ui->accountIconLabel->setAccessibleName(tr("Account"));
    m_ui->copySummaryButton->setIcon(QIcon(u":/icons/copy.svg"_s));
    scaleFont(m_ui->nameLabel, 1.5, true);
    for (QLabel *value : {m_ui->sizeValue, m_ui->messagesValue, m_ui->unreadValue,
                          m_ui->lastDeliveryValue})
        scaleFont(value, 1.3, true);
    for (QLabel *title : {m_ui->mailboxesPaneTitle, m_ui->messagesPaneTitle,
                          m_ui->findingsPaneTitle})
        scaleFont(title, 1.0, true);
    QPalette captions = palette();
    captions.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    for (QLabel *caption : {m_ui->sizeCaption, m_ui->messagesCaption, m_ui->unreadCaption,
                            m_ui->lastDeliveryCaption, m_ui->hostLabel})
        caption->setPalette(captions);

    setUpTable(m_ui->mailboxesView, m_mailboxes, MailboxesModel::Mailbox);
    setUpTable(m_ui->messagesView, m_messages, MessagesModel::Subject);
    setUpTable(m_ui->findingsView, m_findings, FindingsModel::Problem);
    // The path is what an admin acts on, so it gets the room; the rest fits its text.
    QHeaderView *findingsHeader = m_ui->findingsView->horizontalHeader();
    findingsHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The sentence says what to do, so it wraps instead of being cut; the few findings
    // rows size to their text (the fixed height is for the long tables).
    for (int c : {FindingsModel::Severity, FindingsModel::Code})
        findingsHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    findingsHeader->setSectionResizeMode(FindingsModel::Problem, QHeaderView::Stretch);
    findingsHeader->setSectionResizeMode(FindingsModel::Path, QHeaderView::Interactive);
    findingsHeader->resizeSection(FindingsModel::Path, 360);
    m_ui->findingsView->setWordWrap(true);
    m_ui->findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->verifyLabel->setPalette(captions);
    m_ui->findingsPane->hide();
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setStretchFactor(2, 2);

    connect(m_ui->mailboxesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectMailbox(current.row()); });
    connect(m_messages, &MessagesModel::loaded, this, [this] {
        updateMessagesTitle();
        QHeaderView *h = m_ui->messagesView->horizontalHeader();
        m_ui->messagesView->resizeColumnToContents(MessagesModel::Date);
        m_ui->messagesView->resizeColumnToContents(MessagesModel::Size);
        h->resizeSection(MessagesModel::From, qMin(h->width() / 3, 320));
        markLoaded();
    });
    connect(m_messages, &MessagesModel::failed, this, [this](const QString &message) {
        m_ui->messagesPaneTitle->setText(tr("Messages: could not load them. %1").arg(message));
        markLoaded(); // the page is complete, showing the error where it happened
    });
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, &AccountPage::copySummary);
}

AccountPage::~AccountPage() = default;

void AccountPage::setAccountActions(QAction *verify, QAction *rebuild)
{
    m_ui->verifyButton->setDefaultAction(verify);
    m_ui->rebuildButton->setDefaultAction(rebuild);
}

void AccountPage::setBackupActions(QAction *backUp, QAction *restore)
{
    // One button with a menu: the header must still fit a 1024-pixel window. The actions
    // keep their keys (Ctrl+B, Ctrl+R) on the window.
    auto *button = new QToolButton(this);
    button->setObjectName(u"backupsButton"_s);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setIcon(QIcon(u":/icons/export.svg"_s));
    button->setText(tr("Bac&kups"));
    button->setAccessibleName(tr("Back up or restore this account"));
    auto *menu = new QMenu(button);
    menu->addActions({backUp, restore});
    button->setMenu(menu);
    m_ui->titleLayout->insertWidget(m_ui->titleLayout->indexOf(m_ui->rebuildButton) + 1, button);
    // Hidden with the actions for the support role.
    const auto follow = [button, backUp] { button->setVisible(backUp->isVisible()); };
    connect(backUp, &QAction::changed, button, follow);
    follow();
}

void AccountPage::verify()
{
    if (m_name.isEmpty() || m_verifying)
        return;
    const quint64 generation = m_generation;
    m_verifying = true;
    m_ui->verifyLabel->setText(tr("Verifying the index…"));
    m_ui->errorLabel->hide();
    m_client->call(api::method::IndexVerify, QJsonObject{{u"account"_s, m_name}}, this,
                   [this, generation](const api::Response &r) {
        if (generation != m_generation)
            return; // the page shows another account (or reloaded) by now
        m_verifying = false;
        if (r.error) {
            m_ui->verifyLabel->clear();
            m_ui->errorLabel->setText(tr("Could not verify the index of this account: %1")
                                          .arg(errorText(*r.error)));
            m_ui->errorLabel->show();
            emit verified(-1);
            return;
        }
        const QJsonObject result = r.result.toObject();
        m_verifyFindings = result.value("findings"_L1).toArray();
        m_verifiedAt = QDateTime::currentSecsSinceEpoch();
        m_ui->verifyLabel->setText(tr("Index verified %1").arg(display::exactTime(m_verifiedAt)));
        applyFindings();
        emit verified(int(result.value("problems"_L1).toInteger()));
    });
}

void AccountPage::showAccount(const QString &name, const QString &hostName,
                              const QString &agentVersion)
{
    m_name = name;
    m_host = hostName;
    m_agentVersion = agentVersion;
    refresh();
}

void AccountPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_result = {};
    m_ui->nameLabel->setText(m_name);
    m_ui->hostLabel->setText(tr("on %1 · loading…").arg(m_host));
    for (QLabel *value : {m_ui->sizeValue, m_ui->messagesValue, m_ui->unreadValue,
                          m_ui->lastDeliveryValue})
        value->setText(u"–"_s);
    m_ui->healthBadge->hide();
    m_ui->errorLabel->hide();
    m_ui->verifyLabel->clear();
    m_verifyFindings = {};
    m_verifying = false;
    m_ui->copySummaryButton->setEnabled(false);
    m_mailboxes->clear();
    m_messages->setMailbox({}, {});
    m_findings->setFindings({});
    m_ui->findingsPane->hide();
    m_ui->messagesPaneTitle->setText(tr("Messages"));
    m_client->call(api::method::AccountGet, QJsonObject{{u"name"_s, m_name}}, this,
                   [this, generation](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error) {
            m_ui->hostLabel->setText(tr("on %1").arg(m_host));
            m_ui->errorLabel->setText(tr("Could not load this account: %1").arg(errorText(*r.error)));
            m_ui->errorLabel->show();
            emit failed(errorText(*r.error));
            return;
        }
        applyAccount(r.result.toObject());
    });
}

void AccountPage::applyAccount(const QJsonObject &result)
{
    m_result = result;
    const QJsonObject a = result.value("account"_L1).toObject();
    const qint64 last = a.value("lastDelivery"_L1).toInteger();
    m_ui->hostLabel->setText(tr("on %1 · %2").arg(m_host, result.value("maildir"_L1).toString()));
    m_ui->sizeValue->setText(display::size(a.value("bytes"_L1).toInteger()));
    m_ui->messagesValue->setText(display::count(a.value("messages"_L1).toInteger()));
    m_ui->unreadValue->setText(display::count(a.value("unseen"_L1).toInteger()));
    m_ui->lastDeliveryValue->setText(display::relativeTime(last));
    m_ui->lastDeliveryValue->setToolTip(display::exactTime(last));

    applyFindings();

    const QJsonArray mailboxes = result.value("mailboxes"_L1).toArray();
    m_mailboxes->setMailboxes(mailboxes);
    m_ui->mailboxesPaneTitle->setText(tr("Mailboxes (%1)").arg(mailboxes.size()));
    m_ui->mailboxesView->resizeColumnsToContents();
    m_ui->mailboxesView->horizontalHeader()->setSectionResizeMode(MailboxesModel::Mailbox,
                                                                  QHeaderView::Stretch);
    m_ui->copySummaryButton->setEnabled(true);
    fitPanes();
    if (mailboxes.isEmpty()) {
        markLoaded();
        return;
    }
    // INBOX first is what support staff look at; the agent lists it first.
    m_ui->mailboxesView->setCurrentIndex(m_mailboxes->index(0, 0));
}

void AccountPage::applyFindings()
{
    if (m_result.isEmpty() && m_verifyFindings.isEmpty())
        return;
    // account.get and index.verify can report the same index finding: list it once.
    QJsonArray findings;
    QSet<QString> seen;
    for (const QJsonArray &source : {m_result.value("findings"_L1).toArray(), m_verifyFindings}) {
        for (const auto &v : source) {
            const QJsonObject f = v.toObject();
            const QString key = f.value("code"_L1).toString() + u'\n' + f.value("path"_L1).toString();
            if (!seen.contains(key)) {
                seen.insert(key);
                findings.append(f);
            }
        }
    }
    // Warnings and errors are problems; info notes are listed but leave the account healthy.
    int problems = 0;
    QString worst = u"warning"_s;
    for (const auto &f : std::as_const(findings)) {
        const QString s = f.toObject().value("severity"_L1).toString();
        if (s == "error"_L1 || s == "warning"_L1)
            ++problems;
        if (s == "error"_L1)
            worst = s;
    }
    setHealth(problems, worst);
    m_findings->setFindings(findings);
    m_ui->findingsPane->setVisible(!findings.isEmpty());
    m_ui->findingsPaneTitle->setText(problems == findings.size()
                                         ? tr("Problems (%1)").arg(findings.size())
                                         : tr("Findings (%1)").arg(findings.size()));
    m_ui->findingsView->resizeRowsToContents();
    fitPanes();
}

void AccountPage::selectMailbox(int row)
{
    const QString mailbox = m_mailboxes->mailboxName(row);
    m_messages->setMailbox(mailbox.isEmpty() ? QString() : m_name, mailbox);
    updateMessagesTitle();
}

void AccountPage::updateMessagesTitle()
{
    const QString mailbox = m_messages->mailbox();
    if (mailbox.isEmpty())
        m_ui->messagesPaneTitle->setText(tr("Messages"));
    else if (m_messages->isLoading() && m_messages->rowCount() == 0)
        m_ui->messagesPaneTitle->setText(tr("Messages in %1 · loading…").arg(mailbox));
    else
        m_ui->messagesPaneTitle->setText(tr("Messages in %1 (%2)")
                                             .arg(mailbox, display::count(m_messages->total())));
}

void AccountPage::setHealth(int problems, const QString &worstSeverity)
{
    const bool healthy = problems == 0;
    m_ui->healthIconLabel->setPixmap(
        QIcon(healthy ? u":/icons/healthy.svg"_s : FindingsModel::severityIcon(worstSeverity))
            .pixmap(18, 18));
    m_ui->healthTextLabel->setText(healthy ? tr("Healthy")
                                           : problems == 1 ? tr("1 problem")
                                                           : tr("%1 problems").arg(problems));
    m_ui->healthBadge->setAccessibleName(tr("Health: %1").arg(m_ui->healthTextLabel->text()));
    QFont f = m_ui->healthTextLabel->font();
    f.setBold(true);
    m_ui->healthTextLabel->setFont(f);
    m_ui->healthBadge->show();
}

void AccountPage::fitPanes()
{
    // Mailboxes and problems get the height of their rows (within limits) so none is
    // hidden behind a scroll bar; the message list takes what is left.
    const auto paneHeight = [](QWidget *pane, QTableView *view, int rows, int maxRows) {
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        return pane->layout()->contentsMargins().top() + pane->layout()->contentsMargins().bottom()
            + pane->layout()->spacing() + pane->findChild<QLabel *>()->sizeHint().height()
            + view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth()
            + qBound(2, rows, maxRows) * rowHeight + 6;
    };
    const int total = m_ui->splitter->height();
    const int mailboxes = paneHeight(m_ui->mailboxesPane, m_ui->mailboxesView,
                                     m_mailboxes->rowCount(), 8);
    // Wrapped sentences take about two lines a row.
    const int findings = m_findings->rowCount() == 0
        ? 0
        : paneHeight(m_ui->findingsPane, m_ui->findingsView, 2 * m_findings->rowCount(), 8);
    m_ui->splitter->setSizes({mailboxes, qMax(total / 3, total - mailboxes - findings), findings});
}

void AccountPage::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    emit loaded();
}

QString AccountPage::summaryText() const
{
    return m_result.isEmpty() ? QString() : accountSummaryText(m_result, m_host, m_agentVersion);
}

void AccountPage::copySummary()
{
    QGuiApplication::clipboard()->setText(summaryText());
}

} // namespace mailstore::app
