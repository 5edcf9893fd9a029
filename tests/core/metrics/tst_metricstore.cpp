// SPDX-License-Identifier: GPL-3.0-or-later
// MetricStore on real SQLite files: exact buckets, reopen, a kill -9 in the middle of
// appends, the downsampling invariants on random series (raw and rollup paths), pruning
// and damaged or foreign files.
#include "core/metrics/metricstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mailstore::core;
using namespace mailstore::core::metrics;
using Bucket = MetricStore::Bucket;

namespace {
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

std::string pathIn(const QTemporaryDir &dir, const char *name)
{
    return QFile::encodeName(dir.filePath(QString::fromUtf8(name))).toStdString();
}

// Runs one SQL statement on the file directly and returns the first column of the first row.
std::string sqlText(const std::string &file, const char *sql)
{
    sqlite3 *db = nullptr;
    std::string out = "<error>";
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK) {
            const int rc = sqlite3_step(s);
            if (rc == SQLITE_ROW && sqlite3_column_text(s, 0))
                out = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
            else if (rc == SQLITE_DONE)
                out.clear();
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
}

std::uintmax_t sizeWithWal(const std::string &file)
{
    std::uintmax_t n = std::filesystem::file_size(file);
    std::error_code ec;
    const auto wal = std::filesystem::file_size(file + "-wal", ec);
    return ec ? n : n + wal;
}
} // namespace

class TestMetricStore : public QObject {
    Q_OBJECT
private slots:
    void appendAndQueryExact()
    {
        QTemporaryDir tmp;
        const std::string file = pathIn(tmp, "metrics.db");
        auto store = MetricStore::open(file);
        QVERIFY2(store, store ? "" : store.error().detail.c_str());
        QVERIFY(store->append(1000, {{"fsync.us", 10.0}, {"space.used", 1e9}}));
        QVERIFY(store->append(2000, {{"fsync.us", 30.0}}));
        QVERIFY(store->append(3000, {{"fsync.us", 5.0}, {"space.used", 2e9}}));

        // Width (10000 - 0) / 100 + 1 = 101 ms: samples land in buckets 9, 19 and 29.
        auto q = store->query("fsync.us", 0, 10000, 100);
        QVERIFY(q);
        QCOMPARE(q->size(), std::size_t(3));
        const std::int64_t ts[] = {909, 1919, 2929};
        const double vs[] = {10.0, 30.0, 5.0};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE((*q)[i].t, ts[i]);
            QCOMPARE((*q)[i].min, vs[i]);
            QCOMPARE((*q)[i].max, vs[i]);
            QCOMPARE((*q)[i].avg, vs[i]);
            QCOMPARE((*q)[i].count, 1u);
        }
        q = store->query("fsync.us", 1000, 3000, 1); // both ends inclusive
        QVERIFY(q);
        QCOMPARE(q->size(), std::size_t(1));
        QCOMPARE(q->front().t, std::int64_t(1000));
        QCOMPARE(q->front().min, 5.0);
        QCOMPARE(q->front().max, 30.0);
        QCOMPARE(q->front().avg, 15.0);
        QCOMPARE(q->front().count, 3u);
        q = store->query("fsync.us", 1001, 2999, 5);
        QVERIFY(q);
        QCOMPARE(q->size(), std::size_t(1));
        QCOMPARE(q->front().max, 30.0);

