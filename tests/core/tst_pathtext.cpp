// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fs/pathtext.h"

#include <QTest>

using namespace mailstore::core;

class TestPathText : public QObject {
    Q_OBJECT
private slots:
    void validUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii") << QByteArray("Sent") << true;
        QTest::newRow("e-acute") << QByteArray("\xc3\xa9t\xc3\xa9") << true;
        QTest::newRow("cjk") << QByteArray("\xe6\x97\xa5\xe6\x9c\xac") << true;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("latin1") << QByteArray("\xe9t\xe9") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xe6\x97") << false;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    }
    void validUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(fs::isValidUtf8(bytes.toStdString()), valid);
    }

    void escape_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("plain") << QByteArray("/var/vmail/a") << QByteArray("/var/vmail/a");
        QTest::newRow("utf8 kept") << QByteArray("\xc3\x89t\xc3\xa9") << QByteArray("\xc3\x89t\xc3\xa9");
        QTest::newRow("latin1") << QByteArray("\xe9t\xe9") << QByteArray("\\xe9t\\xe9");
        QTest::newRow("backslash") << QByteArray("a\\xe9") << QByteArray("a\\\\xe9");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("a\\x0ab");
        QTest::newRow("escape char") << QByteArray("\x1b[31m") << QByteArray("\\x1b[31m");
        QTest::newRow("c1 csi") << QByteArray("\xc2\x9b") << QByteArray("\\xc2\\x9b");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("a\\x00b");
    }
    void escape()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, shown);
        const std::string out = fs::escapeForDisplay(bytes.toStdString());
        QCOMPARE(QByteArray::fromStdString(out), shown);
        QVERIFY(fs::isValidUtf8(out));
    }
};

QTEST_GUILESS_MAIN(TestPathText)
#include "tst_pathtext.moc"
