// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged real archives (R12): a good backup of a real account is flipped, truncated,
// stripped of members, given duplicates, wrong sizes and hashes, a missing or mangled
// manifest. Verify must name the bad member and the reason class, every time.
#include "backupfixture.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/archive/manifest.h"

#include <QTest>

#include <functional>

using namespace mailstore::core;
using namespace mailstore::core::archive;
using backupfixture::Member;

Q_DECLARE_METATYPE(std::function<void(std::vector<Member> &)>)

class TestBackupCorruption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void memberDamage_data();
    void memberDamage();
    void truncatedFile_data();
    void truncatedFile();
    void damagedStream();
    void goodCopyIsGood();

private:
    QTemporaryDir m_tmp;
    std::string m_root;
    std::string m_archive;
    std::vector<Member> m_members; // head, m/1..m/6, manifest
};

namespace {

using Edit = std::function<void(std::vector<Member> &)>;

std::string problemList(const VerifyReport &r)
{
    std::string out;
    for (const auto &p : r.problems)
        out += std::string(problemName(p.problem)) + " " + p.member + " (" + p.detail + ")\n";
    return out;
}

Edit changeManifest(const std::function<void(Manifest &)> &change)
{
    return [change](std::vector<Member> &members) {
        auto m = parseManifest(members.back().data);
        if (!m)
            return;
        change(*m);
        members.back().data = serializeManifest(*m);
    };
}

} // namespace

void TestBackupCorruption::initTestCase()
{
    m_root = fixture::tempRoot(m_tmp);
    const auto account = backupfixture::makeAccount(m_root + "/store");
    QVERIFY(fixture::makeDir(m_root + "/t"));
    auto made = createBackup(account, m_root + "/t");
    QVERIFY(made);
    m_archive = made->archive.string();
    m_members = backupfixture::readMemberList(m_archive);
    QCOMPARE(m_members.size(), 8u);
    QCOMPARE(m_members.front().name, std::string(HeadMemberName));
    QCOMPARE(m_members.back().name, std::string(ManifestMemberName));
}

void TestBackupCorruption::goodCopyIsGood()
{
    // The rewriting itself changes nothing a verify can see.
    const std::string path = m_root + "/copy.tar.zst";
    QVERIFY(backupfixture::writeArchive(path, m_members));
    auto r = verifyBackup(path);
    QVERIFY(r);
    QVERIFY2(r->good(), problemList(*r).c_str());
    QCOMPARE(r->membersChecked, 6u);
}

void TestBackupCorruption::memberDamage_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("count");

    QTest::newRow("flipped byte in a message") << Edit([](auto &m) { m[3].data[5] ^= 0x20; })
                                              << "hash-mismatch" << "m/3" << 1;
    QTest::newRow("flipped byte in the big message")
        << Edit([](auto &m) { m[5].data[69999] ^= 0x01; }) << "hash-mismatch" << "m/5" << 1;
    QTest::newRow("message dropped") << Edit([](auto &m) { m.erase(m.begin() + 2); }) << "missing-member" << "m/2" << 1;
    QTest::newRow("message duplicated") << Edit([](auto &m) { m.insert(m.begin() + 2, m[1]); })
                                        << "duplicate-member" << "m/1" << 1;
    QTest::newRow("message one byte shorter") << Edit([](auto &m) { m[4].data.pop_back(); }) << "size-mismatch"
                                              << "m/4" << 1;
    // Longer than the head's bounds allow: refused at its header, never read.
    QTest::newRow("largest message one byte longer") << Edit([](auto &m) { m[5].data += "!"; }) << "oversized"
                                                     << "m/5" << 1;
    QTest::newRow("message emptied") << Edit([](auto &m) { m[6].data.clear(); }) << "size-mismatch" << "m/6" << 1;
    QTest::newRow("manifest hash wrong") << changeManifest([](Manifest &m) { m.messages[0].sha256[0] ^= 1; })
                                         << "hash-mismatch" << "m/1" << 1;
    QTest::newRow("manifest size wrong") << changeManifest([](Manifest &m) { m.messages[1].size += 1; })
                                         << "size-mismatch" << "m/2" << 1;
    QTest::newRow("manifest missing") << Edit([](auto &m) { m.pop_back(); }) << "manifest-missing"
                                      << "MSBACKUP.manifest" << 1;
    QTest::newRow("manifest mangled") << Edit([](auto &m) { m.back().data[40] ^= 0x04; }) << "manifest-corrupt"
                                      << "MSBACKUP.manifest" << 1;
    QTest::newRow("manifest cut") << Edit([](auto &m) { m.back().data.resize(m.back().data.size() / 2); })
                                  << "manifest-corrupt" << "MSBACKUP.manifest" << 1;
    QTest::newRow("manifest of another backup")
        << changeManifest([](Manifest &m) { m.backupId = "20000101T000000Z-00000000"; }) << "manifest-corrupt"
        << "MSBACKUP.manifest" << 1;
    QTest::newRow("head missing") << Edit([](auto &m) { m.erase(m.begin()); }) << "head-missing" << "m/1" << 1;
    QTest::newRow("head mangled") << Edit([](auto &m) { m[0].data[20] ^= 0x02; }) << "head-corrupt" << "MSBACKUP.head"
                                  << 1;
    QTest::newRow("member after the manifest") << Edit([](auto &m) { m.push_back(m[1]); }) << "extra-member" << "m/1"
                                               << 1;
    QTest::newRow("member renamed") << Edit([](auto &m) { m[6].name = "m/60"; }) << "missing-member" << "m/6" << 2;
    QTest::newRow("head from a newer format") << Edit([](auto &m) {
        m[0].data.replace(m[0].data.find("\t1\n"), 3, "\t9\n");
    }) << "unsupported-version" << "MSBACKUP.head" << 1;
}

