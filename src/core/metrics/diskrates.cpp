// SPDX-License-Identifier: GPL-3.0-or-later
// Counter deltas to rates; see diskrates.h for the rules on wraps and resets.
#include "diskrates.h"

#include <algorithm>

namespace mailstore::core::metrics {

namespace {

constexpr double SectorBytes = 512.0; // diskstats counts 512-byte units on every device
constexpr double BytesPerMB = 1'000'000.0;

} // namespace

DiskRates ratesBetween(const DiskCounters &a, const DiskCounters &b, double seconds)
{
    if (!(seconds > 0) || a.major != b.major || a.minor != b.minor)
        return {};
    // inFlight is a level, not a counter; every other field may only grow.
    const bool wentBack = b.reads < a.reads || b.readSectors < a.readSectors || b.readMs < a.readMs
                          || b.writes < a.writes || b.writeSectors < a.writeSectors
                          || b.writeMs < a.writeMs || b.ioMs < a.ioMs || b.weightedMs < a.weightedMs;
    if (wentBack)
        return {};
    const auto d = [](std::uint64_t from, std::uint64_t to) { return double(to - from); };
    DiskRates r;
    r.readIops = d(a.reads, b.reads) / seconds;
    r.writeIops = d(a.writes, b.writes) / seconds;
    r.readMBps = d(a.readSectors, b.readSectors) * SectorBytes / BytesPerMB / seconds;
    r.writeMBps = d(a.writeSectors, b.writeSectors) * SectorBytes / BytesPerMB / seconds;
    const double ios = d(a.reads, b.reads) + d(a.writes, b.writes);
    if (ios > 0)
        r.avgLatencyMs = (d(a.readMs, b.readMs) + d(a.writeMs, b.writeMs)) / ios;
    // ioMs can run slightly ahead of the wall clock between two reads taken at
    // slightly different moments; busy is at most 100 %.
    r.utilisationPct = std::min(100.0, d(a.ioMs, b.ioMs) / (seconds * 1000.0) * 100.0);
    return r;
}

} // namespace mailstore::core::metrics
