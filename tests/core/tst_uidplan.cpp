// SPDX-License-Identifier: GPL-3.0-or-later
// The rebuild's UID decisions, case by case: what survives keeps its UID, nothing is
// ever handed out twice, UIDVALIDITY is what clients saw last.
#include "core/integrity/uidplan.h"

#include <QTest>

#include <map>
#include <set>

using namespace mailstore::core;

namespace {

maildir::MessageFile file(const std::string &base, bool inNew = false)
{
    maildir::MessageFile f;
    f.parsed = *maildir::parseMessageFileName(inNew ? base : base + ":2,S");
    f.fileName = inNew ? base : base + ":2,S";
    f.inNew = inNew;
    f.deliveredAt = f.parsed.deliveredAt.value_or(0);
    return f;
}

std::map<std::string, std::uint32_t> uids(const integrity::UidPlan &p)
{
    std::map<std::string, std::uint32_t> out;
    for (const auto &r : p.list.records)
        out[r.baseName] = r.uid;
    return out;
}

const std::vector<maildir::MessageFile> kFiles = {file("1000.M1P1.h"), file("1001.M1P1.h"), file("1002.M1P1.h"),
                                                  file("1003.M1P1.h")};
} // namespace

class TestUidPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void healthyNeedsNoRewrite();
    void garbageLineKeepsEveryOtherUid();
    void duplicateUidFirstLiveLineWins();
    void duplicateNameFirstLineWins();
    void missingUidlistNumbersAboveIndex();
    void brokenHeaderKeepsRecordsAndIndexUidValidity();
    void mismatchPrefersIndexUidValidity();
    void noUidValidityAnywhereIsNew();
    void droppedEntriesStillRaiseNextUid();
    void newMailOnlyRewrittenWhenNeeded();
};

void TestUidPlan::healthyNeedsNoRewrite()
{
    const std::string ul = "3 V500 N5 G0123456789abcdef0123456789abcdef\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n"
                           "3 :1002.M1P1.h\n4 :1003.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, 500, 5, 2000);
    QVERIFY(!p.needsRewrite);
    QCOMPARE(p.uidsKept, size_t(4));
    QCOMPARE(p.uidsNew, size_t(0));
    QCOMPARE(p.list.uidValidity, 500u);
    QCOMPARE(p.list.nextUid, 5u);
    QCOMPARE(p.list.guid, std::string("0123456789abcdef0123456789abcdef"));
}

void TestUidPlan::garbageLineKeepsEveryOtherUid()
{
    // Dovecot would drop every mapping after line 3; we keep all but the broken line's.
    const std::string ul = "3 V500 N9\n2 :1000.M1P1.h\n5 :1001.M1P1.h\n@@garbage@@\n8 :1003.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, std::nullopt, std::nullopt, 2000);
    QVERIFY(p.needsRewrite);
    const auto u = uids(p);
    QCOMPARE(u.at("1000.M1P1.h"), 2u);
    QCOMPARE(u.at("1001.M1P1.h"), 5u);
    QCOMPARE(u.at("1003.M1P1.h"), 8u);
    QCOMPARE(u.at("1002.M1P1.h"), 9u); // lost its line: a new UID above all others
    QCOMPARE(p.uidsKept, size_t(3));
    QCOMPARE(p.uidsNew, size_t(1));
    QCOMPARE(p.list.nextUid, 10u);
}

void TestUidPlan::duplicateUidFirstLiveLineWins()
{
    const std::string ul = "3 V500 N5\n1 :gone.M1P1.h\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n2 :1002.M1P1.h\n3 :1003.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, std::nullopt, std::nullopt, 2000);
    const auto u = uids(p);
    QCOMPARE(u.at("1000.M1P1.h"), 1u); // the first line named a file that is gone
    QCOMPARE(u.at("1001.M1P1.h"), 2u);
    QCOMPARE(u.at("1002.M1P1.h"), 5u); // second claimant of UID 2: new UID
    QCOMPARE(u.at("1003.M1P1.h"), 3u);
    QCOMPARE(p.entriesDropped, size_t(1));
    std::set<std::uint32_t> distinct;
    for (const auto &r : p.list.records)
        QVERIFY(distinct.insert(r.uid).second);
}

