// SPDX-License-Identifier: GPL-3.0-or-later
// The hooks of createBackup and verifyBackup: progress only grows and ends exactly at
// its totals, a cancel mid-run leaves nothing behind (no temp file, no catalog entry, no
// recorded verify), and a throttle holds within one big message or archive. Timings
// assert lower bounds only: a loaded machine may always be slower.
#include "backupfixture.h"
#include "core/archive/backupcatalog.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/fs/iothrottle.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <sys/stat.h>

using namespace mailstore::core;
using namespace mailstore::core::archive;

class TestBackupHooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createProgressEndsAtTotals();
    void incrementalCountsOnlyWhatItReads();
    void createCancelLeavesNothing();
    void createThrottleHoldsWithinAMessage();
    void verifyProgressEndsAtTotals();
    void verifyCancelRecordsNothing();
    void verifyThrottleHoldsWithinAnArchive();
};

namespace {

constexpr std::uint64_t BigBytes = 6u << 20;

// Bytes zstd cannot shrink, so the archive is as big as the messages.
std::string noise(std::size_t size, std::uint64_t seed)
{
    std::string out(size, '\0');
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    for (auto &c : out) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = static_cast<char>(x >> 24);
    }
    return out;
}

// The fixture's six small messages plus one big message of noise in INBOX.
struct Setup {
    QTemporaryDir tmp;
    std::string root, target;
    maildir::AccountLocation account;
    std::uint64_t bytes = 0; // all message bytes of the account
    Setup()
    {
        root = fixture::tempRoot(tmp);
        account = backupfixture::makeAccount(root + "/store");
        fixture::writeFile(account.maildir.string() + "/cur/1700000009.M9P1.host:2,S", noise(BigBytes, 9), 1700000009);
        bytes = 11 + 12 + 6 + 12 + 70000 + 9 + BigBytes;
        target = root + "/target";
        fixture::makeDir(target);
    }
};

