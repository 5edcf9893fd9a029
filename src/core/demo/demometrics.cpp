// SPDX-License-Identifier: GPL-3.0-or-later
#include "demometrics.h"

#include "../metrics/metricstore.h"
#include "demorandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <utility>
#include <vector>

namespace mailstore::core::demo {

namespace {
constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr double kInodesTotal = 122'093'568;

using Row = std::pair<std::int64_t, std::vector<std::pair<std::string, double>>>;

// Office-hours load between 0.1 (night) and 1 (early afternoon), lighter at weekends.
double load(std::int64_t t)
{
    const double hour = double(t % kDayMs) / double(kHourMs);
    const double day = 0.55 + 0.45 * std::sin(2 * std::numbers::pi * (hour - 8) / 24);
    const bool weekend = ((t / kDayMs) + 4) % 7 >= 5; // 1970-01-01 was a Thursday
    return std::clamp(day * (weekend ? 0.45 : 1.0), 0.1, 1.0);
}

// Roughly log-normal noise around 1 (multiplicative jitter of real latencies).
double jitter(Rng &rng, double spread)
{
    const double u = std::max(rng.unit(), 1e-12);
    const double v = rng.unit();
    const double gauss = std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * v);
    return std::exp(spread * gauss);
}

Row sample(std::int64_t t, std::int64_t nowMs, Rng &rng)
{
    const double f = load(t);
    // 0 before the degradation starts, rising to 1 at now: slowly for a day, then steeply,
    // as a failing disk does (and so the last hour stands out against the week before).
    const double d = t < nowMs - kDemoDegradeMs
                         ? 0.0
                         : std::pow(double(t - (nowMs - kDemoDegradeMs)) / double(kDemoDegradeMs), 5.0);
    const double readIops = (40 + 170 * f) * jitter(rng, 0.15);
    const double writeIops = (25 + 95 * f) * jitter(rng, 0.15);
    const double hour = double(t % kDayMs) / double(kHourMs);
    const bool backup = hour >= 2 && hour < 3; // the agent's nightly backup
    const double agentRead = backup ? 38 * jitter(rng, 0.1) : 0.04 * jitter(rng, 0.5);
    const double agentWrite = backup ? 0.6 * jitter(rng, 0.2) : 0.01 * jitter(rng, 0.5);
    const double readMbps = readIops * 0.028 * jitter(rng, 0.1) + agentRead;
    const double writeMbps = writeIops * 0.021 * jitter(rng, 0.1) + agentWrite;
    double ioLatency = (0.7 + 0.5 * f) * (1 + 4 * d) * jitter(rng, 0.2);
    double fsync = 2.2 * (1 + 15 * d) * jitter(rng, 0.2);
    if (rng.below(400) == 0) { // an occasional spike that the min/max band must keep
        fsync *= 6;
        ioLatency *= 4;
    }
    const double util = std::min(100.0, (4 + 30 * f + (backup ? 25 : 0)) * (1 + 1.5 * d) * jitter(rng, 0.1));
    // 88.4 % now, 0.85 % of the volume a day before that, a little cleanup each night.
    const double days = double(t - nowMs) / double(kDayMs);
    const double fraction = 0.884 + 0.0085 * days - (hour < 5 ? 0.0006 : 0.0) + 0.0002 * (rng.unit() - 0.5);
    const double used = std::round(kDemoTotalBytes * fraction);
    const double inodes = std::round(kInodesTotal * (0.31 + 0.0021 * days + 0.00005 * rng.unit()));
    return {t,
            {{"io.read_iops", readIops},
             {"io.write_iops", writeIops},
             {"io.read_mbps", readMbps},
             {"io.write_mbps", writeMbps},
             {"io.latency_ms", ioLatency},
             {"io.util_pct", util},
             {"fsync.latency_ms", fsync},
             {"space.used_bytes", used},
             {"space.total_bytes", kDemoTotalBytes},
             {"inodes.used", inodes},
             {"inodes.total", kInodesTotal},
             {"agent.read_mbps", agentRead},
             {"agent.write_mbps", agentWrite}}};
}

// One day's rows. MetricStore commits each append on its own (synchronous=FULL); the
// day is the unit the demo is made in, so an interrupted run has whole days.
// One transaction per day: a sample per transaction (fsync each) took 12 s for 30 days.
Result<void> appendDay(metrics::MetricStore &store, const std::vector<Row> &rows)
{
    std::vector<metrics::MetricStore::Row> day;
    day.reserve(rows.size());
    for (const Row &row : rows)
        day.push_back({row.first, row.second});
    return store.appendMany(day);
}
} // namespace

Result<void> writeDemoMetrics(const std::filesystem::path &file, std::int64_t nowMs, unsigned seed)
{
    auto store = metrics::MetricStore::open(file);
    if (!store)
        return std::unexpected(store.error());
    Rng rng(seed, RngStream::Metrics, 0);
    const std::int64_t end = nowMs - nowMs % kDemoMetricsStepMs;
    const std::int64_t start = end - kDemoMetricsDays * kDayMs;
    std::vector<Row> day;
    for (std::int64_t t = start; t <= end; t += kDemoMetricsStepMs) {
        day.push_back(sample(t, nowMs, rng));
        if ((t - start) % kDayMs == kDayMs - kDemoMetricsStepMs || t + kDemoMetricsStepMs > end) {
            if (auto r = appendDay(*store, day); !r)
                return r;
            day.clear();
        }
    }
    return ok();
}

} // namespace mailstore::core::demo