void TestUidPlan::duplicateNameFirstLineWins()
{
    const std::string ul = "3 V500 N9\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n3 :1002.M1P1.h\n4 :1003.M1P1.h\n8 :1000.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, std::nullopt, std::nullopt, 2000);
    QVERIFY(p.needsRewrite);
    QCOMPARE(uids(p).at("1000.M1P1.h"), 1u);
    QCOMPARE(p.list.records.size(), size_t(4));
    QCOMPARE(p.list.nextUid, 9u);
}

void TestUidPlan::missingUidlistNumbersAboveIndex()
{
    const auto p = integrity::planUids(std::nullopt, kFiles, 777, 301, 2000);
    QVERIFY(p.needsRewrite);
    QCOMPARE(p.list.uidValidity, 777u);
    QVERIFY(p.uidValidityKept);
    QCOMPARE(p.uidsNew, size_t(4));
    const auto u = uids(p);
    QCOMPARE(u.at("1000.M1P1.h"), 301u); // Dovecot's order: oldest first
    QCOMPARE(u.at("1003.M1P1.h"), 304u);
}

void TestUidPlan::brokenHeaderKeepsRecordsAndIndexUidValidity()
{
    const std::string ul = "XX garbage header\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n3 :1002.M1P1.h\n4 :1003.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, 4242, 5, 2000);
    QVERIFY(p.needsRewrite);
    QCOMPARE(p.uidsKept, size_t(4));
    QCOMPARE(p.list.uidValidity, 4242u);
    QVERIFY(p.uidValidityKept);
}

void TestUidPlan::mismatchPrefersIndexUidValidity()
{
    const std::string ul = "3 V12345 N5\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n3 :1002.M1P1.h\n4 :1003.M1P1.h\n";
    const auto p = integrity::planUids(ul, kFiles, 500, 5, 2000);
    QVERIFY(p.needsRewrite);
    QCOMPARE(p.list.uidValidity, 500u);
    QCOMPARE(p.uidsKept, size_t(4));
}

void TestUidPlan::noUidValidityAnywhereIsNew()
{
    const auto p = integrity::planUids(std::nullopt, kFiles, std::nullopt, std::nullopt, 1795800000);
    QVERIFY(!p.uidValidityKept);
    QCOMPARE(p.list.uidValidity, 1795800000u);
    QCOMPARE(uids(p).at("1000.M1P1.h"), 1u);
}

void TestUidPlan::droppedEntriesStillRaiseNextUid()
{
    // UID 40 named a file that is gone: it must never be handed out again.
    const std::string ul = "3 V500 N5\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n3 :1002.M1P1.h\n40 :gone.M9P9.h\n";
    const auto p = integrity::planUids(ul, kFiles, std::nullopt, std::nullopt, 2000);
    QCOMPARE(p.entriesDropped, size_t(1));
    QCOMPARE(uids(p).at("1003.M1P1.h"), 41u);
    QCOMPARE(p.list.nextUid, 42u);
}

void TestUidPlan::newMailOnlyRewrittenWhenNeeded()
{
    auto files = kFiles;
    files.push_back(file("1004.M1P1.h", true)); // delivered, Dovecot has not synced yet
    const std::string healthy = "3 V500 N5\n1 :1000.M1P1.h\n2 :1001.M1P1.h\n3 :1002.M1P1.h\n4 :1003.M1P1.h\n";
    auto p = integrity::planUids(healthy, files, 500, 5, 2000);
    QVERIFY(!p.needsRewrite);
    QCOMPARE(p.uidsNew, size_t(0));
    const std::string broken = "3 V500 N5\n1 :1000.M1P1.h\nzz\n3 :1002.M1P1.h\n4 :1003.M1P1.h\n";
    p = integrity::planUids(broken, files, 500, 5, 2000);
    QVERIFY(p.needsRewrite);
    const auto u = uids(p);
    QCOMPARE(u.at("1001.M1P1.h"), 5u);
    QCOMPARE(u.at("1004.M1P1.h"), 6u);
}

QTEST_GUILESS_MAIN(TestUidPlan)
#include "tst_uidplan.moc"
