// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pages of RestoreWizard, one per question; the wizard holds the shared state.

#include <QJsonObject>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace mailstore::app {

class RestoreWizard;

// What: the account, one mailbox or all, an optional delivery date range.
class RestoreWhatPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreWhatPage(RestoreWizard *wizard);
    void initializePage() override;
    QString mailbox() const;      // empty = every mailbox
    qint64 since() const;         // unix s, 0 = no bound
    qint64 until() const;
    // Mailbox names of the backup (from a plan of everything), offered in the list.
    void setMailboxes(const QStringList &names);

private:
    RestoreWizard *m_wizard;
    QLabel *m_account;
    QComboBox *m_mailbox;
    QCheckBox *m_sinceCheck, *m_untilCheck;
    QDateEdit *m_since, *m_until;
};

// From which point: the backup chain of the account in the target, newest first.
class RestorePointPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePointPage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString backupId() const;
    void fill();

private:
    RestoreWizard *m_wizard;
    QTreeWidget *m_list;
    QLabel *m_note;
};

// Where to: the original account, a new folder, or another account.
class RestoreWherePage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreWherePage(RestoreWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QString intoAccount() const; // empty = the backup's own account
    QString toFolder() const;    // empty = the original mailboxes
    void chooseNewFolder();
    void chooseOtherAccount(const QString &name);

private:
    RestoreWizard *m_wizard;
    QRadioButton *m_original, *m_folder, *m_other;
    QLineEdit *m_folderName, *m_otherAccount;
};

// The agent's plan, and the typed confirmation when live mailboxes are written.
class RestorePreviewPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePreviewPage(RestoreWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QJsonObject plan() const { return m_plan; }
    bool isLive() const { return m_plan.value(QLatin1StringView("live")).toBool(); }
    QLineEdit *confirmField() const { return m_confirm; }
    QTreeWidget *mailboxesView() const { return m_mailboxes; }
    QString summaryText() const;
    void setStarting(bool starting);
    void showError(const QString &text);

private:
    void showPlan(const QJsonObject &plan);

    RestoreWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_mailboxes;
    QLabel *m_archives;
    QLabel *m_liveWarning;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QJsonObject m_plan;
    quint64 m_generation = 0;
    bool m_starting = false;
};

} // namespace mailstore::app
