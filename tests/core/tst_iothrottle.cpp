// SPDX-License-Identifier: GPL-3.0-or-later
// IoThrottle: N bytes never pass in less than N / rate (a lower bound only: this
// machine may be slower), a cancelled wait returns false, no cap means no wait.
#include "core/fs/iothrottle.h"

#include <QElapsedTimer>
#include <QTest>

using mailstore::core::fs::IoThrottle;

class TestIoThrottle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bytesTakeAtLeastSizeOverRate();
    void cancelEndsTheWait();
    void noCapCountsOnly();
};

void TestIoThrottle::bytesTakeAtLeastSizeOverRate()
{
    IoThrottle t(1'000'000);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i)
        QVERIFY(t.consume(60'000));
    QVERIFY(clock.elapsed() >= 300); // 300 000 bytes at 1 MB/s
    QCOMPARE(t.totalBytes(), 300'000u);
}

void TestIoThrottle::cancelEndsTheWait()
{
    IoThrottle t(1000);
    std::atomic<bool> cancel{true};
    QCOMPARE(t.consume(1'000'000, &cancel), false); // would be 1000 s
    QCOMPARE(t.totalBytes(), 1'000'000u);
}

void TestIoThrottle::noCapCountsOnly()
{
    IoThrottle t;
    QCOMPARE(t.rate(), 0u);
    QVERIFY(t.consume(1u << 30));
    QCOMPARE(t.totalBytes(), std::uint64_t(1u << 30));
}

QTEST_GUILESS_MAIN(TestIoThrottle)
#include "tst_iothrottle.moc"
