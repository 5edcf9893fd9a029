// SPDX-License-Identifier: GPL-3.0-or-later
// Backups that should succeed: full round trips (every message byte-identical, UIDs,
// flags, keywords, subscriptions in the manifest), incrementals after adds, deletes and
// re-flags, and a Maildir that changes while it is backed up.
#include "backupfixture.h"
#include "core/archive/backupcatalog.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/archive/livemessage.h"
#include "core/archive/manifest.h"
#include "core/archive/sha256.h"
#include "core/demo/demostore.h"
#include "core/maildir/account.h"

#include <QTest>

#include <cstdio>

using namespace mailstore::core;
using namespace mailstore::core::archive;

class TestBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullRoundTrip();
    void demoAccountRoundTrip();
    void incrementalStoresOnlyChanges();
    void renamedAndVanishedDuringBackup();
    void crashLeavesNothingListed();
};

namespace {

Manifest sidecar(const std::string &target, const std::string &id)
{
    auto m = parseManifest(backupfixture::readBytes(manifestPath(target, id).string()));
    return m ? *m : Manifest{};
}

const ManifestMessage *byName(const Manifest &m, std::string_view name)
{
    for (const auto &msg : m.messages)
        if (msg.fileName == name)
            return &msg;
    return nullptr;
}

} // namespace

void TestBackup::fullRoundTrip()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    const std::string target = root + "/target";
    QVERIFY(fixture::makeDir(target));
    auto made = createBackup(account, target, {false, 1800000000, 0, 3});
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    QCOMPARE(made->entry.messages, 6u);
    QCOMPARE(made->entry.stored, 6u);
    QCOMPARE(made->entry.bytes, 11u + 12 + 6 + 12 + 70000 + 9);
    QVERIFY(made->skipped.empty());

    const auto members = backupfixture::readMembers(made->archive.string());
    QCOMPARE(members.size(), 8u); // head, 6 messages, manifest
    const Manifest m = sidecar(target, made->entry.id);
    QCOMPARE(m.messages.size(), 6u);
    QCOMPARE(members.at(std::string(ManifestMemberName)), serializeManifest(m));
    QCOMPARE(m.account, std::string("alice"));
    QCOMPARE(m.subscriptions, std::string("V\t2\n\nSent\n"));
    QCOMPARE(m.mailboxes.size(), 2u);
    QCOMPARE(m.mailboxes[0].name, std::string("INBOX"));
    QCOMPARE(m.mailboxes[0].uidValidity, 1700000000u);
    QCOMPARE(m.mailboxes[0].nextUid, 10u);
    QCOMPARE(m.mailboxes[0].uidlistHeader, std::string("3 V1700000000 N10 G0123456789abcdef0123456789abcdef"));
    QCOMPARE(m.mailboxes[0].keywords[0], std::string("$Important"));
    QCOMPARE(m.mailboxes[0].keywords[1], std::string("work"));
    QCOMPARE(m.mailboxes[1].name, std::string("Sent"));
    QCOMPARE(m.mailboxes[1].uidValidity, 1700000100u);

    // Every message byte-identical, with its UID, flags, time and folder.
    for (std::size_t i = 0; i < m.messages.size(); ++i) {
        const auto &msg = m.messages[i];
        const std::string dir = m.mailboxes[msg.mailbox].dirName;
        const std::string path = account.maildir.string() + "/" + (dir.empty() ? "" : dir + "/")
            + (msg.inNew ? "new/" : "cur/") + msg.fileName;
        const std::string bytes = backupfixture::readBytes(path);
        QCOMPARE(members.at(messageMemberName(i)), bytes);
        QCOMPARE(msg.sha256, Sha256::hex(bytes));
        QCOMPARE(msg.size, bytes.size());
        QCOMPARE(msg.storedIn, made->entry.id);
    }
    QCOMPARE(byName(m, "1700000002.M2P1.host,S=12:2,FSa")->uid, 2u);
    QCOMPARE(byName(m, "1700000002.M2P1.host,S=12:2,FSa")->flags, std::string("FSa"));
    QCOMPARE(byName(m, "1700000003.M3P1.host:2,")->uid, 7u);
    QCOMPARE(byName(m, "1700000003.M3P1.host:2,")->flags, std::string());
    QCOMPARE(byName(m, "1700000004.M4P1.host")->uid, 0u); // not in the uidlist yet
    QVERIFY(byName(m, "1700000004.M4P1.host")->inNew);
    QCOMPARE(byName(m, "1700000005.M5P1.host:2,S")->mtime, 1700000005);

    auto report = verifyBackup(made->archive, {true, 1800000100});
    QVERIFY(report);
    QVERIFY(report->good());
    QCOMPARE(report->membersChecked, 6u);
    QVERIFY(report->chainChecked);
    auto catalog = readCatalog(target);
    QVERIFY(catalog);
    QCOMPARE(catalog->entries.size(), 1u);
    QCOMPARE(catalog->entries[0].lastVerified, 1800000100);
    QCOMPARE(catalog->entries[0].verifyState, VerifyState::Good);
    // The folder holds the archive, its manifest, the catalog and the lock file: no temp.
    QCOMPARE(QDir(QString::fromStdString(target)).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

void TestBackup::demoAccountRoundTrip()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    demo::DemoOptions options;
    options.accounts = 3;
    options.messageScale = 1.0;
    QVERIFY(demo::writeDemoStore(root + "/store", options));
    auto layout = maildir::MailLayout::parse(maildir::MailLayout::DefaultPattern);
    auto accounts = layout->discover(root + "/store");
    QVERIFY(accounts && !accounts->empty());
    // The account with the most mail, so the round trip covers many messages.
    const maildir::AccountLocation *best = nullptr;
    std::uint64_t most = 0;
    for (const auto &a : *accounts)
        if (auto d = maildir::scanAccount(a); d && d->summary.messages >= most) {
            most = d->summary.messages;
            best = &a;
        }
    QVERIFY(best);
    const auto &account = *best;
    const std::string target = root + "/t";
    QVERIFY(fixture::makeDir(target));
    auto made = createBackup(account, target);
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    QCOMPARE(made->entry.messages, most);
    QVERIFY(most > 20);
    const auto members = backupfixture::readMembers(made->archive.string());
    const Manifest m = sidecar(target, made->entry.id);
    std::uint64_t withUid = 0;
    for (std::size_t i = 0; i < m.messages.size(); ++i) {
        const auto &msg = m.messages[i];
        const std::string dir = m.mailboxes[msg.mailbox].dirName;
        const std::string path = account.maildir.string() + "/" + (dir.empty() ? "" : dir + "/")
            + (msg.inNew ? "new/" : "cur/") + msg.fileName;
        QCOMPARE(members.at(messageMemberName(i)), backupfixture::readBytes(path));
        withUid += msg.uid ? 1 : 0;
    }
    QCOMPARE(withUid, m.messages.size()); // the demo lists every message in its uidlist
    auto report = verifyBackup(made->archive);
    QVERIFY(report && report->good());
    QCOMPARE(report->membersChecked, m.messages.size());
}

