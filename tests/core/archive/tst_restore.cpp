// SPDX-License-Identifier: GPL-3.0-or-later
// Restores that should succeed: the whole account into a fresh store (same bytes, names,
// mtimes, UIDs, UIDVALIDITY, flags, keywords, subscriptions), a second run that writes
// nothing, mailbox and date selections, another account, new folders, an incremental.
#include "restorefixture.h"

#include "core/archive/backupcatalog.h"

using namespace mailstore::core;
using namespace mailstore::core::archive;
using restorefixture::messages;
using restorefixture::request;

class TestRestore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeAccountRoundTrip();
    void secondRunWritesNothing();
    void mailboxAndDateSelection();
    void intoAnotherAccountUnderNewFolders();
    void fromIncrementalInAChain();
    void extractMessageBytes();
    void cancelledBeforeWriting();
    void cancelledMidwayThenFinished();
};

namespace {

struct Setup {
    QTemporaryDir tmp;
    std::string root, target, id;
    maildir::AccountLocation account;
};

void backUp(Setup &s)
{
    s.root = fixture::tempRoot(s.tmp);
    s.account = backupfixture::makeAccount(s.root + "/store");
    s.target = s.root + "/target";
    QVERIFY(fixture::makeDir(s.target));
    auto made = createBackup(s.account, s.target, {false, 1800000000, 0, 3});
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    s.id = made->entry.id;
}

} // namespace

