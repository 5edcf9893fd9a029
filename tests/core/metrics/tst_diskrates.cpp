// SPDX-License-Identifier: GPL-3.0-or-later
// ratesBetween: exact numbers for a known delta; wraps, resets, other devices and a
// zero interval give zeros, never negative or huge rates.
#include "core/metrics/diskrates.h"

#include <QTest>

using namespace mailstore::core::metrics;

namespace {

DiskCounters before()
{
    DiskCounters c;
    c.major = 8;
    c.name = "sda";
    c.reads = 1000;
    c.readSectors = 20000;
    c.readMs = 500;
    c.writes = 2000;
    c.writeSectors = 40000;
    c.writeMs = 1500;
    c.inFlight = 4;
    c.ioMs = 10000;
    c.weightedMs = 30000;
    return c;
}

DiskCounters twoSecondsLater()
{
    DiskCounters c = before();
    c.reads += 500;          // 250 read IOPS
    c.readSectors += 20480;  // 10 485 760 bytes
    c.readMs += 1000;
    c.writes += 1500;        // 750 write IOPS
    c.writeSectors += 40960; // 20 971 520 bytes
    c.writeMs += 4000;       // 5000 ms over 2000 I/Os: 2.5 ms each
    c.inFlight = 1;          // a level: going down is not a reset
    c.ioMs += 1500;          // 1.5 s busy of 2 s
    c.weightedMs += 6000;
    return c;
}

bool allZero(const DiskRates &r)
{
    return r.readIops == 0 && r.writeIops == 0 && r.readMBps == 0 && r.writeMBps == 0
           && r.avgLatencyMs == 0 && r.utilisationPct == 0;
}

} // namespace

class TestDiskRates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownDelta();
    void noIoMeansNoLatency();
    void utilisationIsClamped();
    void counterWrapGivesZeros();
    void resetGivesZeros();
    void otherDeviceOrNoTimeGivesZeros();
};

void TestDiskRates::knownDelta()
{
    const DiskRates r = ratesBetween(before(), twoSecondsLater(), 2.0);
    QCOMPARE(r.readIops, 250.0);
    QCOMPARE(r.writeIops, 750.0);
    QCOMPARE(r.readMBps, 5.24288);
    QCOMPARE(r.writeMBps, 10.48576);
    QCOMPARE(r.avgLatencyMs, 2.5);
    QCOMPARE(r.utilisationPct, 75.0);
}

void TestDiskRates::noIoMeansNoLatency()
{
    DiskCounters b = before();
    b.ioMs += 100; // the device was busy with something that did not complete
    const DiskRates r = ratesBetween(before(), b, 10.0);
    QCOMPARE(r.readIops, 0.0);
    QCOMPARE(r.writeIops, 0.0);
    QCOMPARE(r.avgLatencyMs, 0.0);
    QCOMPARE(r.utilisationPct, 1.0);
    QVERIFY(allZero(ratesBetween(before(), before(), 5.0)));
}

void TestDiskRates::utilisationIsClamped()
{
    DiskCounters b = twoSecondsLater();
    b.ioMs = before().ioMs + 2600;
    QCOMPARE(ratesBetween(before(), b, 2.0).utilisationPct, 100.0);
}

void TestDiskRates::counterWrapGivesZeros()
{
    DiskCounters a = before();
    a.writes = 4294967290u; // a 32-bit counter just before it wraps
    DiskCounters b = twoSecondsLater();
    b.writes = 12;
    QVERIFY(allZero(ratesBetween(a, b, 2.0)));
    DiskCounters c = twoSecondsLater();
    c.ioMs = before().ioMs - 1;
    QVERIFY(allZero(ratesBetween(before(), c, 2.0)));
}

void TestDiskRates::resetGivesZeros()
{
    DiskCounters fresh;
    fresh.major = 8;
    fresh.name = "sda";
    fresh.reads = 3;
    QVERIFY(allZero(ratesBetween(twoSecondsLater(), fresh, 2.0)));
}

void TestDiskRates::otherDeviceOrNoTimeGivesZeros()
{
    DiskCounters other = twoSecondsLater();
    other.minor = 1;
    QVERIFY(allZero(ratesBetween(before(), other, 2.0)));
    QVERIFY(allZero(ratesBetween(before(), twoSecondsLater(), 0.0)));
    QVERIFY(allZero(ratesBetween(before(), twoSecondsLater(), -1.0)));
}

QTEST_GUILESS_MAIN(TestDiskRates)
#include "tst_diskrates.moc"
