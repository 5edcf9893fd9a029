// SPDX-License-Identifier: GPL-3.0-or-later
// The rebuild on real Maildir trees: what it writes, what it moves, what it never
// touches (message files, their mtimes, dovecot-keywords), and that a dry run and a
// held Dovecot lock change nothing.
#include "core/dovecot/uidlist.h"
#include "core/integrity/indexrebuild.h"
#include "core/integrity/integrityscan.h"
#include "maildirfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTest>

using namespace mailstore::core;
using namespace fixture;

namespace {
// Every file under dir (except the quarantine) with its content hash and mtime.
QMap<QString, QString> snapshot(const QString &dir, const QStringList &skip = {})
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (std::any_of(skip.begin(), skip.end(), [&](const QString &s) { return p.contains(s); }))
            continue;
        QFile f(p);
        f.open(QIODevice::ReadOnly);
        out.insert(p.mid(dir.size()), QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
                                          + QLatin1Char('@') + QString::number(QFileInfo(p).lastModified().toSecsSinceEpoch()));
    }
    return out;
}
} // namespace

class TestIndexRebuild : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void garbageLineIsRepairedKeepingUids();
    void dryRunChangesNothing();
    void damagedLogGoesToQuarantineNotAway();
    void staleTmpFilesAreMovedAside();
    void heldLockIsRespected();
    void healthyAccountIsLeftAlone();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::string m_md;
    maildir::AccountLocation m_loc;
    std::string inbox() const { return m_md; }
};

void TestIndexRebuild::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    const std::string root = tempRoot(*m_tmp);
    m_md = root + "/example.org/alice/Maildir";
    QVERIFY(makeMaildir(m_md));
    std::string uidlist = "3 V1700000000 N11 G0123456789abcdef0123456789abcdef\n";
    for (int i = 1; i <= 10; ++i) {
        const std::string base = std::to_string(1700000000 + i) + ".M" + std::to_string(i) + "P1.host,S=5";
        QVERIFY(writeFile(m_md + "/cur/" + base + ":2,S" + (i % 3 == 0 ? "a" : ""), "hello", 1700000000 + i));
        uidlist += std::to_string(i) + " :" + base + "\n";
    }
    QVERIFY(writeFile(m_md + "/dovecot-uidlist", uidlist));
    QVERIFY(writeFile(m_md + "/dovecot-keywords", "0 $Junk\n"));
    m_loc = maildir::AccountLocation{"alice@example.org", "alice", "example.org", m_md};
}

