// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountPage: one account for support staff — header (name, host, size, messages,
// unread, last delivery, health badge), its mailboxes, the messages of the selected
// mailbox (paged) and the findings of a fresh scan; "Copy summary" for tickets.
// Verify adds the findings of `index.verify` (Dovecot index state) to the same table;
// "Rebuild index…" is the window's action (it opens the rebuild dialog).

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class AccountPage;
}
class QAction;

namespace mailstore::app {

class AgentClient;
class MailboxesModel;
class MessagesModel;
class FindingsModel;

class AccountPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)
public:
    explicit AccountPage(AgentClient *client, QWidget *parent = nullptr);
    ~AccountPage() override;

    // hostName and agentVersion only label the page and the summary.
    void showAccount(const QString &name, const QString &hostName, const QString &agentVersion);
    void refresh();
    // The window's actions (they carry the shortcuts) for the Verify/Rebuild buttons.
    void setAccountActions(QAction *verify, QAction *rebuild);
    // Back up and Restore… beside Verify and Rebuild (the window's actions).
    void setBackupActions(QAction *backUp, QAction *restore);
    // index.verify for this account; its findings join the problems table.
    void verify();
    bool isVerifying() const { return m_verifying; }
    QString accountName() const { return m_name; }
    // True once account.get and the first page of messages have arrived.
    bool isLoaded() const { return m_loaded; }
    QString summaryText() const;

    MailboxesModel *mailboxesModel() const { return m_mailboxes; }
    MessagesModel *messagesModel() const { return m_messages; }
    FindingsModel *findingsModel() const { return m_findings; }

signals:
    void loaded();
    void failed(const QString &message);
    void verified(int problems); // -1 when the verify failed

private:
    void applyAccount(const QJsonObject &result);
    void selectMailbox(int row);
    void updateMessagesTitle();
    void applyFindings();
    void setHealth(int problems, const QString &worstSeverity);
    void markLoaded();
    void fitPanes();
    void copySummary();

    std::unique_ptr<Ui::AccountPage> m_ui;
    AgentClient *m_client;
    MailboxesModel *m_mailboxes;
    MessagesModel *m_messages;
    FindingsModel *m_findings;
    QString m_name;
    QString m_host;
    QString m_agentVersion;
    QJsonObject m_result;
    QJsonArray m_verifyFindings;
    qint64 m_verifiedAt = 0;
    bool m_verifying = false;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace mailstore::app