void TestBackupCorruption::memberDamage()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QFETCH(QString, member);
    QFETCH(int, count);
    auto members = m_members;
    edit(members);
    const std::string path = m_root + "/case.tar.zst";
    QVERIFY(backupfixture::writeArchive(path, members));
    auto r = verifyBackup(path);
    QVERIFY(r);
    QVERIFY(!r->good());
    QCOMPARE(int(r->problems.size()), count);
    QCOMPARE(QString::fromUtf8(problemName(r->problems[0].problem)), problem);
    QCOMPARE(QString::fromStdString(r->problems[0].member), member);
}

void TestBackupCorruption::truncatedFile_data()
{
    QTest::addColumn<double>("fraction");
    QTest::newRow("cut at 10%") << 0.1;
    QTest::newRow("cut at 50%") << 0.5;
    QTest::newRow("cut at 90%") << 0.9;
    QTest::newRow("cut 8 bytes before the end") << -8.0;
    QTest::newRow("cut to 20 bytes") << -1.0;
}

void TestBackupCorruption::truncatedFile()
{
    QFETCH(double, fraction);
    const std::string bytes = backupfixture::readBytes(m_archive);
    const std::size_t keep = fraction == -1.0 ? 20
        : fraction < 0                        ? bytes.size() - 8
                                              : std::size_t(double(bytes.size()) * fraction);
    const std::string path = m_root + "/cut.tar.zst";
    QVERIFY(backupfixture::writeBytes(path, bytes.substr(0, keep)));
    auto r = verifyBackup(path);
    QVERIFY(r);
    QVERIFY(!r->good());
    QCOMPARE(r->problems.size(), 1u);
    QCOMPARE(QString::fromUtf8(problemName(r->problems[0].problem)), QStringLiteral("truncated"));
}

void TestBackupCorruption::damagedStream()
{
    const std::string bytes = backupfixture::readBytes(m_archive);
    struct Case {
        const char *what;
        std::string data;
        const char *problem;
    };
    std::string badMagic = bytes;
    badMagic[0] ^= 0xff;
    std::string badFrameHeader = bytes;
    badFrameHeader[4] = char(0xff); // frame header descriptor with reserved bits set
    const Case cases[] = {
        {"bad zstd magic", badMagic, "bad-stream"},
        {"bad zstd frame header", badFrameHeader, "bad-stream"},
        {"empty file", std::string(), "bad-stream"},
        {"plain text", std::string("this is not an archive\n"), "bad-stream"},
    };
    for (const auto &c : cases) {
        const std::string path = m_root + "/stream.tar.zst";
        QVERIFY(backupfixture::writeBytes(path, c.data));
        auto r = verifyBackup(path);
        QVERIFY(r);
        QVERIFY2(r->problems.size() == 1, (std::string(c.what) + ": " + problemList(*r)).c_str());
        QVERIFY2(problemName(r->problems[0].problem) == c.problem, (std::string(c.what) + ": " + problemList(*r)).c_str());
    }
}

QTEST_GUILESS_MAIN(TestBackupCorruption)
#include "tst_backupcorruption.moc"