        QCOMPARE(store->series(), (std::vector<std::string>{"fsync.us", "space.used"}));
        QVERIFY(store->query("nothing", 0, 10000, 10)->empty());
        QVERIFY(store->query("fsync.us", 5000, 1000, 10)->empty());
        QCOMPARE(store->query("fsync.us", 0, 1, 0).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->append(4000, {{"", 1.0}}).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->append(4000, {{"x", std::nan("")}}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(sqlText(file, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(sqlText(file, "PRAGMA user_version"), std::string("1"));
    }

    void reopenAfterClose()
    {
        QTemporaryDir tmp;
        const std::string file = pathIn(tmp, "metrics.db");
        {
            auto store = MetricStore::open(file);
            QVERIFY(store);
            for (int i = 0; i < 10; ++i)
                QVERIFY(store->append(i * 1000, {{"a", double(i)}, {"b", -double(i)}}));
        }
        auto store = MetricStore::open(file);
        QVERIFY(store);
        QCOMPARE(store->series(), (std::vector<std::string>{"a", "b"}));
        auto q = store->query("b", 0, 9000, 1);
        QVERIFY(q);
        QCOMPARE(q->size(), std::size_t(1));
        QCOMPARE(q->front().min, -9.0);
        QCOMPARE(q->front().max, 0.0);
        QCOMPARE(q->front().count, 10u);
        QVERIFY(store->append(10000, {{"c", 1.0}, {"a", 10.0}}));
        QCOMPARE(store->query("a", 0, 10000, 1)->front().count, 11u);
    }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir tmp;
        const std::string file = pathIn(tmp, "metrics.db");
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child only appends and reports each committed index; no Qt here.
            ::close(fds[0]);
            auto store = MetricStore::open(file);
            if (!store)
                ::_exit(2);
            for (std::int32_t i = 0;; ++i) {
                if (!store->append(std::int64_t(i) * 1000, {{"k", double(i)}, {"j", 1.0}}))
                    ::_exit(3);
                if (::write(fds[1], &i, sizeof i) != sizeof i)
                    ::_exit(4);
            }
        }
        ::close(fds[1]);
        std::int32_t last = -1, v = 0;
        while (last < 150 && ::read(fds[0], &v, sizeof v) == sizeof v)
            last = v;
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        while (::read(fds[0], &v, sizeof v) == sizeof v) // reports written before the kill
            last = v;
        ::close(fds[0]);
        QVERIFY(last >= 150);

        auto store = MetricStore::open(file);
        QVERIFY2(store, store ? "" : store.error().detail.c_str());
        // Every committed index is there exactly once; at most one more (committed but
        // killed before it was reported).
        auto q = store->query("k", 0, std::int64_t(last + 10) * 1000, 1000000);
        QVERIFY(q);
        std::set<std::int64_t> seen;
        for (const Bucket &b : *q) {
            QCOMPARE(b.count, 1u);
            QCOMPARE(b.min, b.max);
            seen.insert(std::int64_t(b.min));
        }
        for (std::int32_t i = 0; i <= last; ++i)
            QVERIFY2(seen.contains(i), std::to_string(i).c_str());
        QVERIFY(seen.size() == std::size_t(last + 1) || seen.size() == std::size_t(last + 2));
        QCOMPARE(store->query("j", 0, std::int64_t(last + 10) * 1000, 1)->front().count,
                 std::uint32_t(seen.size()));
        QCOMPARE(sqlText(file, "PRAGMA integrity_check"), std::string("ok"));
        QVERIFY(store->append(std::int64_t(last + 5) * 1000, {{"k", -1.0}}));
    }

    void downsamplingKeepsExtremes()
    {
        QTemporaryDir tmp;
        auto store = MetricStore::open(pathIn(tmp, "metrics.db"));
        QVERIFY(store);
        std::mt19937_64 rng(20261129);
        constexpr int kSeries = 200;
        std::vector<std::vector<std::pair<std::int64_t, double>>> raw(kSeries);
        std::uniform_int_distribution<std::int64_t> when(0, 10 * kDay);
        std::normal_distribution<double> noise(50.0, 10.0);
        std::bernoulli_distribution present(0.5), spike(0.02);
        std::set<std::int64_t> used;
        for (int step = 0; step < 400; ++step) {
            std::int64_t t = when(rng);
            while (!used.insert(t).second)
                t = when(rng);
            std::vector<std::pair<std::string, double>> values;
            for (int s = 0; s < kSeries; ++s) {
                if (!present(rng))
                    continue;
                const double v = spike(rng) ? noise(rng) * 40 : noise(rng);
                values.emplace_back("s" + std::to_string(s), v);
                raw[s].emplace_back(t, v);
            }
            QVERIFY(store->append(t, values));
        }

        int rollupQueries = 0;
        std::uniform_int_distribution<std::int64_t> edge(-kDay, 11 * kDay);
        std::uniform_int_distribution<std::size_t> fewPoints(1, 60), manyPoints(1, 5000);
        for (int s = 0; s < kSeries; ++s) {
            std::int64_t from = edge(rng), to = edge(rng);
            if (from > to)
                std::swap(from, to);
            const std::size_t maxPoints = s % 2 ? fewPoints(rng) : manyPoints(rng);
            if ((to - from) / std::int64_t(maxPoints) + 1 >= MetricStore::kRollupMs)
                ++rollupQueries;
            double lo = 1e300, hi = -1e300, sum = 0;
            std::uint64_t n = 0;
            for (const auto &[t, v] : raw[s])
                if (t >= from && t <= to)
                    lo = std::min(lo, v), hi = std::max(hi, v), sum += v, ++n;

            const std::string name = "s" + std::to_string(s);
            auto q = store->query(name, from, to, maxPoints);
            QVERIFY(q);
            QVERIFY(q->size() <= maxPoints);
            // The same range with fine buckets always reads raw rows.
            auto fine = store->query(name, from, to, 100000000);
            QVERIFY(fine);
            for (const auto *res : {&*q, &*fine}) {
                double blo = 1e300, bhi = -1e300, bsum = 0;
                std::uint64_t bn = 0;
                std::int64_t prev = std::numeric_limits<std::int64_t>::min();
                for (const Bucket &b : *res) {
                    QVERIFY(b.t > prev);
                    QVERIFY(b.min <= b.avg && b.avg <= b.max);
                    prev = b.t;
                    blo = std::min(blo, b.min), bhi = std::max(bhi, b.max);
                    bsum += b.avg * b.count, bn += b.count;
                }
                QCOMPARE(bn, n);
                if (n) {
                    QCOMPARE(bhi, hi);
                    QCOMPARE(blo, lo);
                    QVERIFY(std::abs(bsum - sum) <= 1e-9 * std::abs(sum) + 1e-9);
                }
            }
        }
        QVERIFY2(rollupQueries >= 60, std::to_string(rollupQueries).c_str());
        QCOMPARE(store->series().size(), std::size_t(kSeries));
    }

    void pruneBoundsRawAndRollups()
    {
        QTemporaryDir tmp;
        const std::string file = pathIn(tmp, "metrics.db");
        auto store = MetricStore::open(file);
        QVERIFY(store);
        const std::int64_t now = 500 * kDay;
        QVERIFY(store->append(now - 401 * kDay, {{"x", 1.0}}));
        QVERIFY(store->append(now - 399 * kDay, {{"x", 2.0}}));
        QVERIFY(store->append(now - 31 * kDay, {{"x", 3.0}}));
        QVERIFY(store->append(now - 29 * kDay, {{"x", 4.0}}));
        // Bulk of old data that must go away entirely.
        std::vector<std::pair<std::string, double>> wide;
        for (int s = 0; s < 40; ++s)
            wide.emplace_back("bulk" + std::to_string(s), double(s));
        for (int i = 0; i < 300; ++i)
            QVERIFY(store->append(now - 450 * kDay + i * 60000, wide));
        const auto before = sizeWithWal(file);

        const auto pruned = store->prune(now);
        QVERIFY2(pruned, pruned ? "" : pruned.error().detail.c_str());
        const auto after = sizeWithWal(file);
        QVERIFY2(after * 2 < before, (std::to_string(before) + " -> " + std::to_string(after)).c_str());

        // Raw: only the 29-day-old sample survives (short ranges read raw rows).
        QVERIFY(store->query("x", now - 31 * kDay - 1000, now - 31 * kDay + 1000, 10)->empty());
        auto q = store->query("x", now - 29 * kDay - 1000, now - 29 * kDay + 1000, 10);
        QVERIFY(q && q->size() == 1 && q->front().max == 4.0);
        // Rollups: the 399-day-old slot survives, the 401-day-old one is gone.
        q = store->query("x", now - 402 * kDay, now - 398 * kDay, 1);
        QVERIFY(q && q->size() == 1);
        QCOMPARE(q->front().count, 1u);
        QCOMPARE(q->front().max, 2.0);
        QVERIFY(store->query("bulk7", now - 451 * kDay, now, 10)->empty());
        QCOMPARE(sqlText(file, "SELECT count(*) FROM sample"), std::string("1"));
        QCOMPARE(sqlText(file, "PRAGMA integrity_check"), std::string("ok"));
    }

    void damagedOrForeignFileIsAnError()
    {
        QTemporaryDir tmp;
        const std::string garbage = pathIn(tmp, "garbage.db");
        const std::string junk(8192, '\x5a');
        std::ofstream(garbage, std::ios::binary) << junk;
        auto r = MetricStore::open(garbage);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupted);
        QCOMPARE(r.error().path, garbage);
        QCOMPARE(std::filesystem::file_size(garbage), std::uintmax_t(8192)); // not recreated

        const std::string foreign = pathIn(tmp, "foreign.db");
        QCOMPARE(sqlText(foreign, "CREATE TABLE mail(x)"), std::string());
        r = MetricStore::open(foreign);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupted);
        QCOMPARE(r.error().path, foreign);