void TestRestore::wholeAccountRoundTrip()
{
    Setup s;
    backUp(s);
    const std::string into = s.root + "/fresh/alice/Maildir"; // nothing of it exists yet
    const std::string journal = s.root + "/state/restores";
    auto report = restoreBackup(request(s.target, s.id, into, journal));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, 6u);
    QCOMPARE(report->alreadyPresent, 0u);
    QCOMPARE(report->bytes, 11u + 12 + 6 + 12 + 70000 + 9);
    QCOMPARE(report->uidsKept, 5u); // the new/ message had no UID: it gets the next one
    QCOMPARE(report->uidsNew, 1u);
    QVERIFY(!report->resumed);
    QVERIFY(!report->plan.live);
    QCOMPARE(report->plan.archives, std::vector<std::string>{s.id});

    // Same names, bytes and mtimes in the same folders.
    QCOMPARE(messages(into), messages(s.account.maildir.string()));
    QCOMPARE(messages(into).size(), 6u);
    std::uint32_t validity = 0;
    const auto inbox = restorefixture::uids(into, &validity);
    QCOMPARE(validity, 1700000000u);
    QCOMPARE(inbox, (std::map<std::uint32_t, std::string>{{1, "1700000001.M1P1.host,S=11"},
                                                          {2, "1700000002.M2P1.host,S=12"},
                                                          {7, "1700000003.M3P1.host"},
                                                          {10, "1700000004.M4P1.host"}}));
    QCOMPARE(backupfixture::readBytes(into + "/dovecot-uidlist"),
             std::string("3 V1700000000 N11 G0123456789abcdef0123456789abcdef\n1 :1700000001.M1P1.host,S=11\n"
                         "2 :1700000002.M2P1.host,S=12\n7 :1700000003.M3P1.host\n10 :1700000004.M4P1.host\n"));
    const auto sent = restorefixture::uids(into + "/.Sent", &validity);
    QCOMPARE(validity, 1700000100u);
    QCOMPARE(sent, (std::map<std::uint32_t, std::string>{{1, "1700000005.M5P1.host"}, {2, "1700000006.M6P1.host"}}));
    QCOMPARE(backupfixture::readBytes(into + "/dovecot-keywords"), std::string("0 $Important\n1 work\n"));
    QCOMPARE(backupfixture::readBytes(into + "/subscriptions"), std::string("V\t2\n\nSent\n"));
    QVERIFY(QFile::exists(QString::fromStdString(into + "/.Sent/maildirfolder")));
    QCOMPARE(restorefixture::tmpFiles(into), 0);
    QCOMPARE(QDir(QString::fromStdString(journal)).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestRestore::secondRunWritesNothing()
{
    Setup s;
    backUp(s);
    const std::string into = s.root + "/fresh/alice/Maildir";
    auto first = restoreBackup(request(s.target, s.id, into, s.root + "/j"));
    QVERIFY(first);
    const auto before = messages(into);
    const std::string uidlist = backupfixture::readBytes(into + "/dovecot-uidlist");
    auto plan = planRestore(request(s.target, s.id, into, s.root + "/j"));
    QVERIFY(plan);
    QCOMPARE(plan->messages, 0u);
    QCOMPARE(plan->alreadyPresent, 6u);
    auto second = restoreBackup(request(s.target, s.id, into, s.root + "/j"));
    QVERIFY2(second, second ? "" : second.error().detail.c_str());
    QCOMPARE(second->restored, 0u);
    QCOMPARE(second->alreadyPresent, 6u);
    QCOMPARE(messages(into), before);
    QCOMPARE(backupfixture::readBytes(into + "/dovecot-uidlist"), uidlist);
    // Into the very account it came from: everything is already there.
    auto self = restoreBackup(request(s.target, s.id, s.account.maildir.string(), s.root + "/j"));
    QVERIFY(self);
    QCOMPARE(self->restored, 0u);
    QCOMPARE(self->alreadyPresent, 6u);
    QVERIFY(!self->plan.live);

    // A lost folder comes back into the live account, subscribed as it was.
    QVERIFY(QDir(QString::fromStdString(into + "/.Sent")).removeRecursively());
    QVERIFY(fixture::writeFile(into + "/subscriptions", "V\t2\n\nOther\n"));
    auto lost = restoreBackup(request(s.target, s.id, into, s.root + "/j"));
    QVERIFY2(lost, lost ? "" : lost.error().detail.c_str());
    QCOMPARE(lost->restored, 2u);
    QCOMPARE(lost->alreadyPresent, 4u);
    QCOMPARE(messages(into), before);
    QCOMPARE(backupfixture::readBytes(into + "/subscriptions"), std::string("V\t2\n\nOther\nSent\n"));
}

void TestRestore::mailboxAndDateSelection()
{
    Setup s;
    backUp(s);
    const std::string into = s.root + "/fresh/alice/Maildir";
    auto r = request(s.target, s.id, into, {});
    r.select.mailbox = "Sent";
    auto sent = restoreBackup(r);
    QVERIFY2(sent, sent ? "" : sent.error().detail.c_str());
    QCOMPARE(sent->restored, 2u);
    QCOMPARE(sent->plan.mailboxes.size(), 1u);
    QCOMPARE(sent->plan.mailboxes[0].target, std::string("Sent"));
    QCOMPARE(messages(into).size(), 2u);
    QVERIFY(messages(into).contains(".Sent/cur/1700000006.M6P1.host:2,RS"));
    // Not the whole account: only the folder it made is subscribed.
    QCOMPARE(backupfixture::readBytes(into + "/subscriptions"), std::string("V\t2\n\nSent\n"));

    const std::string dated = s.root + "/dated/alice/Maildir";
    auto d = request(s.target, s.id, dated, {});
    d.select.since = 1700000002;
    d.select.until = 1700000005; // not included
    auto range = restoreBackup(d);
    QVERIFY2(range, range ? "" : range.error().detail.c_str());
    QCOMPARE(range->restored, 3u);
    QCOMPARE(messages(dated).size(), 3u);
    QVERIFY(messages(dated).contains("cur/1700000002.M2P1.host,S=12:2,FSa"));
    QVERIFY(messages(dated).contains("new/1700000004.M4P1.host"));
    QVERIFY(!QFile::exists(QString::fromStdString(dated + "/.Sent"))); // nothing of it in the range
    QCOMPARE(restorefixture::uids(dated), (std::map<std::uint32_t, std::string>{{2, "1700000002.M2P1.host,S=12"},
                                                                                {7, "1700000003.M3P1.host"},
                                                                                {10, "1700000004.M4P1.host"}}));

    auto bad = request(s.target, s.id, dated, {});
    bad.select.mailbox = "Nope";
    QCOMPARE(planRestore(bad).error().code, ErrorCode::InvalidArgument);
    bad.select.mailbox.clear();
    bad.toFolder = "a.b";
    QCOMPARE(planRestore(bad).error().code, ErrorCode::InvalidArgument);
    bad.toFolder = "INBOX";
    QCOMPARE(planRestore(bad).error().code, ErrorCode::InvalidArgument);
    bad.toFolder.clear();
    bad.backupId = "20300101T000000Z-00000000";
    QCOMPARE(planRestore(bad).error().code, ErrorCode::NotFound);
}

void TestRestore::intoAnotherAccountUnderNewFolders()
{
    Setup s;
    backUp(s);
    const std::string bob = s.root + "/store/bob/Maildir";
    QVERIFY(fixture::makeMaildir(bob));
    QVERIFY(fixture::writeFile(bob + "/cur/1600000000.M9P9.host:2,S", "bob's own\n", 1600000000));
    QVERIFY(fixture::writeFile(bob + "/dovecot-uidlist", "3 V1600000000 N2\n1 :1600000000.M9P9.host\n"));
    QVERIFY(fixture::writeFile(bob + "/subscriptions", "V\t2\n\nTrash\n"));

    auto one = request(s.target, s.id, bob, {});
    one.select.mailbox = "INBOX";
    one.toFolder = "Restored 2026-11-28";
    auto r1 = restoreBackup(one);
    QVERIFY2(r1, r1 ? "" : r1.error().detail.c_str());
    QCOMPARE(r1->restored, 4u);
    QCOMPARE(r1->plan.mailboxes[0].target, std::string("Restored 2026-11-28"));
    QVERIFY(!r1->plan.live);
    std::uint32_t validity = 0;
    const auto folder = restorefixture::uids(bob + "/.Restored 2026-11-28", &validity);
    QCOMPARE(folder.size(), 4u);
    QCOMPARE(folder.begin()->first, 1u);
    QCOMPARE(folder.rbegin()->first, 4u);
    QVERIFY(validity != 1700000000u);
    QCOMPARE(r1->uidsNew, 4u);
    QCOMPARE(backupfixture::readBytes(bob + "/cur/1600000000.M9P9.host:2,S"), std::string("bob's own\n"));
    QCOMPARE(restorefixture::uids(bob).size(), 1u);

    auto several = request(s.target, s.id, bob, {});
    several.toFolder = "Old";
    auto r2 = restoreBackup(several);
    QVERIFY2(r2, r2 ? "" : r2.error().detail.c_str());
    QCOMPARE(r2->restored, 6u);
    QCOMPARE(r2->plan.mailboxes[0].target, std::string("Old/INBOX"));
    QCOMPARE(r2->plan.mailboxes[1].target, std::string("Old/Sent"));
    QCOMPARE(restorefixture::uids(bob + "/.Old.INBOX").size(), 4u);
    QCOMPARE(restorefixture::uids(bob + "/.Old.Sent").size(), 2u);
    QCOMPARE(backupfixture::readBytes(bob + "/.Old.Sent/cur/1700000005.M5P1.host:2,S"), std::string(70000, 'x'));
    // Keyword letters go with their keywords file.
    QCOMPARE(backupfixture::readBytes(bob + "/.Old.INBOX/dovecot-keywords"), std::string("0 $Important\n1 work\n"));
    QCOMPARE(backupfixture::readBytes(bob + "/subscriptions"),
             std::string("V\t2\n\nTrash\nRestored 2026-11-28\nOld\tINBOX\nOld\tSent\n"));
}

void TestRestore::fromIncrementalInAChain()
{
    Setup s;
    backUp(s);
    const std::string md = s.account.maildir.string();
    QVERIFY(fixture::writeFile(md + "/.Sent/cur/1700000007.M7P1.host:2,S", "added later\n", 1700000007));
    QVERIFY(std::rename((md + "/cur/1700000003.M3P1.host:2,").c_str(), (md + "/cur/1700000003.M3P1.host:2,S").c_str()) == 0);
    auto incr = createBackup(s.account, s.target, {true, 1800000100, 0, 3});
    QVERIFY2(incr, incr ? "" : incr.error().detail.c_str());
    QVERIFY(incr->incremental);
    const std::string into = s.root + "/fresh/alice/Maildir";
    auto report = restoreBackup(request(s.target, incr->entry.id, into, {}));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, 7u);
    QCOMPARE(report->plan.archives, (std::vector<std::string>{s.id, incr->entry.id}));
    QCOMPARE(messages(into), messages(md));
}

