// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dovecot/keywords.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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
} // namespace

class TestKeywords : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected"); // "letter=name" for used slots
        QTest::addColumn<int>("skipped");

        QTest::newRow("dovecot") << QByteArray("0 $Junk\n1 projectx\n")
                                 << names({"a=$Junk", "b=projectx"}) << 0;
        QTest::newRow("gaps and last letter") << QByteArray("2 c\n25 z")
                                              << names({"c=c", "z=z"}) << 0;
        QTest::newRow("name with space") << QByteArray("0 two words\n") << names({"a=two words"}) << 0;
        QTest::newRow("index 26") << QByteArray("26 x\n0 a\n") << names({"a=a"}) << 1;
        QTest::newRow("bad index") << QByteArray("-1 x\nq y\n 1 z\n1x w\n")
                                   << QStringList{} << 4;
        QTest::newRow("no name") << QByteArray("0 \n1\n\n2 ok\n") << names({"c=ok"}) << 3;
        QTest::newRow("duplicate name") << QByteArray("0 a\n1 a\n") << names({"a=a"}) << 1;
        QTest::newRow("repeated index, later wins") << QByteArray("0 a\n0 b\n")
                                                    << names({"a=b"}) << 0;
        QTest::newRow("leading zero") << QByteArray("03 d\n") << names({"d=d"}) << 0;
        QTest::newRow("crlf") << QByteArray("0 a\r\n1 b\r\n") << names({"a=a", "b=b"}) << 0;
        QTest::newRow("empty") << QByteArray() << QStringList{} << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QFETCH(int, skipped);
        const Keywords k = parseKeywords(content.toStdString());
        QStringList got;
        for (std::size_t i = 0; i < k.names.size(); ++i)
            if (!k.names[i].empty())
                got << QChar(u'a' + int(i)) + u'=' + QString::fromStdString(k.names[i]);
        QCOMPARE(got, expected);
        QCOMPARE(k.skippedLines, std::size_t(skipped));
    }

    void read()
    {
        QTemporaryDir tmp;
        QCOMPARE(readKeywords(tmp.path().toStdString()).error().code, ErrorCode::NotFound);
        const QString file = QFINDTESTDATA("data/dovecot-2.3.19.1/dovecot-keywords");
        QVERIFY(!file.isEmpty());
        const auto k = readKeywords(QFileInfo(file).absolutePath().toStdString());
        QVERIFY(k);
        QCOMPARE(k->names[0], std::string("$Junk"));
        QCOMPARE(k->names[1], std::string("projectx"));
        QCOMPARE(k->skippedLines, std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestKeywords)
#include "tst_keywords.moc"
