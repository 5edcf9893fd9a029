// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Alert rules on metric history, as pure functions of the samples and "now" so they are
// tested on recorded series without clocks or a store:
//  - degradation: the p95 of the last hour against the p95 of the 7 days before it. A
//    ratio, not a fixed limit, because a "slow" fsync differs by an order of magnitude
//    between an NVMe mirror and a RAID 6 of spinning disks; an absolute floor keeps a
//    fast disk going from 1 to 4 ms quiet. Without 24 h of baseline the rule is still
//    learning and stays silent.
//  - fullForecast: a least-squares line through the last 7 days of used space (or
//    inodes) and the days until it reaches capacity.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mailstore::core::metrics {

struct Sample {
    std::int64_t t = 0; // unix ms
    double v = 0;
};

enum class Severity { Warning, Critical };
enum class AlertKind { Degradation, DiskFull, InodesFull };

struct Alert {
    AlertKind kind = AlertKind::Degradation;
    Severity severity = Severity::Warning;
    std::string message; // for people, e.g. "disk full in 9 days at the current rate"
    double value = 0;     // what was measured (recent p95; used now), drawn on the chart
    double threshold = 0; // the line it crossed (factor x baseline or floor; capacity)
};

struct DegradationRule {
    std::string label = "fsync latency"; // names the series in the message
    std::string unit = "ms";
    double factor = 3.0;          // recent p95 >= factor x baseline p95 ...
    double floor = 20.0;          // ... and >= this absolute value
    double criticalFactor = 10.0; // critical from this many times the baseline
    std::int64_t recentMs = 3600LL * 1000;
    std::int64_t baselineMs = 7LL * 24 * 3600 * 1000; // ending where the recent window starts
    std::int64_t minBaselineMs = 24LL * 3600 * 1000;
};

// An alert when the last hour is markedly worse than the week before; none while learning
// (less than minBaselineMs of baseline), without recent samples, or when within limits.
std::optional<Alert> degradation(const std::vector<Sample> &series, std::int64_t nowMs,
                                 const DegradationRule &rule = {});

enum class Resource { Space, Inodes };

struct Forecast {
    double daysUntilFull = 0; // from nowMs, on the fitted line; 0 when already at capacity
    double growthPerDay = 0;  // slope of the fitted line
    std::optional<Alert> alert; // warning at <= 14 days, critical at <= 3 days
};

// The forecast for `used` samples against `capacity`; none with less than 6 h of data in
// the last 7 days or when usage is flat or shrinking.
std::optional<Forecast> fullForecast(const std::vector<Sample> &used, double capacity,
                                     std::int64_t nowMs, Resource resource = Resource::Space);

// Nearest-rank 95th percentile (the value at rank ceil(0.95 n)); 0 for no values.
double percentile95(std::vector<double> values);

} // namespace mailstore::core::metrics
