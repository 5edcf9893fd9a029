// SPDX-License-Identifier: GPL-3.0-or-later
// StorageSampler in-process against the live system: real /proc/diskstats of the device
// holding a temp folder, real statvfs, a real fsync probe, a real metrics.sqlite.
// A degraded disk: this kernel has no device-mapper driver (/dev/mapper/control is
// missing, so no dm-delay target), so the slow disk is a ProbeFs double injected through
// the sampler's test-only hook (SamplerOptions::probeFs, the probe's file-system boundary):
// once a disk that stalls for 2.5 s, once a disk whose every fdatasync takes 60 ms more.
#include "../../src/agent/metrics/storagesampler.h"
#include "../../src/core/metrics/metricstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <thread>
#include <unistd.h>

using namespace mailstore;
using namespace mailstore::agent::metrics;
namespace cm = mailstore::core::metrics;

namespace {
std::optional<double> valueOf(const StorageSnapshot &s, std::string_view name)
{
    for (const auto &[n, v] : s.values)
        if (n == name)
            return v;
    return std::nullopt;
}

bool waitSamples(const StorageSampler &sampler, std::uint64_t n, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (sampler.snapshot().samples < n && t.elapsed() < timeoutMs)
        QThread::msleep(50);
    return sampler.snapshot().samples >= n;
}

std::size_t rowsOf(const std::filesystem::path &file, std::string_view series)
{
    auto store = cm::MetricStore::open(file);
    if (!store)
        return 0;
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    auto buckets = store->query(series, now - 600000, now + 1000, 5000);
    std::size_t n = 0;
    for (const auto &b : buckets ? *buckets : std::vector<cm::MetricStore::Bucket>{})
        n += b.count;
    return n;
}

// The real calls, except that the first fdatasync takes 2.5 s: a disk that stalls once.
class StallingFs final : public cm::ProbeFs {
public:
    int open(const char *path, int flags, mode_t mode) override { return cm::systemProbeFs().open(path, flags, mode); }
    ssize_t write(int fd, const void *data, size_t size) override { return cm::systemProbeFs().write(fd, data, size); }
    int fdatasync(int fd) override
    {
        if (m_calls++ == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        return cm::systemProbeFs().fdatasync(fd);
    }
    int close(int fd) override { return cm::systemProbeFs().close(fd); }
    int unlink(const char *path) override { return cm::systemProbeFs().unlink(path); }

private:
    std::atomic<int> m_calls = 0;
};

// The real calls with every fdatasync 60 ms slower: a disk that has gone bad for good.
class SlowFs final : public cm::ProbeFs {
public:
    int open(const char *path, int flags, mode_t mode) override { return cm::systemProbeFs().open(path, flags, mode); }
    ssize_t write(int fd, const void *data, size_t size) override { return cm::systemProbeFs().write(fd, data, size); }
    int fdatasync(int fd) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        return cm::systemProbeFs().fdatasync(fd);
    }
    int close(int fd) override { return cm::systemProbeFs().close(fd); }
    int unlink(const char *path) override { return cm::systemProbeFs().unlink(path); }
};
} // namespace

class TestStorageSampler : public QObject {
    Q_OBJECT
private slots:
    void samplesTheLiveSystem();
    void stuckProbeIsAGapThenItsRealDuration();
    void corruptHistoryIsReportedAndSamplingGoesOn();
    void degradedDiskRaisesTheFsyncAlert();
    void intervalZeroSamplesNothing();
    void intervalZeroStillJudgesTheHistory();
    void virtualFileSystemHasNoIoSeries();
};

