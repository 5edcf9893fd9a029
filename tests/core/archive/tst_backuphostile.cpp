// SPDX-License-Identifier: GPL-3.0-or-later
// Crafted hostile archives (R10, R11): each is refused with its reason, and reading them
// writes nothing anywhere (the folder holding the archive is unchanged afterwards).
#include "backupfixture.h"
#include "core/archive/archivereader.h"
#include "core/archive/backupverifier.h"
#include "core/archive/manifest.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace mailstore::core;
using namespace mailstore::core::archive;
using backupfixture::Member;

Q_DECLARE_METATYPE(std::vector<backupfixture::Member>)

class TestBackupHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refused_data();
    void refused();
    void hundredThousandTinyMembers();
    void decompressionBomb();
};

namespace {

// A valid head that allows 10 messages of at most 100 bytes, 1000 in total.
Member head()
{
    return {std::string(HeadMemberName), serializeHead({"20260101T000000Z-0badc0de", "mallory", 1767225600, {}, 10,
                                                         1000, 100}),
            AE_IFREG, 0600, {}, false, -1};
}

Member file(std::string name, std::string data = "x\n", unsigned perm = 0600)
{
    return {std::move(name), std::move(data), AE_IFREG, perm, {}, false, -1};
}

Member special(std::string name, unsigned type, std::string link = {}, bool hard = false)
{
    return {std::move(name), {}, hard ? unsigned(AE_IFREG) : type, 0644, std::move(link), hard, -1};
}

QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

void TestBackupHostile::refused_data()
{
    QTest::addColumn<std::vector<Member>>("members");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("member");

    auto with = [](Member m) { return std::vector<Member>{head(), std::move(m)}; };
    QTest::newRow("absolute path") << with(file("/etc/cron.d/evil")) << "absolute-path" << "/etc/cron.d/evil";
    QTest::newRow("dot-dot first") << with(file("../../home/u/.bashrc")) << "path-traversal" << "../../home/u/.bashrc";
    QTest::newRow("dot-dot inside") << with(file("m/../../x")) << "path-traversal" << "m/../../x";
    QTest::newRow("symlink") << with(special("m/1", AE_IFLNK, "/etc/passwd")) << "link" << "m/1";
    QTest::newRow("symlink then write through")
        << std::vector<Member>{head(), special("m", AE_IFLNK, "/tmp"), file("m/1")} << "link" << "m";
    QTest::newRow("hard link outside") << with(special("m/1", AE_IFREG, "/etc/shadow", true)) << "link" << "m/1";
    QTest::newRow("self hard link") << with(special("m/1", AE_IFREG, "m/1", true)) << "link" << "m/1";
    QTest::newRow("char device") << with(special("m/1", AE_IFCHR)) << "special-file" << "m/1";
    QTest::newRow("block device") << with(special("m/1", AE_IFBLK)) << "special-file" << "m/1";
    QTest::newRow("fifo") << with(special("m/1", AE_IFIFO)) << "special-file" << "m/1";
    QTest::newRow("directory") << with(special("m", AE_IFDIR)) << "special-file" << "m/"; // tar adds the slash
    QTest::newRow("setuid") << with(file("m/1", "x\n", 04755)) << "bad-mode" << "m/1";
    QTest::newRow("setgid") << with(file("m/1", "x\n", 02755)) << "bad-mode" << "m/1";
    QTest::newRow("sticky") << with(file("m/1", "x\n", 01644)) << "bad-mode" << "m/1";
    QTest::newRow("newline in name") << with(file("m/1\nm/2")) << "bad-name" << "m/1\\x0am/2";
    QTest::newRow("tab in name") << with(file("m/\t1")) << "bad-name" << "m/\\x091";
    QTest::newRow("very long name") << with(file("m/" + std::string(300, '1'))) << "bad-name"
                                    << QString::fromStdString("m/" + std::string(300, '1'));
    QTest::newRow("unknown name") << with(file("cur/1700000000.M1P1.host")) << "bad-name" << "cur/1700000000.M1P1.host";
    QTest::newRow("leading zero") << with(file("m/01")) << "bad-name" << "m/01";
    QTest::newRow("member zero") << with(file("m/0")) << "bad-name" << "m/0";
    QTest::newRow("second head") << std::vector<Member>{head(), head()} << "duplicate-member" << "MSBACKUP.head";
    QTest::newRow("no head") << std::vector<Member>{file("m/1")} << "head-missing" << "m/1";
    QTest::newRow("head that is a symlink") << std::vector<Member>{special("MSBACKUP.head", AE_IFLNK, "/etc/passwd")}
                                            << "head-missing" << "MSBACKUP.head";
    QTest::newRow("member above the head's bound") << with(file("m/1", std::string(101, 'a'))) << "oversized" << "m/1";
    QTest::newRow("members above the head's total")
        << std::vector<Member>{head(), file("m/1", std::string(100, 'a')), file("m/2", std::string(100, 'a')),
                               file("m/3", std::string(100, 'a')), file("m/4", std::string(100, 'a')),
                               file("m/5", std::string(100, 'a')), file("m/6", std::string(100, 'a')),
                               file("m/7", std::string(100, 'a')), file("m/8", std::string(100, 'a')),
                               file("m/9", std::string(100, 'a')), file("m/10", std::string(100, 'a')),
                               file("m/11", "b")}
        << "too-many-members" << "m/11";
    QTest::newRow("member not in the manifest")
        << std::vector<Member>{head(), file("m/1"),
                               file(std::string(ManifestMemberName), [] {
                                   Manifest m;
                                   m.backupId = "20260101T000000Z-0badc0de";
                                   m.account = "mallory";
                                   m.created = 1767225600;
                                   return serializeManifest(m);
                               }())}
        << "extra-member" << "m/1";
    QTest::newRow("head of an unknown format") << std::vector<Member>{file(std::string(HeadMemberName), "hello\n")}
                                               << "head-corrupt" << "MSBACKUP.head";
}

void TestBackupHostile::refused()
{
    QFETCH(std::vector<Member>, members);
    QFETCH(QString, problem);
    QFETCH(QString, member);
    QTemporaryDir tmp;
    const std::string path = fixture::tempRoot(tmp) + "/hostile.tar.zst";
    QVERIFY(backupfixture::writeArchive(path, members));
    const QStringList before = listing(tmp.path());
    auto r = verifyBackup(path);
    QVERIFY(r);
    QVERIFY(!r->good());
    QCOMPARE(QString::fromUtf8(problemName(r->problems[0].problem)), problem);
    QCOMPARE(QString::fromStdString(r->problems[0].member), member);
    QCOMPARE(r->membersChecked, 0u);
    QCOMPARE(listing(tmp.path()), before); // nothing extracted, nothing created, nothing removed
}

void TestBackupHostile::hundredThousandTinyMembers()
{
    QTemporaryDir tmp;
    const std::string path = fixture::tempRoot(tmp) + "/flood.tar.zst";
    std::vector<Member> members{head()};
    for (int i = 1; i <= 100000; ++i)
        members.push_back(file("m/" + std::to_string(i), "y"));
    QVERIFY(backupfixture::writeArchive(path, members));
    auto scan = scanArchive(path);
    QVERIFY(scan);
    // The head allows 10: the eleventh stops the read, the other 99,989 are never looked at.
    QCOMPARE(scan->problems.size(), 1u);
    QCOMPARE(scan->problems[0].problem, ArchiveProblem::TooManyMembers);
    QCOMPARE(scan->problems[0].member, std::string("m/11"));
    QCOMPARE(scan->members, 12u);
    QCOMPARE(scan->messages.size(), 10u);
}

void TestBackupHostile::decompressionBomb()
{
    // 1 GiB of zeros declared in one member: a few hundred KiB of zstd. Refused at its
    // header: not one byte of it is inflated.
    QTemporaryDir tmp;
    const std::string path = fixture::tempRoot(tmp) + "/bomb.tar.zst";
    Member bomb = file("m/1", {});
    bomb.declaredSize = 1ll << 30;
    QVERIFY(backupfixture::writeArchive(path, {head(), bomb}));
    QVERIFY(QFileInfo(QString::fromStdString(path)).size() < 1 << 20);
    QElapsedTimer timer;
    timer.start();
    auto scan = scanArchive(path);
    QVERIFY(scan);
    QCOMPARE(scan->problems.size(), 1u);
    QCOMPARE(scan->problems[0].problem, ArchiveProblem::Oversized);
    QCOMPARE(scan->problems[0].member, std::string("m/1"));
    QVERIFY(scan->bytesRead < 1024); // the head only
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestBackupHostile)
#include "tst_backuphostile.moc"
