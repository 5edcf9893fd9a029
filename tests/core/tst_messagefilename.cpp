// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maildir/messagefilename.h"

#include <QTest>

using namespace mailstore::core::maildir;

class TestMessageFileName : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<qint64>("size");  // -1: none
        QTest::addColumn<qint64>("vsize"); // -1: none
        QTest::addColumn<qint64>("time");  // -1: none
        QTest::addColumn<bool>("hasInfo");
        QTest::addColumn<QByteArray>("flags");

        QTest::newRow("dovecot example")
            << QByteArray("1795888299.M623120P15845.vm,S=81,W=87:2,FSa")
            << QByteArray("1795888299.M623120P15845.vm,S=81,W=87") << 81LL << 87LL
            << 1795888299LL << true << QByteArray("FSa");
        QTest::newRow("delivered, new/")
            << QByteArray("1795888299.M623120P15845.vm,S=81,W=87")
            << QByteArray("1795888299.M623120P15845.vm,S=81,W=87") << 81LL << 87LL
            << 1795888299LL << false << QByteArray();
        QTest::newRow("empty flags") << QByteArray("1700000000.M1P2.host:2,")
                                     << QByteArray("1700000000.M1P2.host") << -1LL << -1LL
                                     << 1700000000LL << true << QByteArray();
        QTest::newRow("no S=") << QByteArray("1700000000.M1P2.host:2,S")
                               << QByteArray("1700000000.M1P2.host") << -1LL << -1LL
                               << 1700000000LL << true << QByteArray("S");
        QTest::newRow("S=abc") << QByteArray("1700000000.M1P2.host,S=abc:2,S")
                               << QByteArray("1700000000.M1P2.host,S=abc") << -1LL << -1LL
                               << 1700000000LL << true << QByteArray("S");
        QTest::newRow("S=12x") << QByteArray("1700000000.M1P2.host,S=12x,W=14")
                               << QByteArray("1700000000.M1P2.host,S=12x,W=14") << -1LL << 14LL
                               << 1700000000LL << false << QByteArray();
        QTest::newRow("S= empty") << QByteArray("1700000000.M1P2.host,S=:2,")
                                  << QByteArray("1700000000.M1P2.host,S=") << -1LL << -1LL
                                  << 1700000000LL << true << QByteArray();
        QTest::newRow("S= overflow")
            << QByteArray("1700000000.M1P2.host,S=99999999999999999999999:2,")
            << QByteArray("1700000000.M1P2.host,S=99999999999999999999999") << -1LL << -1LL
            << 1700000000LL << true << QByteArray();
        QTest::newRow("S= mid base") << QByteArray("1700000000.M1P2.host,S=5,X=1:2,T")
                                     << QByteArray("1700000000.M1P2.host,S=5,X=1") << 5LL
                                     << -1LL << 1700000000LL << true << QByteArray("T");
        QTest::newRow("all system flags")
            << QByteArray("1700000000.M1P2.host,S=100,W=102:2,DFRST")
            << QByteArray("1700000000.M1P2.host,S=100,W=102") << 100LL << 102LL
            << 1700000000LL << true << QByteArray("DFRST");
        QTest::newRow("comma after flags") << QByteArray("1700000000.M1P2.host:2,S,extra=1")
                                           << QByteArray("1700000000.M1P2.host") << -1LL
                                           << -1LL << 1700000000LL << true << QByteArray("S");
        QTest::newRow("keywords then comma") << QByteArray("1700000000.M1P2.h,S=9:2,Sab,XYZ")
                                             << QByteArray("1700000000.M1P2.h,S=9") << 9LL
                                             << -1LL << 1700000000LL << true
                                             << QByteArray("Sab");
        QTest::newRow("experimental :1,") << QByteArray("1700000000.M1P2.host:1,foo")
                                          << QByteArray("1700000000.M1P2.host") << -1LL << -1LL
                                          << 1700000000LL << false << QByteArray();
        QTest::newRow("S= after colon ignored") << QByteArray("1700000000.x:2,S,S=5")
                                                << QByteArray("1700000000.x") << -1LL << -1LL
                                                << 1700000000LL << true << QByteArray("S");
        QTest::newRow("no time") << QByteArray("abc") << QByteArray("abc") << -1LL << -1LL
                                 << -1LL << false << QByteArray();
        QTest::newRow("digits without dot") << QByteArray("12345") << QByteArray("12345")
                                            << -1LL << -1LL << -1LL << false << QByteArray();
        QTest::newRow("digits then letters") << QByteArray("123abc.host")
                                             << QByteArray("123abc.host") << -1LL << -1LL
                                             << -1LL << false << QByteArray();
        QTest::newRow("huge time") << QByteArray("99999999999999999999.x")
                                   << QByteArray("99999999999999999999.x") << -1LL << -1LL
                                   << -1LL << false << QByteArray();
        QTest::newRow("colon only") << QByteArray("x:") << QByteArray("x") << -1LL << -1LL
                                    << -1LL << false << QByteArray();
        QTest::newRow("non-utf8") << QByteArray("1.\xff\xfe:2,S") << QByteArray("1.\xff\xfe")
                                  << -1LL << -1LL << 1LL << true << QByteArray("S");
    }
    void parse()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, base);
        QFETCH(qint64, size);
        QFETCH(qint64, vsize);
        QFETCH(qint64, time);
        QFETCH(bool, hasInfo);
        QFETCH(QByteArray, flags);

        const auto parsed = parseMessageFileName(name.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(QByteArray::fromStdString(parsed->base), base);
        QCOMPARE(parsed->size.has_value() ? qint64(*parsed->size) : -1LL, size);
        QCOMPARE(parsed->vsize.has_value() ? qint64(*parsed->vsize) : -1LL, vsize);
        QCOMPARE(parsed->deliveredAt.value_or(-1), time);
        QCOMPARE(parsed->hasInfo, hasInfo);
        QCOMPARE(QByteArray::fromStdString(parsed->flags), flags);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("dotdot") << QByteArray("..");
        QTest::newRow("dot file") << QByteArray(".1700000000.M1P2.host:2,S");
        QTest::newRow("slash") << QByteArray("a/b");
    }
    void rejected()
    {
        QFETCH(QByteArray, name);
        QVERIFY(!parseMessageFileName(name.toStdString()).has_value());
    }

    void flagAccessors()
    {
        const auto p = parseMessageFileName("1700000000.M1P2.host:2,DFRSTa");
        QVERIFY(p);
        QVERIFY(p->seen() && p->flagged() && p->answered() && p->deleted() && p->draft());
        QVERIFY(p->hasFlag('a'));
        QVERIFY(!p->hasFlag('b'));
        const auto q = parseMessageFileName("1700000000.M1P2.host:2,a");
        QVERIFY(q);
        QVERIFY(!q->seen() && !q->flagged() && !q->answered() && !q->deleted() && !q->draft());
        // Letters after the ',' inside the info part are not flags.
        const auto r = parseMessageFileName("1700000000.M1P2.host:2,,S");
        QVERIFY(r);
        QVERIFY(!r->seen());
    }
};

QTEST_GUILESS_MAIN(TestMessageFileName)
#include "tst_messagefilename.moc"