void TestBackup::incrementalStoresOnlyChanges()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    const std::string md = account.maildir.string(), target = root + "/target";
    QVERIFY(fixture::makeDir(target));
    auto full = createBackup(account, target, {false, 1800000000, 0, 3});
    QVERIFY(full);

    // Add one, delete one, re-flag one (same bytes), and move new -> cur with flags.
    QVERIFY(fixture::writeFile(md + "/cur/1700000009.M9P1.host:2,", "added later\n", 1700000009));
    QCOMPARE(::unlink((md + "/.Sent/cur/1700000006.M6P1.host:2,RS").c_str()), 0);
    QCOMPARE(::rename((md + "/cur/1700000001.M1P1.host,S=11:2,S").c_str(),
                      (md + "/cur/1700000001.M1P1.host,S=11:2,FS").c_str()),
             0);
    QCOMPARE(::rename((md + "/new/1700000004.M4P1.host").c_str(), (md + "/cur/1700000004.M4P1.host:2,S").c_str()), 0);

    auto inc = createBackup(account, target, {true, 1800003600, 0, 3});
    QVERIFY2(inc, inc ? "" : inc.error().detail.c_str());
    QVERIFY(inc->incremental);
    QCOMPARE(inc->entry.parent, full->entry.id);
    QCOMPARE(inc->entry.messages, 6u); // 6 - 1 deleted + 1 added
    QCOMPARE(inc->entry.stored, 1u);   // only the added one: re-flagged bytes are the parent's
    QCOMPARE(inc->referenced, 5u);
    const Manifest m = sidecar(target, inc->entry.id);
    QCOMPARE(m.parent, full->entry.id);
    QCOMPARE(byName(m, "1700000009.M9P1.host:2,")->storedIn, inc->entry.id);
    const auto *reflagged = byName(m, "1700000001.M1P1.host,S=11:2,FS");
    QVERIFY(reflagged);
    QCOMPARE(reflagged->storedIn, full->entry.id);
    QCOMPARE(reflagged->flags, std::string("FS"));
    QCOMPARE(reflagged->uid, 1u);
    QVERIFY(!byName(m, "1700000006.M6P1.host:2,RS"));
    QVERIFY(!byName(m, "1700000001.M1P1.host,S=11:2,S"));
    const auto members = backupfixture::readMembers(inc->archive.string());
    QCOMPARE(members.size(), 3u); // head, the added message, manifest
    QCOMPARE(byName(m, "1700000004.M4P1.host:2,S")->storedIn, full->entry.id);
    QVERIFY(!byName(m, "1700000004.M4P1.host:2,S")->inNew);

    auto report = verifyBackup(inc->archive);
    QVERIFY(report);
    QVERIFY2(report->good(), report->problems.empty() ? "" : report->problems[0].detail.c_str());
    QVERIFY(report->chainChecked);
    auto catalog = readCatalog(target);
    auto chain = catalog->chain(inc->entry.id);
    QVERIFY(chain);
    QCOMPARE(chain->size(), 2u);

    // Chain broken: the parent's archive is gone.
    QCOMPARE(::unlink(archivePath(target, full->entry.id).c_str()), 0);
    report = verifyBackup(inc->archive);
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 1u);
    QCOMPARE(report->problems[0].problem, ArchiveProblem::ChainBroken);
    QCOMPARE(report->problems[0].member, full->entry.id);
    QCOMPARE(readCatalog(target)->find(inc->entry.id)->verifyState, VerifyState::Corrupt);
}

