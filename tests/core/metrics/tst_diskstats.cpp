// SPDX-License-Identifier: GPL-3.0-or-later
// parseDiskstats: the three kernel formats give exact field values, a line that does
// not fit is Corrupted with its line number, and the live /proc/diskstats parses and
// holds the device of "/".
#include "core/metrics/diskstats.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace mailstore::core;
using namespace mailstore::core::metrics;

// QTemporaryDir::filesystemPath() is Qt 6.8+; the distribution's Qt may be older.
static std::filesystem::path pathOf(const QTemporaryDir &dir)
{
    return std::filesystem::path(dir.path().toStdString());
}

class TestDiskstats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fourteenFields();
    void eighteenFields();
    void twentyFieldsOfARealLine();
    void severalLinesAndBlanks();
    void laterKernelsMayAppendFields();
    void badLineNamesItsNumber_data();
    void badLineNamesItsNumber();
    void readErrorsNameTheFile();
    void liveDiskstatsHoldsTheRootDevice();
};

void TestDiskstats::fourteenFields()
{
    auto r = parseDiskstats("   8       0 sda 100 5 2000 300 400 6 8000 700 2 900 1000\n");
    QVERIFY(r);
    QCOMPARE(r->size(), 1u);
    const DiskCounters &c = r->front();
    QCOMPARE(c.major, 8u);
    QCOMPARE(c.minor, 0u);
    QCOMPARE(c.name, std::string("sda"));
    QCOMPARE(c.reads, 100u);
    QCOMPARE(c.readSectors, 2000u);
    QCOMPARE(c.readMs, 300u);
    QCOMPARE(c.writes, 400u);
    QCOMPARE(c.writeSectors, 8000u);
    QCOMPARE(c.writeMs, 700u);
    QCOMPARE(c.inFlight, 2u);
    QCOMPARE(c.ioMs, 900u);
    QCOMPARE(c.weightedMs, 1000u);
}

void TestDiskstats::eighteenFields()
{
    // Discard counters (fields 15-18) are read past, not into the I/O numbers.
    auto r = parseDiskstats(" 259       1 nvme0n1p1 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25");
    QVERIFY(r);
    QCOMPARE(r->size(), 1u);
    const DiskCounters &c = r->front();
    QCOMPARE(c.major, 259u);
    QCOMPARE(c.minor, 1u);
    QCOMPARE(c.name, std::string("nvme0n1p1"));
    QCOMPARE(c.reads, 11u);
    QCOMPARE(c.readSectors, 13u);
    QCOMPARE(c.readMs, 14u);
    QCOMPARE(c.writes, 15u);
    QCOMPARE(c.writeSectors, 17u);
    QCOMPARE(c.writeMs, 18u);
    QCOMPARE(c.inFlight, 19u);
    QCOMPARE(c.ioMs, 20u);
    QCOMPARE(c.weightedMs, 21u);
}

void TestDiskstats::twentyFieldsOfARealLine()
{
    // Copied from a Linux 6.x virtio guest.
    auto r = parseDiskstats(" 254       0 vda 6490801 501962 208257434 1373345 4935145 24947247 1477125712 "
                            "8500745 0 1680372 11026370 21400514 1195 1182892944 1125615 646865 26663\n");
    QVERIFY(r);
    QCOMPARE(r->size(), 1u);
    const DiskCounters &c = r->front();
    QCOMPARE(c.major, 254u);
    QCOMPARE(c.minor, 0u);
    QCOMPARE(c.name, std::string("vda"));
    QCOMPARE(c.reads, 6490801u);
    QCOMPARE(c.readSectors, 208257434u);
    QCOMPARE(c.readMs, 1373345u);
    QCOMPARE(c.writes, 4935145u);
    QCOMPARE(c.writeSectors, 1477125712u);
    QCOMPARE(c.writeMs, 8500745u);
    QCOMPARE(c.inFlight, 0u);
    QCOMPARE(c.ioMs, 1680372u);
    QCOMPARE(c.weightedMs, 11026370u);
}

