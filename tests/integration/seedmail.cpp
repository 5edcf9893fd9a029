// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedmail.h"

#include "dovecotserver.h"

#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace integration {

namespace {

QByteArray message(const QByteArray &box, int i)
{
    const QByteArray id = "<" + box + '-' + QByteArray::number(i) + "@seed.mailstore.test>";
    QByteArray m = "From: Sender " + QByteArray::number(i) + " <s" + QByteArray::number(i) + "@example.org>\r\n"
                   "To: alice@example.org\r\n"
                   "Date: Mon, 1 Jan 2024 10:" + QByteArray::number(10 + i % 50) + ":00 +0000\r\n"
                   "Message-ID: " + id + "\r\n";
    if (i % 4 == 1)
        m += "Subject: =?UTF-8?B?R3LDvMOfZQ==?= " + QByteArray::number(i) + "\r\n";
    else
        m += "Subject: message " + QByteArray::number(i) + " in " + box + "\r\n";
    if (i % 3 == 2) {
        // Multipart, so Dovecot has a real body structure to cache.
        m += "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n"
             "--b" + QByteArray::number(i) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPart one.\r\n"
             "--b" + QByteArray::number(i) + "\r\nContent-Type: application/octet-stream\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n" + QByteArray(40 * i, 'x').toBase64() + "\r\n"
             "--b" + QByteArray::number(i) + "--\r\n";
    } else {
        m += "\r\nBody of message " + QByteArray::number(i) + ".\r\n" + QByteArray(60 * i, 'y') + "\r\n";
    }
    return m;
}

QStringList flagsFor(int i)
{
    QStringList f;
    if (i % 2 == 0)
        f << u"\\Seen"_s;
    if (i % 5 == 0)
        f << u"\\Flagged"_s;
    if (i % 7 == 3)
        f << u"\\Answered"_s;
    if (i == 9)
        f << u"\\Draft"_s;
    if (i % 3 == 0)
        f << u"$Junk"_s;
    if (i >= 10 && i < 16)
        f << u"projectx"_s;
    return f;
}

} // namespace

QStringList storedFlags(const QStringList &flags)
{
    QStringList out = flags;
    out.removeAll(u"\\Recent"_s);
    out.sort();
    return out;
}

ImapResult<void> seedMailboxes(const DovecotServer &server, const QString &user)
{
    ImapClient c;
    if (auto r = c.connectTo(server.port()); !r)
        return r;
    if (auto r = c.login(user, DovecotServer::password()); !r)
        return r;
    if (auto r = c.create(u"Archive"_s); !r)
        return r;
    const QDateTime old(QDate(2023, 6, 1), QTime(8, 30), Qt::UTC);
    for (int i = 0; i < SeedInboxAppends; ++i) {
        const QDateTime date = i % 4 == 0 ? old.addDays(i) : QDateTime();
        if (auto r = c.append(u"INBOX"_s, message("inbox", i), flagsFor(i), date); !r)
            return r;
    }
    for (int i = 0; i < SeedArchiveAppends; ++i)
        if (auto r = c.append(u"Archive"_s, message("archive", i), flagsFor(i + 1), old.addDays(-i)); !r)
            return r;
    // Expunged UIDs leave gaps, so "kept its UID" cannot happen by renumbering luck.
    auto sel = c.select(u"INBOX"_s);
    if (!sel)
        return std::unexpected(sel.error());
    for (quint32 uid : {5u, 12u, 20u})
        if (auto r = c.uidStore(uid, u"+FLAGS.SILENT"_s, {u"\\Deleted"_s}); !r)
            return r;
    if (auto r = c.expunge(); !r)
        return r;
    // Fetching headers makes Dovecot create dovecot.index.cache with caching decisions.
    if (auto r = c.uidFetchAll(); !r)
        return std::unexpected(r.error());
    if (auto r = c.select(u"Archive"_s); !r)
        return std::unexpected(r.error());
    if (auto r = c.uidFetchAll(); !r)
        return std::unexpected(r.error());
    if (auto r = c.select(u"INBOX"_s); !r)
        return std::unexpected(r.error());
    // Grow INBOX's transaction log past rewrite_min_log_bytes (8 KiB) with flag changes
    // that cancel out: Dovecot then writes dovecot.index at the end of a sync.
    const QString index = server.maildirOf(user) + u"/dovecot.index"_s;
    const quint32 lastUid = sel->uidNext - 1;
    for (int round = 0; round < 200 && !QFile::exists(index); ++round) {
        if (auto r = c.uidStore(lastUid, u"+FLAGS.SILENT"_s, {u"\\Answered"_s}); !r)
            return r;
        if (auto r = c.uidStore(lastUid, u"-FLAGS.SILENT"_s, {u"\\Answered"_s}); !r)
            return r;
    }
    if (!QFile::exists(index))
        return std::unexpected(u"Dovecot did not write "_s + index + u" after 400 flag changes"_s);
    return c.logout();
}

MailboxView viewMailbox(quint16 port, const QString &user, const QString &mailbox)
{
    MailboxView v;
    ImapClient c;
    auto fail = [&](const QString &step, const QString &why) {
        v.error = step + u": "_s + why;
        return v;
    };
    if (auto r = c.connectTo(port); !r)
        return fail(u"connect"_s, r.error());
    if (auto r = c.login(user, DovecotServer::password()); !r)
        return fail(u"login"_s, r.error());
    auto sel = c.select(mailbox);
    if (!sel)
        return fail(u"SELECT "_s + mailbox, sel.error());
    v.select = *sel;
    if (sel->exists > 0) {
        auto msgs = c.uidFetchAll();
        if (!msgs)
            return fail(u"UID FETCH in "_s + mailbox, msgs.error());
        for (const FetchedMessage &m : std::as_const(*msgs)) {
            if (v.byMessageId.contains(m.messageId))
                return fail(u"UID FETCH in "_s + mailbox, u"Message-ID %1 twice"_s.arg(QString::fromUtf8(m.messageId)));
            v.byMessageId.insert(m.messageId, m);
        }
    }
    c.logout();
    return v;
}

} // namespace integration
