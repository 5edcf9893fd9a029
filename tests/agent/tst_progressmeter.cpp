// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressMeter with made-up clocks: no ETA before 2 s and 1 % of the work, the ETA from
// this job's own throughput (the slower of items and bytes), a stall lowers the rate,
// the 30 s window follows a change of speed, and a silent lead-in is not in the rate.
#include "agent/jobs/progressmeter.h"

#include <QTest>

#include <cmath>

using mailstore::agent::ProgressMeter;

class TestProgressMeter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void estimatingUntilEnoughData();
    void etaFromTheSlowerMeasure();
    void stallLowersTheRate();
    void windowFollowsASpeedChange();
    void slowdownCaughtByTheRecentThird();
    void itemsOnlyJob();
    void silentLeadInNotInTheRate();
};

void TestProgressMeter::estimatingUntilEnoughData()
{
    ProgressMeter m;
    m.start(0);
    m.sample(1000, 50, 500);
    auto e = m.estimate(1000, 50, 100, 500, 1000); // half done, but only 1 s in
    QVERIFY(!e.etaSeconds);
    QCOMPARE(e.bytesPerSec, 500.0);
    QCOMPARE(e.itemsPerSec, 50.0);
    ProgressMeter slow;
    slow.start(0);
    slow.sample(3000, 0, 5);
    QVERIFY(!slow.estimate(3000, 0, 100, 5, 1000).etaSeconds); // 0.5 % of the bytes
    slow.sample(4000, 1, 10);
    const auto e2 = slow.estimate(4000, 1, 100, 10, 1000); // 1 %: now there is a figure
    QVERIFY(e2.etaSeconds);
    QCOMPARE(*e2.etaSeconds, 396); // (100 - 1) items at 0.25/s; bytes: 990 at 2.5/s = 396 too
}

void TestProgressMeter::etaFromTheSlowerMeasure()
{
    ProgressMeter m;
    m.start(0);
    for (int s = 1; s <= 10; ++s)
        m.sample(s * 1000, 2 * s, 10 * s);
    const auto e = m.estimate(10'000, 20, 100, 100, 1000);
    QCOMPARE(e.bytesPerSec, 10.0);
    QCOMPARE(e.itemsPerSec, 2.0);
    QCOMPARE(*e.etaSeconds, 90); // bytes: 900 / 10; items would say 80 / 2 = 40
}

void TestProgressMeter::stallLowersTheRate()
{
    ProgressMeter m;
    m.start(0);
    m.sample(10'000, 10, 100);
    const auto e = m.estimate(20'000, 10, 0, 100, 1000); // nothing moved for 10 s
    QCOMPARE(e.bytesPerSec, 5.0);
    QCOMPARE(*e.etaSeconds, 180);
}

void TestProgressMeter::windowFollowsASpeedChange()
{
    ProgressMeter m;
    m.start(0);
    qint64 bytes = 0;
    for (int s = 1; s <= 60; ++s)
        m.sample(s * 1000, 0, bytes += 10);
    for (int s = 61; s <= 100; ++s)
        m.sample(s * 1000, 0, bytes += 20);
    const auto e = m.estimate(100'000, 0, 0, bytes, 10'000);
    QCOMPARE(e.bytesPerSec, 20.0); // the last 30 s only
    QCOMPARE(*e.etaSeconds, (10'000 - bytes) / 20);
}

void TestProgressMeter::slowdownCaughtByTheRecentThird()
{
    // 20 s at 20 B/s, then 10 s at 10 B/s: the window's rate (500 B / 30 s) would promise
    // the rest 40 % early; the last third (10 B/s) gives the figure.
    ProgressMeter m;
    m.start(0);
    qint64 bytes = 0;
    for (int s = 1; s <= 20; ++s)
        m.sample(s * 1000, 0, bytes += 20);
    for (int s = 21; s <= 30; ++s)
        m.sample(s * 1000, 0, bytes += 10);
    const auto e = m.estimate(30'000, 0, 0, bytes, 2'000);
    QCOMPARE(bytes, 500);
    QVERIFY(std::abs(e.bytesPerSec - 500.0 / 30.0) < 1e-9); // the shown rate is the window's
    QCOMPARE(*e.etaSeconds, (2'000 - 500) / 10);
    // Speeding up instead: the window's slower figure stays (no early promise).
    ProgressMeter up;
    up.start(0);
    bytes = 0;
    for (int s = 1; s <= 20; ++s)
        up.sample(s * 1000, 0, bytes += 10);
    for (int s = 21; s <= 30; ++s)
        up.sample(s * 1000, 0, bytes += 20);
    QCOMPARE(*up.estimate(30'000, 0, 0, bytes, 2'000).etaSeconds, qint64(std::ceil((2'000 - 400) / (400.0 / 30.0))));
}

void TestProgressMeter::itemsOnlyJob()
{
    ProgressMeter m;
    m.start(0);
    m.sample(4000, 8, 0);
    const auto e = m.estimate(4000, 8, 40, 0, 0);
    QCOMPARE(e.itemsPerSec, 2.0);
    QCOMPARE(*e.etaSeconds, 16);
}

void TestProgressMeter::silentLeadInNotInTheRate()
{
    // 3 s of planning that reports no progress (three reports, all zero), then 100 bytes
    // and 1 item a second: the ETA is the steady remaining time, exactly, from the first
    // figure on. Measured from start() it would say 3 s / 10 s = 30 % more at 10 s in.
    ProgressMeter m;
    m.start(0);
    for (const qint64 t : {1000, 2000, 3000})
        m.sample(t, 0, 0);
    QVERIFY(!m.estimate(3000, 0, 100, 0, 10'000).etaSeconds); // nothing moved yet
    for (qint64 s = 1; s <= 97; ++s) {
        const qint64 now = 3000 + s * 1000;
        m.sample(now, s, s * 100);
        const auto e = m.estimate(now, s, 100, s * 100, 10'000);
        QCOMPARE(e.bytesPerSec, 100.0);
        QCOMPARE(e.itemsPerSec, 1.0);
        QVERIFY(e.etaSeconds);
        QCOMPARE(*e.etaSeconds, 100 - s);
    }
}

QTEST_GUILESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
