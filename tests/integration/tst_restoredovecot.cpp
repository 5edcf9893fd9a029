// SPDX-License-Identifier: GPL-3.0-or-later
// Restore against a real Dovecot: an account Dovecot manages (messages APPENDed over IMAP
// with flags, keywords, old internal dates, expunges) is backed up, restored into a fresh
// store served by a fresh Dovecot, and IMAP must show the same messages byte for byte,
// the same UIDs, UIDVALIDITY, UIDNEXT, flags and keywords, and the same INTERNALDATEs.
#include "dovecotserver.h"
#include "seedmail.h"
#include "core/archive/backupwriter.h"
#include "core/archive/restore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace integration;
namespace ar = mailstore::core::archive;

class TestRestoreDovecot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughImap();
};

namespace {

const QStringList Mailboxes{u"INBOX"_s, u"Archive"_s};

struct Message {
    QStringList flags;
    QByteArray body, internalDate;
    bool operator==(const Message &) const = default;
};

struct FullView {
    SelectInfo select;
    QMap<quint32, Message> byUid;
    QString error;
};

// SELECT and UID FETCH of every message's flags, date and whole body (BODY.PEEK[]).
FullView fullView(quint16 port, const QString &mailbox)
{
    FullView v;
    ImapClient c;
    if (auto r = c.connectTo(port); !r)
        return v.error = r.error(), v;
    if (auto r = c.login(u"alice"_s, DovecotServer::password()); !r)
        return v.error = r.error(), v;
    auto sel = c.select(mailbox);
    if (!sel)
        return v.error = sel.error(), v;
    v.select = *sel;
    auto lines = c.command("UID FETCH 1:* (UID FLAGS INTERNALDATE BODY.PEEK[])");
    if (!lines)
        return v.error = lines.error(), v;
    for (const QByteArray &line : std::as_const(*lines)) {
        const QList<ImapValue> parsed = ImapClient::parse(line);
        if (parsed.size() < 4 || !parsed.at(3).isList)
            continue;
        quint32 uid = 0;
        Message m;
        const auto &kv = parsed.at(3).items;
        for (qsizetype k = 0; k + 1 < kv.size(); k += 2) {
            const QByteArray name = kv.at(k).text.toUpper();
            if (name == "UID")
                uid = kv.at(k + 1).text.toUInt();
            else if (name == "FLAGS")
                for (const ImapValue &f : kv.at(k + 1).items)
                    m.flags << QString::fromUtf8(f.text);
            else if (name == "INTERNALDATE")
                m.internalDate = kv.at(k + 1).text;
            else if (name.startsWith("BODY["))
                m.body = kv.at(k + 1).text;
        }
        m.flags = storedFlags(m.flags);
        v.byUid.insert(uid, m);
    }
    c.logout();
    return v;
}

} // namespace

void TestRestoreDovecot::roundTripThroughImap()
{
    if (DovecotServer::dovecotBinary().isEmpty())
        QFAIL("dovecot is not installed: run installer/install-deps.sh");
    QHash<QString, FullView> before;
    QTemporaryDir targetDir;
    const std::string target = QFile::encodeName(targetDir.path()).toStdString();
    std::string backupId;
    {
        DovecotServer source;
        QString error;
        QVERIFY2(source.start(&error), qPrintable(error));
        auto seeded = seedMailboxes(source, u"alice"_s);
        QVERIFY2(seeded, qPrintable(errorText(seeded)));
        for (const QString &box : Mailboxes) {
            before[box] = fullView(source.port(), box);
            QVERIFY2(before[box].error.isEmpty(), qPrintable(before[box].error));
        }
        QCOMPARE(before[u"INBOX"_s].byUid.size(), SeedInboxAppends - 3);
        QCOMPARE(before[u"Archive"_s].byUid.size(), SeedArchiveAppends);
        // Backed up while Dovecot serves the account, as on a live host.
        const mailstore::core::maildir::AccountLocation alice{
            "alice", "alice", "", QFile::encodeName(source.maildirOf(u"alice"_s)).toStdString()};
        auto made = ar::createBackup(alice, target);
        QVERIFY2(made, made ? "" : made.error().detail.c_str());
        backupId = made->entry.id;
        QVERIFY(source.stop(&error));
    }

    DovecotServer fresh;
    QVERIFY(!QFile::exists(fresh.maildirOf(u"alice"_s)));
    ar::RestoreRequest request;
    request.target = target;
    request.backupId = backupId;
    request.into = {"alice", "alice", "", QFile::encodeName(fresh.maildirOf(u"alice"_s)).toStdString()};
    request.journalDir = (QFile::encodeName(targetDir.path()) + "/restores").toStdString();
    auto report = ar::restoreBackup(request);
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, quint64(SeedInboxAppends - 3 + SeedArchiveAppends));
    QCOMPARE(report->uidsNew, 0u);
    QString error;
    QVERIFY2(fresh.fixPermissions(&error), qPrintable(error));
    QVERIFY2(fresh.start(&error), qPrintable(error));
    for (const QString &box : Mailboxes) {
        const FullView after = fullView(fresh.port(), box);
        QVERIFY2(after.error.isEmpty(), qPrintable(box + u": "_s + after.error));
        QCOMPARE(after.select.uidValidity, before[box].select.uidValidity);
        QCOMPARE(after.select.uidNext, before[box].select.uidNext);
        QCOMPARE(after.byUid.keys(), before[box].byUid.keys());
        for (auto it = before[box].byUid.cbegin(); it != before[box].byUid.cend(); ++it) {
            const Message &now = after.byUid[it.key()];
            QCOMPARE(now.body, it.value().body);
            QCOMPARE(now.flags, it.value().flags);
            QCOMPARE(now.internalDate, it.value().internalDate);
        }
    }
    // Keywords really came back (the seed sets $Junk and projectx on some messages).
    bool sawKeyword = false;
    for (const auto &m : fullView(fresh.port(), u"INBOX"_s).byUid)
        sawKeyword = sawKeyword || m.flags.contains(u"projectx"_s) || m.flags.contains(u"$Junk"_s);
    QVERIFY(sawKeyword);
    QVERIFY(fresh.stop(&error));
}

QTEST_GUILESS_MAIN(TestRestoreDovecot)
#include "tst_restoredovecot.moc"
