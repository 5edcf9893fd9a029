// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test mail put into a live Dovecot over IMAP, and what IMAP clients see of it
// afterwards: the before/after picture the repair tests compare, keyed by Message-ID.

#include "imapclient.h"

#include <QHash>
#include <QString>

namespace integration {

class DovecotServer;

inline constexpr int SeedInboxAppends = 32;   // 3 of them expunged again: UID gaps
inline constexpr int SeedArchiveAppends = 10;

// Logs in as user, creates "Archive", APPENDs varied messages (sizes, MIME, flags \Seen
// \Flagged \Answered \Draft, keywords $Junk and projectx, old internal dates) and
// expunges a few. Then keeps changing a flag back and forth until Dovecot has written
// dovecot.index for INBOX: a small mailbox otherwise only has dovecot.index.log (it is
// written once the log outgrows 8 KiB), and several damage cases need the index.
ImapResult<void> seedMailboxes(const DovecotServer &server, const QString &user);

struct MailboxView {
    SelectInfo select;
    QHash<QByteArray, FetchedMessage> byMessageId;
    QString error; // non-empty: login/SELECT/FETCH failed (e.g. damaged index)
};

// One IMAP session: SELECT mailbox and UID FETCH everything.
MailboxView viewMailbox(quint16 port, const QString &user, const QString &mailbox);

// Flags minus \Recent (which depends on who looked first, not on the stored state), sorted.
QStringList storedFlags(const QStringList &flags);

} // namespace integration
