// SPDX-License-Identifier: GPL-3.0-or-later
// spaceOf: the live numbers agree with std::filesystem::space (an independent reading
// of the same statvfs), inodes of a file system without any are 0, errors name the path.
#include "core/metrics/spaceusage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailstore::core;
using namespace mailstore::core::metrics;
namespace stdfs = std::filesystem;

// QTemporaryDir::filesystemPath() is Qt 6.8+; the distribution's Qt may be older.
static std::filesystem::path pathOf(const QTemporaryDir &dir)
{
    return std::filesystem::path(dir.path().toStdString());
}

class TestSpaceUsage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithFilesystemSpace();
    void noInodesReadsAsZero();
    void missingPathNamesIt();
};

void TestSpaceUsage::agreesWithFilesystemSpace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto u = spaceOf(pathOf(dir));
    QVERIFY2(u, u ? "" : u.error().detail.c_str());
    const stdfs::space_info s = stdfs::space(pathOf(dir));
    QCOMPARE(u->bytesTotal, std::uint64_t(s.capacity));
    // Other processes write meanwhile: free space may move a little between the calls.
    constexpr double Slack = 64.0 * 1024 * 1024;
    QVERIFY(std::abs(double(u->bytesFree) - double(s.free)) < Slack);
    QVERIFY(std::abs(double(u->bytesAvailable) - double(s.available)) < Slack);
    QVERIFY(u->bytesTotal > 0);
    QVERIFY(u->bytesFree <= u->bytesTotal);
    QVERIFY(u->bytesAvailable <= u->bytesFree);
    QVERIFY(u->inodesFree <= u->inodesTotal);
}

void TestSpaceUsage::noInodesReadsAsZero()
{
    auto u = spaceOf("/proc"); // procfs reports no blocks and no inodes
    QVERIFY(u);
    QCOMPARE(u->inodesTotal, 0u);
    QCOMPARE(u->inodesFree, 0u);
    QCOMPARE(u->bytesTotal, 0u);
}

void TestSpaceUsage::missingPathNamesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path missing = pathOf(dir) / "gone";
    auto u = spaceOf(missing);
    QVERIFY(!u);
    QCOMPARE(u.error().code, ErrorCode::NotFound);
    QCOMPARE(u.error().path, missing.string());
}

QTEST_GUILESS_MAIN(TestSpaceUsage)
#include "tst_spaceusage.moc"