void TestIndexRebuild::garbageLineIsRepairedKeepingUids()
{
    QFile f(QString::fromStdString(m_md + "/dovecot-uidlist"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    lines.insert(5, "@@ garbage @@");
    QVERIFY(writeFile(m_md + "/dovecot-uidlist", lines.join('\n').toStdString()));
    const auto before = snapshot(QString::fromStdString(m_md), {QStringLiteral("dovecot-uidlist")});

    const auto findings = integrity::scanAccountIndex(m_loc);
    QCOMPARE(countFindings(findings, integrity::code::UidlistBadLine), 1);

    integrity::RebuildOptions opt;
    opt.now = 1800000000;
    auto report = integrity::rebuildAccountIndex(m_loc, {}, opt);
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->mailboxes.size(), size_t(1));
    const auto &box = report->mailboxes.front();
    QVERIFY(box.uidlistWritten);
    QCOMPARE(box.uidsKept, size_t(10));
    QCOMPARE(box.uidsNew, size_t(0));
    QCOMPARE(box.uidValidity, 1700000000u);

    auto list = dovecot::readUidlist(m_md);
    QVERIFY(list);
    QVERIFY(list->issues.empty());
    QCOMPARE(list->records.size(), size_t(10));
    for (std::size_t i = 0; i < 10; ++i)
        QCOMPARE(list->records[i].uid, std::uint32_t(i + 1));
    QCOMPARE(list->guid, std::string("0123456789abcdef0123456789abcdef"));
    QVERIFY(!QFile::exists(QString::fromStdString(m_md + "/dovecot-uidlist.lock")));
    // Messages, their mtimes and the keywords file: untouched.
    QCOMPARE(snapshot(QString::fromStdString(m_md), {QStringLiteral("dovecot-uidlist")}), before);
    QVERIFY(integrity::scanAccountIndex(m_loc).empty());
}

void TestIndexRebuild::dryRunChangesNothing()
{
    QVERIFY(writeFile(m_md + "/dovecot-uidlist", "3 V1700000000 N11\n1 :1700000001.M1P1.host,S=5\nbroken\n"));
    const auto before = snapshot(m_tmp->path());
    integrity::RebuildOptions opt;
    opt.dryRun = true;
    auto report = integrity::rebuildAccountIndex(m_loc, {}, opt);
    QVERIFY(report);
    QCOMPARE(report->mailboxes.front().uidsKept, size_t(1));
    QCOMPARE(report->mailboxes.front().uidsNew, size_t(9));
    QVERIFY(report->mailboxes.front().uidlistWritten); // "would be written"
    QCOMPARE(snapshot(m_tmp->path()), before);
}

void TestIndexRebuild::damagedLogGoesToQuarantineNotAway()
{
    QVERIFY(writeFile(m_md + "/dovecot.index.log", std::string("\x01\x03\x28\x00garbage", 11)));
    auto report = integrity::rebuildAccountIndex(m_loc, {}, {});
    QVERIFY(report);
    const auto &box = report->mailboxes.front();
    QCOMPARE(box.quarantined.size(), size_t(1));
    QVERIFY(!QFile::exists(QString::fromStdString(m_md + "/dovecot.index.log")));
    QVERIFY(QFile::exists(QString::fromStdString(box.quarantined.front().string())));
    QVERIFY(box.quarantined.front().string().starts_with(m_md.substr(0, m_md.size() - 8) + "/mailstore-quarantine/"));
    QVERIFY(!box.uidlistWritten); // the uidlist was fine: left alone
}

void TestIndexRebuild::staleTmpFilesAreMovedAside()
{
    QVERIFY(writeFile(m_md + "/tmp/1600000000.M1P9.host", "partial", 1600000000));
    QVERIFY(writeFile(m_md + "/tmp/fresh.M1P9.host", "in progress")); // a delivery right now
    QCOMPARE(countFindings(integrity::scanAccountIndex(m_loc), integrity::code::TmpStaleFile), 1);
    auto report = integrity::rebuildAccountIndex(m_loc, {}, {});
    QVERIFY(report);
    QVERIFY(!QFile::exists(QString::fromStdString(m_md + "/tmp/1600000000.M1P9.host")));
    QVERIFY(QFile::exists(QString::fromStdString(m_md + "/tmp/fresh.M1P9.host")));
    QVERIFY(integrity::scanAccountIndex(m_loc).empty());
}

void TestIndexRebuild::heldLockIsRespected()
{
    QVERIFY(writeFile(m_md + "/dovecot-uidlist", "3 V1700000000 N11\nbroken\n"));
    // A live holder: this process's own pid, as a running Dovecot would write it.
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    QVERIFY(writeFile(m_md + "/dovecot-uidlist.lock", std::to_string(::getpid()) + ":" + host));
    const auto box = maildir::listMailboxes(m_md)->front();
    auto r = integrity::rebuildMailboxIndex(box, m_tmp->path().toStdString() + "/q", {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY(QFile::exists(QString::fromStdString(m_md + "/dovecot-uidlist.lock"))); // not ours: kept
}

void TestIndexRebuild::healthyAccountIsLeftAlone()
{
    const auto before = snapshot(m_tmp->path());
    auto report = integrity::rebuildAccountIndex(m_loc, {}, {});
    QVERIFY(report);
    QVERIFY(report->mailboxes.empty());
    QCOMPARE(snapshot(m_tmp->path()), before);
}

QTEST_GUILESS_MAIN(TestIndexRebuild)
#include "tst_indexrebuild.moc"
