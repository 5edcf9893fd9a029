// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dovecot/uidlist.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace mailstore::core;
using namespace mailstore::core::dovecot;

namespace {

// Test tables spell issue lists as plain literals (the build forbids implicit QString).
QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

constexpr const char *Hdr = "3 V1795888299 N6 G0123456789abcdef0123456789abcdef\n";

QString problemName(UidlistProblem p)
{
    switch (p) {
    case UidlistProblem::BadLine: return QStringLiteral("BadLine");
    case UidlistProblem::UidNotAscending: return QStringLiteral("UidNotAscending");
    case UidlistProblem::DuplicateName: return QStringLiteral("DuplicateName");
    case UidlistProblem::UidTooHigh: return QStringLiteral("UidTooHigh");
    }
    return {};
}

// "Problem@line" per issue, in report order.
QStringList issueList(const Uidlist &l)
{
    QStringList out;
    for (const auto &i : l.issues)
        out << problemName(i.problem) + u'@' + QString::number(i.lineNumber);
    return out;
}

QList<uint> uids(const Uidlist &l)
{
    QList<uint> out;
    for (const auto &r : l.records)
        out << r.uid;
    return out;
}

QByteArray withHeader(const char *records) { return QByteArray(Hdr) + records; }

} // namespace

class TestUidlist : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<uint>>("expectedUids");
        QTest::addColumn<QStringList>("expectedIssues");

        QTest::newRow("dovecot v3")
            << withHeader("1 :1795888299.M623120P15845.vm,S=81,W=87\n"
                          "2 :1795888300.M1P15845.vm,S=90,W=93\n")
            << QList<uint>{1, 2} << QStringList{};
        QTest::newRow("extensions") << withHeader("2 W87 S81 :name\n") << QList<uint>{2} << QStringList{};
        QTest::newRow("v1 courier") << QByteArray("1 7654321 2000\n10 1234.M1P1.host\n20 1235.M1P1.host\n")
                                    << QList<uint>{10, 20} << QStringList{};
        QTest::newRow("garbage in the middle")
            << withHeader("1 :a\n2 :b\ngarbage here\n4 :d\n") << QList<uint>{1, 2, 4}
            << names({"BadLine@4"});
        QTest::newRow("empty line in the middle")
            << withHeader("1 :a\n\n3 :c\n") << QList<uint>{1, 3} << names({"BadLine@3"});
        QTest::newRow("duplicate uid") << withHeader("1 :a\n2 :b\n2 :c\n3 :d\n")
                                       << QList<uint>{1, 2, 2, 3} << names({"UidNotAscending@4"});
        QTest::newRow("descending uid") << withHeader("1 :a\n5 :b\n3 :c\n6 :d\n")
                                        << QList<uint>{1, 5, 3, 6} << names({"UidNotAscending@4"});
        QTest::newRow("below the highest, not the previous")
            << withHeader("1 :a\n9 :b\n3 :c\n4 :d\n") << QList<uint>{1, 9, 3, 4}
            << names({"UidNotAscending@4", "UidNotAscending@5"});
        QTest::newRow("duplicate name") << withHeader("1 :a\n2 :b\n3 :a:2,S\n")
                                        << QList<uint>{1, 2, 3} << names({"DuplicateName@4"});
        QTest::newRow("duplicate uid and name") << withHeader("1 :a\n1 :a\n")
                                                << QList<uint>{1, 1}
                                                << names({"UidNotAscending@3", "DuplicateName@3"});
        QTest::newRow("uid 0") << withHeader("0 :a\n1 :b\n") << QList<uint>{1} << names({"BadLine@2"});
        QTest::newRow("uid 4294967295") << withHeader("1 :a\n4294967295 :b\n") << QList<uint>{1}
                                        << names({"UidTooHigh@3"});
        QTest::newRow("uid 4294967294") << withHeader("4294967294 :b\n") << QList<uint>{4294967294u}
                                        << QStringList{};
        QTest::newRow("uid overflow") << withHeader("99999999999 :b\n") << QList<uint>{}
                                      << names({"UidTooHigh@2"});
        QTest::newRow("uid not digits") << withHeader("x1 :a\n-1 :b\n1:c\n") << QList<uint>{}
                                        << names({"BadLine@2", "BadLine@3", "BadLine@4"});
        QTest::newRow("slash in name") << withHeader("1 :cur/a\n2 :b\n") << QList<uint>{2}
                                       << names({"BadLine@2"});
        QTest::newRow("extension x") << withHeader("1 x5 :a\n2 S5 :b\n") << QList<uint>{2}
                                     << names({"BadLine@2"});
        QTest::newRow("no colon") << withHeader("1 a\n2 S5 b\n") << QList<uint>{}
                                  << names({"BadLine@2", "BadLine@3"});
        QTest::newRow("empty name") << withHeader("1 :\n2 ::2,S\n") << QList<uint>{}
                                    << names({"BadLine@2", "BadLine@3"});
        QTest::newRow("crlf") << QByteArray("3 V5 N3\r\n1 :a\r\n2 :b\r\n") << QList<uint>{1, 2}
                              << QStringList{};
        QTest::newRow("no trailing newline") << withHeader("1 :a\n2 :b") << QList<uint>{1, 2}
                                             << QStringList{};
        QTest::newRow("header only") << QByteArray("3 V5 N1") << QList<uint>{} << QStringList{};
    }

    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QList<uint>, expectedUids);
        QFETCH(QStringList, expectedIssues);
        const auto r = parseUidlist(content.toStdString());
        QVERIFY(r);
        QCOMPARE(uids(*r), expectedUids);
        QCOMPARE(issueList(*r), expectedIssues);
        for (const auto &rec : r->records)
            QVERIFY(rec.baseName.find_first_of(":\r\n/") == std::string::npos);
    }

    void badHeader_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("only newline") << QByteArray("\n");
        QTest::newRow("version 2") << QByteArray("2 1795888299 6\n1 :a\n");
        QTest::newRow("version 4") << QByteArray("4 V1 N1\n");
        QTest::newRow("garbage header") << QByteArray("hello world\n1 :a\n");
        QTest::newRow("no space after version") << QByteArray("3V1 N2\n");
        QTest::newRow("N0") << QByteArray("3 V1795888299 N0\n");
        QTest::newRow("V0") << QByteArray("3 V0 N5\n");
        QTest::newRow("N missing") << QByteArray("3 V1795888299 G0123456789abcdef0123456789abcdef\n");
        QTest::newRow("V not a number") << QByteArray("3 V12x N5\n");
        QTest::newRow("G short") << QByteArray("3 V1 N5 G0123\n");
        QTest::newRow("G not hex") << QByteArray("3 V1 N5 G0123456789abcdef0123456789abcdeg\n");
        QTest::newRow("v1 one number") << QByteArray("1 7654321\n");
    }

    void badHeader()
    {
        QFETCH(QByteArray, content);
        const auto r = parseUidlist(content.toStdString());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupted);
    }

    void headerFields()
    {
        const auto r = parseUidlist("3  N6 V1795888299 G0123456789ABCDEF0123456789abcdef P12 Zx\n");
        QVERIFY(r);
        QCOMPARE(r->version, 3);
        QCOMPARE(r->uidValidity, 1795888299u);
        QCOMPARE(r->nextUid, 6u);
        QCOMPARE(r->guid, std::string("0123456789ABCDEF0123456789abcdef"));
        QCOMPARE(r->otherHeader.size(), std::size_t(2));
        QCOMPARE(r->otherHeader.at('P'), std::string("12"));
        QCOMPARE(r->otherHeader.at('Z'), std::string("x"));

        const auto v1 = parseUidlist("1 7654321 2000\n");
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->uidValidity, 7654321u);
        QCOMPARE(v1->nextUid, 2000u);
    }

    void recordFields()
    {
        const auto r = parseUidlist(withHeader("2 W87 S81  :1795888299.M623120P15845.vm:2,FSa\n"
                                               "7 :with space and ,S=5\n")
                                        .toStdString());
        QVERIFY(r);
        QCOMPARE(r->records.size(), std::size_t(2));
        const auto &a = r->records[0];
        QCOMPARE(a.baseName, std::string("1795888299.M623120P15845.vm"));
        QCOMPARE(a.extensions.size(), std::size_t(2));
        QCOMPARE(a.extensions.at('W'), std::string("87"));
        QCOMPARE(a.extensions.at('S'), std::string("81"));
        QCOMPARE(a.lineNumber, std::size_t(2));
        QCOMPARE(r->records[1].baseName, std::string("with space and ,S=5"));
        QCOMPARE(r->records[1].lineNumber, std::size_t(3));
        // v1 records take the rest of the line; no extension syntax.
        const auto v1 = parseUidlist("1 7654321 2000\n10 S5:a\n");
        QVERIFY(v1);
        QCOMPARE(v1->records.at(0).baseName, std::string("S5"));
    }

    void effectiveNextUid()
    {
        auto r = parseUidlist("3 V1 N5\n1 :a\n300 :b\n");
        QVERIFY(r);
        QCOMPARE(r->nextUid, 5u);
        QCOMPARE(r->effectiveNextUid(), 301u);
        r = parseUidlist("3 V1 N500\n1 :a\n300 :b\n");
        QCOMPARE(r->effectiveNextUid(), 500u);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("v3") << withHeader("1 :1795888299.M623120P15845.vm,S=81,W=87\n"
                                          "2 W87 S81 G0f :b\n5 :c\n");
        QTest::newRow("other keys") << QByteArray("3 V9 N3 P12 Q:x\n1 :a\n2 :b\n");
        QTest::newRow("v1 upgraded") << QByteArray("1 7654321 2000\n10 1234.M1P1.host\n");
        QTest::newRow("no guid") << QByteArray("3 V1234567 N1001\n10 :a\n20 :b\n1000 :c\n");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, content);
        const auto a = parseUidlist(content.toStdString());
        QVERIFY(a);
        const auto text = serializeUidlist(*a);
        QVERIFY(text);
        QVERIFY(text->starts_with("3 V"));
        const auto b = parseUidlist(*text);
        QVERIFY(b);
        QCOMPARE(b->version, 3);
        QCOMPARE(b->uidValidity, a->uidValidity);
        QCOMPARE(b->nextUid, a->effectiveNextUid());
        QCOMPARE(b->guid, a->guid);
        QCOMPARE(b->otherHeader, a->otherHeader);
        QVERIFY(b->issues.empty());
        QCOMPARE(b->records.size(), a->records.size());
        for (std::size_t i = 0; i < a->records.size(); ++i) {
            QCOMPARE(b->records[i].uid, a->records[i].uid);
            QCOMPARE(b->records[i].baseName, a->records[i].baseName);
            QCOMPARE(b->records[i].extensions, a->records[i].extensions);
        }
        QCOMPARE(serializeUidlist(*b).value(), *text); // stable
    }

    void serializeFormat()
    {
        Uidlist l;
        l.uidValidity = 1795888299;
        l.nextUid = 2;
        l.guid = "0123456789abcdef0123456789abcdef";
        l.records.push_back({1, "a", {{'W', "87"}, {'S', "81"}}, 0});
        l.records.push_back({7, "b", {}, 0});
        const auto t = serializeUidlist(l);
        QVERIFY(t);
        // N raised past the highest UID; extensions in map order.
        QCOMPARE(*t, std::string("3 V1795888299 N8 G0123456789abcdef0123456789abcdef\n"
                                 "1 S81 W87 :a\n7 :b\n"));
    }

    void serializeRejects()
    {
        Uidlist l;
        l.uidValidity = 1;
        l.nextUid = 1;
        l.records.push_back({5, "a", {}, 0});
        l.records.push_back({5, "b", {}, 0});
        QCOMPARE(serializeUidlist(l).error().code, ErrorCode::InvalidArgument);
        l.records[1].uid = 3;
        QCOMPARE(serializeUidlist(l).error().code, ErrorCode::InvalidArgument);
        l.records[1].uid = 6;
        QVERIFY(serializeUidlist(l));
        l.records[1].baseName = "x/y";
        QCOMPARE(serializeUidlist(l).error().code, ErrorCode::InvalidArgument);
        l.records[1].baseName = "y";
        l.uidValidity = 0;
        QCOMPARE(serializeUidlist(l).error().code, ErrorCode::InvalidArgument);
    }

    void realDovecotFile()
    {
        const QString file = QFINDTESTDATA("data/dovecot-2.3.19.1/dovecot-uidlist");
        QVERIFY(!file.isEmpty());
        const auto r = readUidlist(QFileInfo(file).absolutePath().toStdString());
        QVERIFY(r);
        QCOMPARE(r->uidValidity, 1795957248u);
        QCOMPARE(r->guid, std::string("4450802b00220c6b0d28000083ecc375"));
        QVERIFY(r->issues.empty());
        QVERIFY(r->records.size() > 100);
        QCOMPARE(r->records.front().baseName, std::string("1795957248.M727413P10253.vm,S=38,W=42"));
        QVERIFY(r->effectiveNextUid() > r->records.back().uid);
    }

    void readErrors()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        QCOMPARE(readUidlist(dir).error().code, ErrorCode::NotFound);
        // Sparse: 256 MiB + 1 costs no disk.
        const int fd = ::open((dir + "/dovecot-uidlist").c_str(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::ftruncate(fd, 256 * 1024 * 1024 + 1), 0);
        ::close(fd);
        const auto big = readUidlist(dir);
        QCOMPARE(big.error().code, ErrorCode::TooLarge);
        QCOMPARE(big.error().path, dir + "/dovecot-uidlist");
        QFile f(QString::fromStdString(dir + "/dovecot-uidlist"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("2 1 1\n");
        f.close();
        const auto bad = readUidlist(dir);
        QCOMPARE(bad.error().code, ErrorCode::Corrupted);
        QCOMPARE(bad.error().path, dir + "/dovecot-uidlist");
    }
};

QTEST_GUILESS_MAIN(TestUidlist)
#include "tst_uidlist.moc"