void TestStorageSampler::samplesTheLiveSystem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("root")));
    SamplerOptions o;
    o.mailRoot = dir.filePath(QStringLiteral("root")).toStdString();
    o.storeFile = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    o.intervalSec = 1;
    StorageSampler sampler(o);
    sampler.start();
    QVERIFY(waitSamples(sampler, 4, 15000));
    sampler.stop();
    const auto s = sampler.snapshot();
    QVERIFY(s.error.empty());
    struct statvfs vfs {};
    QCOMPARE(::statvfs(o.mailRoot.c_str(), &vfs), 0);
    QCOMPARE(valueOf(s, "space.total_bytes").value(), double(vfs.f_blocks) * double(vfs.f_frsize));
    const double used = valueOf(s, "space.used_bytes").value();
    QVERIFY(used > 0 && used <= double(vfs.f_blocks) * double(vfs.f_frsize));
    // The last probe's value (a probe slower than half an interval on a busy machine lands
    // in the next sample, so the latest sample itself may lack it).
    QVERIFY(s.lastFsyncMs.has_value());
    const double fsync = *s.lastFsyncMs;
    QVERIFY2(fsync > 0 && fsync < 5000, QByteArray::number(fsync).constData());
    if (const auto latest = valueOf(s, "fsync.latency_ms"))
        QCOMPARE(*latest, fsync);
    // Every series of the vocabulary this host has, in the latest sample (io.* from the
    // second sample on, on a real block device).
    QCOMPARE(s.virtualFs, s.device.empty());
    for (const char *io :
         {"io.read_iops", "io.write_iops", "io.read_mbps", "io.write_mbps", "io.latency_ms", "io.util_pct"}) {
        QCOMPARE(valueOf(s, io).has_value(), !s.virtualFs);
        if (!s.virtualFs)
            QVERIFY(*valueOf(s, io) >= 0);
    }
    if (!s.virtualFs)
        QVERIFY(*valueOf(s, "io.util_pct") <= 100);
    QVERIFY(*valueOf(s, "agent.write_mbps") >= 0);
    QVERIFY(*valueOf(s, "agent.read_mbps") >= 0);
    if (vfs.f_files > 0)
        QCOMPARE(valueOf(s, "inodes.total").value(), double(vfs.f_files));
    // The history holds one row per tick; the probe left nothing in the mail root.
    QCOMPARE(rowsOf(o.storeFile, "space.total_bytes"), std::size_t(s.samples));
    const std::size_t probes = rowsOf(o.storeFile, "fsync.latency_ms");
    QVERIFY2(probes <= s.samples && probes + 1 >= s.samples, QByteArray::number(qulonglong(probes)).constData());
    QCOMPARE(
        QDir(dir.filePath(QStringLiteral("root"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestStorageSampler::stuckProbeIsAGapThenItsRealDuration()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StallingFs fs;
    SamplerOptions o;
    o.mailRoot = dir.path().toStdString();
    o.storeFile = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    o.intervalSec = 1;
    o.probeFs = &fs;
    StorageSampler sampler(o);
    sampler.start();
    // Within the stall: the tick went on without a value and the stuck time shows.
    QVERIFY(waitSamples(sampler, 2, 5000));
    const auto during = sampler.snapshot();
    QVERIFY(!valueOf(during, "fsync.latency_ms"));
    QVERIFY2(during.probeRunningMs >= 900, QByteArray::number(during.probeRunningMs).constData());
    QVERIFY(valueOf(during, "space.total_bytes")); // the rest of the sample is there
    QVERIFY(waitSamples(sampler, 6, 15000));
    sampler.stop();
    const auto after = sampler.snapshot();
    QCOMPARE(after.probeRunningMs, 0.0);
    // The ticks during the stall have no fsync row; the stall itself is recorded once,
    // with its real duration, and the probes after it are fast again.
    auto store = cm::MetricStore::open(o.storeFile);
    QVERIFY(store.has_value());
    auto all = store->query("fsync.latency_ms", after.t - 60000, after.t, 5000);
    QVERIFY(all.has_value());
    double worst = 0;
    std::size_t rows = 0;
    for (const auto &b : *all) {
        worst = std::max(worst, b.max);
        rows += b.count;
    }
    QVERIFY2(worst >= 2500 && worst < 4000, QByteArray::number(worst).constData());
    QVERIFY(rows >= 2);
    QVERIFY2(rows <= after.samples - 2, QByteArray::number(qulonglong(rows)).constData());
    QVERIFY(after.lastFsyncMs.value() < 2500);
    QCOMPARE(rowsOf(o.storeFile, "space.total_bytes"), std::size_t(after.samples));
}

void TestStorageSampler::corruptHistoryIsReportedAndSamplingGoesOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("metrics.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    SamplerOptions o;
    o.mailRoot = dir.path().toStdString();
    o.storeFile = file.toStdString();
    o.intervalSec = 1;
    StorageSampler sampler(o);
    sampler.start();
    QVERIFY(waitSamples(sampler, 3, 10000));
    sampler.stop();
    const auto s = sampler.snapshot();
    QVERIFY2(s.error.starts_with("metrics history: ") && s.error.find(file.toStdString()) != std::string::npos,
             s.error.c_str());
    QVERIFY(valueOf(s, "space.total_bytes"));
    // Never recreated: the damaged history is evidence.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
}

void TestStorageSampler::degradedDiskRaisesTheFsyncAlert()
{
    // A week of this host at 2 ms (every 5 minutes, up to an hour ago), then the disk goes
    // slow: the sampler's own probes now take 60+ ms and the rule fires on them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path file = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::vector<cm::MetricStore::Row> rows;
    for (std::int64_t t = now - 7LL * 86400000; t < now - 3600000; t += 300000)
        rows.push_back({t, {{"fsync.latency_ms", 2.0}}});
    {
        auto store = cm::MetricStore::open(file);
        QVERIFY(store.has_value());
        QVERIFY(store->appendMany(rows).has_value());
    }
    SlowFs fs;
    SamplerOptions o;
    o.mailRoot = dir.path().toStdString();
    o.storeFile = file;
    o.intervalSec = 1;
    o.probeFs = &fs;
    StorageSampler sampler(o);
    sampler.start();
    QVERIFY(waitSamples(sampler, 1, 5000)); // the rules run after the first sample
    sampler.stop();
    const auto s = sampler.snapshot();
    QCOMPARE(s.alerts.learning, false);
    QCOMPARE(s.alerts.alerts.size(), std::size_t(1));
    const auto &a = s.alerts.alerts.front();
    QCOMPARE(a.kind, std::string("fsync-latency"));
    QCOMPARE(a.series, std::string("fsync.latency_ms"));
    QVERIFY(a.severity == cm::Severity::Critical); // 60 ms is 30x the 2 ms baseline
    QCOMPARE(a.threshold, 20.0);                   // 3 x 2 ms is under the 20 ms floor
    QVERIFY2(a.value >= 60 && a.value < 1000, QByteArray::number(a.value).constData());
    QVERIFY2(a.message.starts_with("fsync latency p95 ") && a.message.ends_with("x its 7-day baseline of 2.0 ms"),
             a.message.c_str());
    QVERIFY(a.since >= now);
}

void TestStorageSampler::intervalZeroSamplesNothing()
{
    QTemporaryDir dir;
    SamplerOptions o;
    o.mailRoot = dir.path().toStdString();
    o.storeFile = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    o.intervalSec = 0;
    StorageSampler sampler(o);
    sampler.start();
    QThread::msleep(300);
    QCOMPARE(sampler.snapshot().samples, std::uint64_t(0));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("metrics.sqlite"))));
}