std::vector<std::string> folderNames(const std::string &dir)
{
    std::vector<std::string> out;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

template <class P> bool monotonic(const std::vector<P> &seen)
{
    for (std::size_t i = 1; i < seen.size(); ++i)
        if (seen[i].messagesDone < seen[i - 1].messagesDone || seen[i].bytesDone < seen[i - 1].bytesDone
            || seen[i].messagesTotal < seen[i - 1].messagesTotal || seen[i].bytesDone > seen[i].bytesTotal)
            return false;
    return true;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

void TestBackupHooks::createProgressEndsAtTotals()
{
    Setup s;
    std::vector<BackupProgress> seen;
    BackupOptions options{false, 1800000000, 2, 3};
    options.progress = [&](const BackupProgress &p) { seen.push_back(p); };
    auto made = createBackup(s.account, s.target, options);
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    QVERIFY(monotonic(seen));
    QCOMPARE(seen.front().messagesTotal, 7u);
    QCOMPARE(seen.front().bytesTotal, s.bytes);
    QCOMPARE(seen.back().messagesDone, 7u);
    QCOMPARE(seen.back().messagesTotal, 7u);
    QCOMPARE(seen.back().bytesDone, s.bytes);
    QCOMPARE(seen.back().bytesTotal, s.bytes);
    // One report per message, the last, and about one per MiB inside the big message.
    QVERIFY(seen.size() >= 7 + 1 + 5);
}

void TestBackupHooks::incrementalCountsOnlyWhatItReads()
{
    Setup s;
    QVERIFY(createBackup(s.account, s.target, {false, 1800000000, 2, 3}));
    fixture::writeFile(s.account.maildir.string() + "/new/1700000010.M10P1.host", "a new one\n", 1700000010);
    std::vector<BackupProgress> seen;
    BackupOptions options{true, 1800000100, 2, 3};
    options.progress = [&](const BackupProgress &p) { seen.push_back(p); };
    auto inc = createBackup(s.account, s.target, options);
    QVERIFY2(inc, inc ? "" : inc.error().detail.c_str());
    QVERIFY(monotonic(seen));
    QCOMPARE(seen.back().messagesDone, 8u);
    QCOMPARE(seen.back().messagesTotal, 8u);
    QCOMPARE(seen.back().bytesDone, 10u); // only the new message is read
    QCOMPARE(seen.back().bytesTotal, 10u);
}

void TestBackupHooks::createCancelLeavesNothing()
{
    Setup s;
    std::atomic<bool> cancel{false};
    std::vector<BackupProgress> seen;
    BackupOptions options{false, 1800000000, 2, 3};
    options.cancel = &cancel;
    // Cancelled inside the big message, after its second MiB.
    options.progress = [&](const BackupProgress &p) {
        seen.push_back(p);
        if (p.bytesDone >= s.bytes - BigBytes + (2u << 20))
            cancel = true;
    };
    auto made = createBackup(s.account, s.target, options);
    QVERIFY(!made);
    QCOMPARE(made.error().code, ErrorCode::Cancelled);
    QVERIFY(seen.back().bytesDone < seen.back().bytesTotal);
    QCOMPARE(folderNames(s.target), std::vector<std::string>{}); // no temp file, no catalog
    auto catalog = readCatalog(s.target);
    QVERIFY(catalog);
    QCOMPARE(catalog->entries.size(), 0u);
}

void TestBackupHooks::createThrottleHoldsWithinAMessage()
{
    Setup s;
    // One account of about 6 MiB, nearly all one message, at 8 MiB/s: at least 0.75 s.
    const std::uint64_t rate = 8u << 20;
    fs::IoThrottle throttle(rate);
    BackupOptions options{false, 1800000000, 2, 3};
    options.throttle = &throttle;
    const auto start = std::chrono::steady_clock::now();
    auto made = createBackup(s.account, s.target, options);
    const double took = secondsSince(start);
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    QCOMPARE(throttle.totalBytes(), s.bytes);
    QVERIFY2(took >= double(s.bytes) / double(rate) - 0.02, QByteArray::number(took).constData());
}

void TestBackupHooks::verifyProgressEndsAtTotals()
{
    Setup s;
    auto made = createBackup(s.account, s.target, {false, 1800000000, 2, 3});
    QVERIFY(made);
    struct stat st {};
    QCOMPARE(::stat(made->archive.c_str(), &st), 0);
    std::vector<VerifyProgress> seen;
    VerifyOptions options{true, 1800000100};
    options.progress = [&](const VerifyProgress &p) { seen.push_back(p); };
    auto report = verifyBackup(made->archive, options);
    QVERIFY(report && report->good());
    QVERIFY(monotonic(seen));
    QCOMPARE(seen.front().messagesTotal, 7u); // from the catalog, before the manifest is read
    QCOMPARE(seen.front().bytesTotal, std::uint64_t(st.st_size));
    // Per member and the last; the MiB ticks follow the file as the inflating thread reads
    // it ahead (a few MiB), so their number is not fixed.
    QVERIFY(seen.size() >= 7 + 1);
    QCOMPARE(seen.back().messagesDone, 7u);
    QCOMPARE(seen.back().messagesTotal, 7u);
    QCOMPARE(seen.back().bytesDone, std::uint64_t(st.st_size));
    QCOMPARE(seen.back().bytesTotal, std::uint64_t(st.st_size));
}

void TestBackupHooks::verifyCancelRecordsNothing()
{
    Setup s;
    auto made = createBackup(s.account, s.target, {false, 1800000000, 2, 3});
    QVERIFY(made);
    std::atomic<bool> cancel{false};
    std::vector<VerifyProgress> seen;
    VerifyOptions options{true, 1800000100};
    options.cancel = &cancel;
    options.progress = [&](const VerifyProgress &p) {
        seen.push_back(p);
        if (p.bytesDone >= (1u << 20))
            cancel = true;
    };
    auto report = verifyBackup(made->archive, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QVERIFY(seen.back().bytesDone < seen.back().bytesTotal);
    auto catalog = readCatalog(s.target);
    QVERIFY(catalog);
    QCOMPARE(catalog->entries.size(), 1u);
    QCOMPARE(catalog->entries[0].verifyState, VerifyState::Never);
    QCOMPARE(catalog->entries[0].lastVerified, std::int64_t(0));
}

void TestBackupHooks::verifyThrottleHoldsWithinAnArchive()
{
    Setup s;
    auto made = createBackup(s.account, s.target, {false, 1800000000, 2, 3});
    QVERIFY(made);
    const std::uint64_t size = made->entry.archiveBytes;
    const std::uint64_t rate = 8u << 20;
    fs::IoThrottle throttle(rate);
    VerifyOptions options{false, 0};
    options.throttle = &throttle;
    const auto start = std::chrono::steady_clock::now();
    auto report = verifyBackup(made->archive, options);
    const double took = secondsSince(start);
    QVERIFY(report && report->good());
    QCOMPARE(throttle.totalBytes(), size);
    QVERIFY2(took >= double(size) / double(rate) - 0.02, QByteArray::number(took).constData());
}

QTEST_GUILESS_MAIN(TestBackupHooks)
#include "tst_backuphooks.moc"