void TestDiskstats::severalLinesAndBlanks()
{
    const char *text = "   7       0 loop0 1 0 2 3 0 0 0 0 0 4 5 0 0 0 0 0 0\n"
                       "\n"
                       " 253       0 dm-0 18446744073709551615 0 0 0 0 0 0 0 0 0 0\n"
                       "   \t\n";
    auto r = parseDiskstats(text);
    QVERIFY(r);
    QCOMPARE(r->size(), 2u);
    QCOMPARE((*r)[0].name, std::string("loop0"));
    QCOMPARE((*r)[0].reads, 1u);
    QCOMPARE((*r)[0].readSectors, 2u);
    QCOMPARE((*r)[0].ioMs, 4u);
    QCOMPARE((*r)[0].weightedMs, 5u);
    QCOMPARE((*r)[1].name, std::string("dm-0"));
    QCOMPARE((*r)[1].major, 253u);
    QCOMPARE((*r)[1].reads, std::numeric_limits<std::uint64_t>::max());
    auto empty = parseDiskstats("");
    QVERIFY(empty);
    QVERIFY(empty->empty());
}

void TestDiskstats::laterKernelsMayAppendFields()
{
    auto r = parseDiskstats("8 0 sda 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19");
    QVERIFY(r);
    QCOMPARE(r->front().reads, 1u);
    QCOMPARE(r->front().weightedMs, 11u);
}

void TestDiskstats::badLineNamesItsNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray good = "8 0 sda 1 2 3 4 5 6 7 8 9 10 11\n";
    QTest::newRow("too few") << good + "8 1 sda1 1 2 3 4 5 6 7 8 9 10\n"
                             << QByteArray("diskstats line 2: expected 14, 18 or 20 fields, found 13");
    QTest::newRow("15 fields") << good + good + "8 1 sda1 1 2 3 4 5 6 7 8 9 10 11 12\n"
                               << QByteArray("diskstats line 3: expected 14, 18 or 20 fields, found 15");
    QTest::newRow("19 fields") << QByteArray("8 1 sda1 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n")
                               << QByteArray("diskstats line 1: expected 14, 18 or 20 fields, found 19");
    QTest::newRow("word in a counter") << good + "\n8 1 sda1 1 2 x 4 5 6 7 8 9 10 11\n"
                                       << QByteArray("diskstats line 3: field 6 is not a number");
    QTest::newRow("negative") << QByteArray("8 1 sda1 1 2 3 4 5 6 7 8 9 10 -11\n")
                              << QByteArray("diskstats line 1: field 14 is not a number");
    QTest::newRow("overflow") << QByteArray("8 1 sda1 18446744073709551616 2 3 4 5 6 7 8 9 10 11\n")
                              << QByteArray("diskstats line 1: field 4 is not a number");
    QTest::newRow("bad major") << QByteArray("sda 1 sda1 1 2 3 4 5 6 7 8 9 10 11\n")
                               << QByteArray("diskstats line 1: device number is not a number");
}

void TestDiskstats::badLineNamesItsNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    auto r = parseDiskstats(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Corrupted);
    QCOMPARE(QByteArray::fromStdString(r.error().detail), expected);
}

void TestDiskstats::readErrorsNameTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path missing = pathOf(dir) / "none";
    auto r = readDiskstats(missing);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(r.error().path, missing.string());

    const std::filesystem::path bad = pathOf(dir) / "diskstats";
    std::ofstream(bad) << "8 0 sda 1 2 3 4 5 6 7 8 9 10 11\n8 1 sda1 oops\n";
    auto c = readDiskstats(bad);
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::Corrupted);
    QCOMPARE(c.error().path, bad.string());
    QCOMPARE(c.error().detail, std::string("diskstats line 2: expected 14, 18 or 20 fields, found 4"));
}

void TestDiskstats::liveDiskstatsHoldsTheRootDevice()
{
    auto r = readDiskstats();
    QVERIFY2(r, r ? "" : r.error().detail.c_str());
    QVERIFY(!r->empty());
    struct stat st {};
    QCOMPARE(::stat("/", &st), 0);
    if (major(st.st_dev) == 0)
        QSKIP("\"/\" is on a file system without a block device here (overlay, tmpfs)");
    const auto it = std::find_if(r->begin(), r->end(), [&](const DiskCounters &c) {
        return c.major == major(st.st_dev) && c.minor == minor(st.st_dev);
    });
    QVERIFY2(it != r->end(), "the device of / is not in /proc/diskstats");
    QVERIFY(!it->name.empty());
    // This test binary was read from disk by someone: the root device has done I/O.
    QVERIFY(it->reads + it->writes > 0);
}

QTEST_GUILESS_MAIN(TestDiskstats)
#include "tst_diskstats.moc"