        const std::string newer = pathIn(tmp, "newer.db");
        QCOMPARE(sqlText(newer, "PRAGMA user_version = 99"), std::string());
        r = MetricStore::open(newer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unsupported);

        // A store whose pages after the header were overwritten: the damage is reported
        // on open or on first use, naming the file.
        const std::string damaged = pathIn(tmp, "damaged.db");
        {
            auto store = MetricStore::open(damaged);
            QVERIFY(store);
            for (int i = 0; i < 50; ++i)
                QVERIFY(store->append(i * 1000, {{"a", 1.0}, {"b", 2.0}}));
        }
        const auto size = std::filesystem::file_size(damaged);
        const std::int64_t page = std::stoll(sqlText(damaged, "PRAGMA page_size"));
        {
            std::fstream f(damaged, std::ios::binary | std::ios::in | std::ios::out);
            f.seekp(page);
            f << std::string(size - std::uintmax_t(page), '\x5a');
        }
        auto store = MetricStore::open(damaged);
        Error err;
        if (!store)
            err = store.error();
        else if (auto q = store->query("a", 0, 100000, 10); !q)
            err = q.error();
        else
            QFAIL("damaged store read without error");
        QCOMPARE(err.code, ErrorCode::Corrupted);
        QCOMPARE(err.path, damaged);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
