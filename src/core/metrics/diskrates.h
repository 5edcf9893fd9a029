// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rates from two readings of one device's counters: what the charts and the
// degradation rules look at. Pure arithmetic, so it is tested with exact numbers.

#include "diskstats.h"

namespace mailstore::core::metrics {

struct DiskRates {
    double readIops = 0;
    double writeIops = 0;
    double readMBps = 0;        // MB = 1 000 000 bytes
    double writeMBps = 0;
    double avgLatencyMs = 0;    // mean time per completed read or write; 0 without I/O
    double utilisationPct = 0;  // share of the interval with I/O in flight, 0..100
};

// Rates between reading a and the later reading b, `seconds` apart. A counter that
// went backwards (32-bit wrap, device re-attached, counters reset), readings of two
// different devices or a non-positive interval give all zeros: a gap on the chart is
// honest, a negative or huge spike is not.
DiskRates ratesBetween(const DiskCounters &a, const DiskCounters &b, double seconds);

} // namespace mailstore::core::metrics
