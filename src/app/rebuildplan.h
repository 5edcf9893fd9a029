// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RebuildPlan: what `index.rebuild` reports (dry run or done) per account and mailbox,
// read once from JSON so the dialog, its tests and the summary agree on the counts.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailstore::app {

struct RebuildPlan {
    struct Mailbox {
        QString mailbox;
        qint64 uidValidity = 0;
        bool uidValidityKept = true; // false: clients download the mailbox again
        qint64 nextUid = 0;
        qint64 messages = 0;
        qint64 uidsKept = 0;
        qint64 uidsNew = 0;
        qint64 entriesDropped = 0;
        QStringList quarantined;
        bool uidlistWritten = false;
    };
    struct Account {
        QString name;
        QString quarantineDir;
        QString doveadm; // what the agent did or would do with doveadm, for people
        QList<Mailbox> mailboxes;
    };

    QList<Account> accounts;

    // `{"reports": [AccountRebuildReport…]}`
    static RebuildPlan fromJson(const QJsonObject &result);

    int mailboxCount() const;
    int fileCount() const; // files that go (or went) to quarantine
    qint64 messages() const;
    qint64 uidsKept() const;
    qint64 uidsNew() const;
    qint64 entriesDropped() const;
    // Accounts with a mailbox that gets a new UIDVALIDITY.
    QStringList accountsWithNewUidValidity() const;
    bool isEmpty() const { return mailboxCount() == 0; }
};

} // namespace mailstore::app