void TestBackup::renamedAndVanishedDuringBackup()
{
    // The snapshot lists names; the writer then finds one renamed and one expunged.
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    const std::string md = account.maildir.string();
    LiveMailbox box(md);
    QCOMPARE(::rename((md + "/new/1700000004.M4P1.host").c_str(), (md + "/cur/1700000004.M4P1.host:2,S").c_str()), 0);
    auto moved = box.open(true, "1700000004.M4P1.host", "1700000004.M4P1.host");
    QVERIFY(moved);
    QCOMPARE(moved->fileName, std::string("1700000004.M4P1.host:2,S"));
    QVERIFY(!moved->inNew);
    ::close(moved->fd);
    QCOMPARE(::rename((md + "/cur/1700000004.M4P1.host:2,S").c_str(), (md + "/cur/1700000004.M4P1.host:2,RS").c_str()),
             0);
    moved = box.open(false, "1700000004.M4P1.host:2,S", "1700000004.M4P1.host"); // stale cache, then rescan
    QVERIFY(moved);
    QCOMPARE(moved->fileName, std::string("1700000004.M4P1.host:2,RS"));
    ::close(moved->fd);
    QCOMPARE(::unlink((md + "/cur/1700000003.M3P1.host:2,").c_str()), 0);
    auto gone = box.open(false, "1700000003.M3P1.host:2,", "1700000003.M3P1.host");
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestBackup::crashLeavesNothingListed()
{
    // A target that cannot take the archive: the backup fails, no temp file and no
    // catalog entry remain.
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    auto notFolder = createBackup(account, root + "/store/alice/Maildir/subscriptions");
    QVERIFY(!notFolder);
    QCOMPARE(notFolder.error().code, ErrorCode::InvalidArgument);
    const std::string target = root + "/ro";
    QVERIFY(fixture::makeDir(target));
    const auto result = fixture::runUnprivileged([&]() -> std::string {
        ::chmod(target.c_str(), 0555);
        auto r = createBackup(account, target);
        return r ? "made" : std::string(errorCodeName(r.error().code));
    });
    ::chmod(target.c_str(), 0755);
    QVERIFY(result);
    QCOMPARE(*result, std::string("permission-denied"));
    QCOMPARE(QDir(QString::fromStdString(target)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             0);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