void TestRestore::extractMessageBytes()
{
    Setup s;
    backUp(s);
    const std::string out = s.root + "/one.eml";
    const auto m = readBackupManifest(s.target, s.id);
    QVERIFY(m);
    for (std::size_t i = 0; i < m->messages.size(); ++i) {
        QVERIFY(extractMessage(s.target, s.id, i, out));
        const auto &msg = m->messages[i];
        const std::string dir = m->mailboxes[msg.mailbox].dirName;
        QCOMPARE(backupfixture::readBytes(out), backupfixture::readBytes(s.account.maildir.string() + "/"
                                                                         + (dir.empty() ? "" : dir + "/")
                                                                         + (msg.inNew ? "new/" : "cur/") + msg.fileName));
    }
    // From the ancestor an incremental refers to.
    auto incr = createBackup(s.account, s.target, {true, 1800000100, 0, 3});
    QVERIFY(incr);
    QVERIFY(extractMessage(s.target, incr->entry.id, 4, out));
    QCOMPARE(backupfixture::readBytes(out), std::string(70000, 'x'));
    QCOMPARE(extractMessage(s.target, s.id, 6, out).error().code, ErrorCode::NotFound);
    QCOMPARE(QDir(QString::fromStdString(s.root)).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left
}

void TestRestore::cancelledBeforeWriting()
{
    Setup s;
    backUp(s);
    const std::string into = s.root + "/fresh/alice/Maildir";
    std::atomic<bool> cancel{true};
    RestoreOptions options;
    options.cancel = &cancel;
    auto report = restoreBackup(request(s.target, s.id, into, {}), options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(QString::fromStdString(s.root + "/fresh")));
}

void TestRestore::cancelledMidwayThenFinished()
{
    Setup s;
    backUp(s);
    const std::string into = s.root + "/fresh/alice/Maildir";
    std::atomic<bool> cancel{false};
    RestoreOptions options;
    options.cancel = &cancel;
    options.batchMessages = 2;
    std::vector<RestoreProgress> seen;
    options.progress = [&](const RestoreProgress &p) {
        seen.push_back(p);
        if (p.messagesDone == 3)
            cancel = true; // after the first batch (2 messages) was committed
    };
    auto stopped = restoreBackup(request(s.target, s.id, into, s.root + "/j"), options);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QCOMPARE(messages(into).size(), 2u);
    QCOMPARE(restorefixture::tmpFiles(into), 0);
    QCOMPARE(restorefixture::uids(into).size(), 2u);

    seen.clear();
    options.cancel = nullptr;
    auto finished = restoreBackup(request(s.target, s.id, into, s.root + "/j"), options);
    QVERIFY2(finished, finished ? "" : finished.error().detail.c_str());
    QVERIFY(finished->resumed);
    QCOMPARE(finished->restored, 4u);
    QCOMPARE(finished->alreadyPresent, 2u);
    QCOMPARE(messages(into), messages(s.account.maildir.string()));
    QCOMPARE(restorefixture::uids(into), (std::map<std::uint32_t, std::string>{{1, "1700000001.M1P1.host,S=11"},
                                                                               {2, "1700000002.M2P1.host,S=12"},
                                                                               {7, "1700000003.M3P1.host"},
                                                                               {10, "1700000004.M4P1.host"}}));
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back().messagesDone, 6u);
    QCOMPARE(seen.back().messagesTotal, 6u);
    QCOMPARE(seen.back().bytesDone, seen.back().bytesTotal);
    QCOMPARE(seen.back().phase, std::string("done"));
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
