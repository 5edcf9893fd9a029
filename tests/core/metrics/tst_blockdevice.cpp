// SPDX-License-Identifier: GPL-3.0-or-later
// deviceFor: the live "/" resolves to a name /proc/diskstats has; tmpfs and procfs
// have no block device; a fake sysfs tree and a fake diskstats steer the lookup.
#include "core/metrics/blockdevice.h"
#include "core/metrics/diskstats.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <linux/magic.h>

using namespace mailstore::core;
using namespace mailstore::core::metrics;
namespace stdfs = std::filesystem;

// QTemporaryDir::filesystemPath() is Qt 6.8+; the distribution's Qt may be older.
static std::filesystem::path pathOf(const QTemporaryDir &dir)
{
    return std::filesystem::path(dir.path().toStdString());
}

namespace {

void writeText(const stdfs::path &file, const std::string &text)
{
    stdfs::create_directories(file.parent_path());
    std::ofstream(file) << text;
}

} // namespace

class TestBlockDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveRootHasADiskstatsName();
    void tmpfsAndProcAreVirtual();
    void fakeSysfsNamesTheDevice();
    void diskstatsIsTheFallback();
    void unknownNumbersAreVirtual();
    void injectedSysfsForARealPath();
    void errorsNameThePath();
};

void TestBlockDevice::liveRootHasADiskstatsName()
{
    struct stat st {};
    QCOMPARE(::stat("/", &st), 0);
    auto dev = deviceFor("/");
    QVERIFY2(dev, dev ? "" : dev.error().detail.c_str());
    QCOMPARE(dev->major, unsigned(major(st.st_dev)));
    QCOMPARE(dev->minor, unsigned(minor(st.st_dev)));
    if (major(st.st_dev) == 0) {
        QVERIFY(dev->virtualFs);
        QSKIP("\"/\" is on a file system without a block device here (overlay, tmpfs)");
    }
    QVERIFY(!dev->virtualFs);
    QVERIFY(!dev->name.empty());
    auto all = readDiskstats();
    QVERIFY(all);
    const bool found = std::any_of(all->begin(), all->end(), [&](const DiskCounters &c) {
        return c.name == dev->name && c.major == dev->major && c.minor == dev->minor;
    });
    QVERIFY2(found, ("no diskstats line for " + dev->name).c_str());
    // The live sysfs alone gives the same name, when it has the device.
    const std::string numbers = std::to_string(dev->major) + ":" + std::to_string(dev->minor);
    if (stdfs::exists("/sys/dev/block/" + numbers + "/uevent")) {
        auto viaSysfs = deviceFor("/", {"/sys", "/nonexistent/diskstats"});
        QVERIFY2(viaSysfs, viaSysfs ? "" : viaSysfs.error().detail.c_str());
        QCOMPARE(viaSysfs->name, dev->name);
    }
}

void TestBlockDevice::tmpfsAndProcAreVirtual()
{
    auto proc = deviceFor("/proc");
    QVERIFY(proc);
    QVERIFY(proc->virtualFs);
    QVERIFY(proc->name.empty());
    QCOMPARE(proc->major, 0u);

    struct statfs fs {};
    if (::statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC)
        QSKIP("no tmpfs at /dev/shm on this machine");
    auto shm = deviceFor("/dev/shm");
    QVERIFY(shm);
    QVERIFY(shm->virtualFs);
    QVERIFY(shm->name.empty());
}

void TestBlockDevice::fakeSysfsNamesTheDevice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path root = pathOf(dir);
    writeText(root / "sys/dev/block/8:16/uevent", "MAJOR=8\nMINOR=16\nDEVNAME=sdb\nDEVTYPE=disk\n");
    // No diskstats file at all: the uevent alone answers.
    auto dev = deviceForNumbers(8, 16, {root / "sys", root / "no-diskstats"});
    QVERIFY2(dev, dev ? "" : dev.error().detail.c_str());
    QCOMPARE(dev->name, std::string("sdb"));
    QVERIFY(!dev->virtualFs);
    QCOMPARE(dev->major, 8u);
    QCOMPARE(dev->minor, 16u);
}

void TestBlockDevice::diskstatsIsTheFallback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path root = pathOf(dir);
    writeText(root / "diskstats", "   8      16 sdb 1 2 3 4 5 6 7 8 9 10 11\n"
                                  "   8      17 sdb1 1 2 3 4 5 6 7 8 9 10 11\n");
    // A uevent without DEVNAME, and no uevent at all, both fall back to diskstats.
    writeText(root / "sys/dev/block/8:16/uevent", "MAJOR=8\nMINOR=16\n");
    auto disk = deviceForNumbers(8, 16, {root / "sys", root / "diskstats"});
    QVERIFY(disk);
    QCOMPARE(disk->name, std::string("sdb"));
    auto part = deviceForNumbers(8, 17, {root / "sys", root / "diskstats"});
    QVERIFY(part);
    QCOMPARE(part->name, std::string("sdb1"));
    QVERIFY(!part->virtualFs);
}

void TestBlockDevice::unknownNumbersAreVirtual()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path root = pathOf(dir);
    writeText(root / "diskstats", "   8      16 sdb 1 2 3 4 5 6 7 8 9 10 11\n");
    auto dev = deviceForNumbers(43, 5, {root / "sys", root / "diskstats"});
    QVERIFY(dev);
    QVERIFY(dev->virtualFs);
    QVERIFY(dev->name.empty());
    // Major 0 never reads anything: even a missing diskstats is fine.
    auto anon = deviceForNumbers(0, 42, {root / "none", root / "none"});
    QVERIFY(anon);
    QVERIFY(anon->virtualFs);
}

void TestBlockDevice::injectedSysfsForARealPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path root = pathOf(dir);
    struct stat st {};
    QCOMPARE(::stat(root.c_str(), &st), 0);
    if (major(st.st_dev) == 0)
        QSKIP("the temporary folder is on a file system without a block device here");
    const std::string numbers = std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
    writeText(root / "sys/dev/block" / numbers / "uevent", "DEVTYPE=disk\nDEVNAME=fakedisk\n");
    auto dev = deviceFor(root, {root / "sys", root / "no-diskstats"});
    QVERIFY2(dev, dev ? "" : dev.error().detail.c_str());
    QCOMPARE(dev->name, std::string("fakedisk"));
    QCOMPARE(dev->major, unsigned(major(st.st_dev)));
    QCOMPARE(dev->minor, unsigned(minor(st.st_dev)));
}

void TestBlockDevice::errorsNameThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path root = pathOf(dir);
    auto missing = deviceFor(root / "no-such-root");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().path, (root / "no-such-root").string());
    // Neither a uevent nor a readable diskstats: that is an error, not "virtual".
    auto noSources = deviceForNumbers(8, 0, {root / "sys", root / "no-diskstats"});
    QVERIFY(!noSources);
    QCOMPARE(noSources.error().code, ErrorCode::NotFound);
    QCOMPARE(noSources.error().path, (root / "no-diskstats").string());
}

QTEST_GUILESS_MAIN(TestBlockDevice)
#include "tst_blockdevice.moc"
