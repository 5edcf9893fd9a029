// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Demo storage metrics: 30 days of believable history for every series the agent samples
// (io.*, fsync.latency_ms, space.*, inodes.*, agent.*), at 60 s steps, written with the
// real MetricStore so the console's Storage tab and fleet overview show real charts in
// the demo and in the screenshots. The story it tells is the one the issue is about: a
// daily office-hours rhythm, nightly backups by the agent, a disk that starts degrading
// 36 h before "now" (fsync p95 from ~3 ms towards ~40 ms, I/O latency and utilisation
// up) and a volume at ~88 % that grows ~0.85 % a day, so the forecast says "full in
// about two weeks". Same seed and now, same history.

#include "../result.h"

#include <cstdint>
#include <filesystem>

namespace mailstore::core::demo {

inline constexpr std::int64_t kDemoMetricsStepMs = 60'000;
inline constexpr std::int64_t kDemoMetricsDays = 30;
inline constexpr std::int64_t kDemoDegradeMs = 36LL * 3600 * 1000;
inline constexpr double kDemoTotalBytes = 2e12;

// Creates (or appends to) the MetricStore at `file`, one day of samples at a time.
Result<void> writeDemoMetrics(const std::filesystem::path &file, std::int64_t nowMs, unsigned seed);

} // namespace mailstore::core::demo
