// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetricStore: the on-disk history of storage metrics (one SQLite file per host). Raw
// samples are kept 30 days, 5-minute rollups (min/max/sum/count, maintained on every
// append) 400 days, so a month-long chart is answered from the rollups while a short range
// reads raw rows. Bucket min/max are always the true extremes of the raw samples, so a
// short latency spike is never averaged away by downsampling.
//
// Crash safety: WAL journal with synchronous=FULL and one transaction per append, so after
// a kill -9 or power loss every append that returned success is there. A file SQLite calls
// corrupt is reported as Corrupted naming it; it is never silently recreated, because that
// would throw away the history people want to look at after an incident.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace mailstore::core::metrics {

class MetricStore {
public:
    struct Bucket {
        std::int64_t t = 0; // start of the bucket, unix ms
        double min = 0;
        double max = 0;
        double avg = 0;
        std::uint32_t count = 0; // raw samples in the bucket
    };

    static constexpr std::int64_t kRollupMs = 5 * 60 * 1000;
    static constexpr std::int64_t kRawKeepMs = 30LL * 24 * 3600 * 1000;
    static constexpr std::int64_t kRollupKeepMs = 400LL * 24 * 3600 * 1000;
    static constexpr int kSchemaVersion = 1;

    // Opens or creates the store. A file that is not a database of ours, or is damaged,
    // gives Corrupted naming it; a newer schema gives Unsupported.
    static Result<MetricStore> open(const std::filesystem::path &file);

    MetricStore(MetricStore &&) noexcept;
    MetricStore &operator=(MetricStore &&) noexcept;
    ~MetricStore();

    struct Row {
        std::int64_t t = 0; // unix ms
        std::vector<std::pair<std::string, double>> values;
    };
    // Many timestamps in one transaction (history imports, benchmarks): all rows or none.
    Result<void> appendMany(const std::vector<Row> &rows);
    // Stores one sample per named series at unixMs, all in one transaction.
    Result<void> append(std::int64_t unixMs,
                        const std::vector<std::pair<std::string, double>> &values)
    {
        return appendMany({Row{unixMs, values}});
    }

    // The samples of `series` with fromMs <= t <= toMs in at most maxPoints buckets of
    // equal width, oldest first; buckets without samples are left out.
    Result<std::vector<Bucket>> query(std::string_view series, std::int64_t fromMs,
                                      std::int64_t toMs, std::size_t maxPoints);

    // Names of all series ever appended, sorted.
    std::vector<std::string> series();

    // Drops raw rows older than 30 days and rollups older than 400 days before nowMs and
    // returns the freed pages to the file system.
    Result<void> prune(std::int64_t nowMs);

    const std::filesystem::path &file() const { return m_file; }

private:
    struct Db;
    MetricStore(std::unique_ptr<Db> db, std::filesystem::path file);
    Result<std::int64_t> seriesId(const std::string &name, bool create);

    std::unique_ptr<Db> m_db;
    std::filesystem::path m_file;
    std::unordered_map<std::string, std::int64_t> m_ids; // committed series ids
};

} // namespace mailstore::core::metrics