void TestStorageSampler::intervalZeroStillJudgesTheHistory()
{
    // Sampling off on a host with history: nothing is written, but the rules run on what is
    // there and the last 15 recorded minutes stand in for the latest sample.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path file = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::vector<cm::MetricStore::Row> rows;
    for (std::int64_t t = now - 7LL * 86400000; t < now - 3600000; t += 300000)
        rows.push_back({t, {{"fsync.latency_ms", 2.0}}});
    for (std::int64_t t = now - 3600000 + 60000; t < now; t += 60000)
        rows.push_back({t, {{"fsync.latency_ms", 50.0}, {"space.total_bytes", 1000.0}, {"space.used_bytes", 400.0}}});
    {
        auto store = cm::MetricStore::open(file);
        QVERIFY(store.has_value());
        QVERIFY(store->appendMany(rows).has_value());
    }
    const auto sizeBefore = std::filesystem::file_size(file);
    SamplerOptions o;
    o.mailRoot = dir.path().toStdString();
    o.storeFile = file;
    o.intervalSec = 0;
    StorageSampler sampler(o);
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(!sampler.snapshot().alerts.alerts.empty(), 5000);
    sampler.stop();
    const auto s = sampler.snapshot();
    QCOMPARE(s.samples, std::uint64_t(0));
    QCOMPARE(s.alerts.alerts.size(), std::size_t(1));
    QCOMPARE(s.alerts.alerts.front().message, std::string("fsync latency p95 50 ms, 25.0x its 7-day baseline of 2.0 ms"));
    QVERIFY(s.lastFsyncMs && *s.lastFsyncMs == 50.0);
    QCOMPARE(s.availBytes, std::uint64_t(600));
    QCOMPARE(std::filesystem::file_size(file), sizeBefore);
}

void TestStorageSampler::virtualFileSystemHasNoIoSeries()
{
    // /dev/shm is a tmpfs: no block device, so no io.* series; space and the probe stay.
    struct statfs fs {};
    if (::statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC)
        QSKIP("no tmpfs at /dev/shm");
    QTemporaryDir root(QStringLiteral("/dev/shm/msa-XXXXXX"));
    QTemporaryDir dir;
    QVERIFY(root.isValid() && dir.isValid());
    SamplerOptions o;
    o.mailRoot = root.path().toStdString();
    o.storeFile = dir.filePath(QStringLiteral("metrics.sqlite")).toStdString();
    o.intervalSec = 1;
    StorageSampler sampler(o);
    sampler.start();
    QVERIFY(waitSamples(sampler, 2, 10000));
    sampler.stop();
    const auto s = sampler.snapshot();
    QVERIFY(s.virtualFs);
    QCOMPARE(s.device, std::string());
    std::vector<std::string> names;
    for (const auto &[n, v] : s.values)
        names.push_back(n);
    QVERIFY(std::none_of(names.begin(), names.end(), [](const std::string &n) { return n.starts_with("io."); }));
    QVERIFY(valueOf(s, "space.total_bytes").has_value());
    QVERIFY(s.lastFsyncMs.has_value());
    QCOMPARE(s.available.front(), std::string("fsync.latency_ms"));
}

QTEST_GUILESS_MAIN(TestStorageSampler)
#include "tst_storagesampler.moc"
