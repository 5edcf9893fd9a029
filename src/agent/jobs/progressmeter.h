// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProgressMeter: rate and ETA of one job from its own measured throughput, items and
// bytes both, over a sliding window (recent speed, so a job that slows down on a busy
// disk gets a later ETA soon). No ETA until the job has run MinElapsedMs and done
// MinFraction of its work: before that, any figure would be a guess ("estimating").
// The rate is measured from the last sample before the job first moved, not from
// start(): a lead-in that reports no progress (a restore plans and checks its archives
// for 1-1.4 s of a 10 s run) would otherwise be averaged into the rate and the early
// ETA would be late by the whole lead-in, scaled up by the work left.
// Not thread-safe: the JobManager calls it under its lock. Times are milliseconds.

#include <QtGlobal>

#include <deque>
#include <optional>

namespace mailstore::agent {

class ProgressMeter {
public:
    static constexpr qint64 WindowMs = 30'000;
    static constexpr qint64 MinElapsedMs = 2'000;
    static constexpr double MinFraction = 0.01;
    static constexpr qint64 RecentMinMs = 1'000; // shortest span the recent rate is taken over

    struct Estimate {
        double itemsPerSec = 0;
        double bytesPerSec = 0;
        std::optional<qint64> etaSeconds; // rounded up, as shown
        std::optional<double> etaExact;   // the same estimate before rounding (benchmarks)
    };

    void start(qint64 nowMs);
    void sample(qint64 nowMs, qint64 items, qint64 bytes);
    // The ETA is the largest of the item- and the byte-based estimates, over the window and
    // over its last third: the job's cost is part per item (open, list, parse) and part
    // per byte, and the slower view wins so the ETA is not promised early.
    Estimate estimate(qint64 nowMs, qint64 itemsDone, qint64 itemsTotal, qint64 bytesDone,
                      qint64 bytesTotal) const;

private:
    struct Point {
        qint64 ms;
        qint64 items;
        qint64 bytes;
    };
    std::deque<Point> m_points; // oldest first, at least SampleSpacingMs apart
    qint64 m_startMs = -1;
    bool m_moved = false; // a sample has shown progress since start()
};

} // namespace mailstore::agent
