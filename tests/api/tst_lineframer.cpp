// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/lineframer.h"

#include <QTest>

using mailstore::api::Frame;
using mailstore::api::LineFramer;

class TestLineFramer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsLinesAcrossFeeds();
    void dropsCrAndEmptyLines();
    void oversizeLineIsReportedOnceAndSessionContinues();
    void oversizeMemoryStaysBounded();
    void lineOfExactlyTheCapIsAccepted();
};

void TestLineFramer::splitsLinesAcrossFeeds()
{
    LineFramer f(100);
    f.feed("{\"a\":");
    QVERIFY(!f.next());
    f.feed("1}\n{\"b\"");
    auto first = f.next();
    QVERIFY(first);
    QCOMPARE(first->data, QByteArray("{\"a\":1}"));
    QVERIFY(!first->oversize);
    QVERIFY(!f.next());
    f.feed(":2}\n");
    QCOMPARE(f.next()->data, QByteArray("{\"b\":2}"));
    QVERIFY(!f.next());
}

void TestLineFramer::dropsCrAndEmptyLines()
{
    LineFramer f(100);
    f.feed("\n\r\nabc\r\n\n\ndef\n");
    QCOMPARE(f.next()->data, QByteArray("abc"));
    QCOMPARE(f.next()->data, QByteArray("def"));
    QVERIFY(!f.next());
}

void TestLineFramer::oversizeLineIsReportedOnceAndSessionContinues()
{
    LineFramer f(10);
    f.feed(QByteArray(25, 'x'));
    auto big = f.next();
    QVERIFY(big);
    QVERIFY(big->oversize);
    QVERIFY(big->data.isEmpty());
    f.feed(QByteArray(30, 'y'));
    QVERIFY(!f.next()); // still the same oversize line: no second report
    f.feed("zz\nok\n");
    auto ok = f.next();
    QVERIFY(ok);
    QVERIFY(!ok->oversize);
    QCOMPARE(ok->data, QByteArray("ok"));
    QVERIFY(!f.next());

    // An oversize line that arrives complete in one feed is reported too.
    f.feed(QByteArray(11, 'q') + "\nnext\n");
    auto whole = f.next();
    QVERIFY(whole && whole->oversize);
    QCOMPARE(f.next()->data, QByteArray("next"));
}

void TestLineFramer::oversizeMemoryStaysBounded()
{
    LineFramer f(1024);
    const QByteArray chunk(64 * 1024, 'a');
    int reports = 0;
    for (int i = 0; i < 200; ++i) { // 12.5 MiB of one line
        f.feed(chunk);
        while (auto fr = f.next())
            reports += fr->oversize ? 1 : 0;
        QVERIFY2(f.pendingBytes() <= 64 * 1024, "framer kept an oversize line in memory");
    }
    f.feed("\n{}\n");
    auto last = f.next();
    QVERIFY(last);
    QCOMPARE(last->data, QByteArray("{}"));
    QCOMPARE(reports, 1);
}

void TestLineFramer::lineOfExactlyTheCapIsAccepted()
{
    LineFramer f(8);
    f.feed("12345678\n123456789\n");
    auto a = f.next();
    QVERIFY(a && !a->oversize);
    QCOMPARE(a->data.size(), 8);
    auto b = f.next();
    QVERIFY(b && b->oversize);
}

QTEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
