// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressmeter.h"

#include <algorithm>
#include <cmath>

namespace mailstore::agent {

namespace {
// Finer samples add nothing to a 30 s window and would grow the deque on fast jobs.
constexpr qint64 SampleSpacingMs = 250;
} // namespace

void ProgressMeter::start(qint64 nowMs)
{
    m_points.clear();
    m_startMs = nowMs;
    m_moved = false;
    m_points.push_back(Point{nowMs, 0, 0});
}

void ProgressMeter::sample(qint64 nowMs, qint64 items, qint64 bytes)
{
    if (m_startMs < 0)
        start(nowMs);
    if (!m_moved) {
        const Point &base = m_points.front();
        if (items == base.items && bytes == base.bytes) {
            // Still silent: the rate will count from here, the latest moment known to be
            // before the first progress. (MinElapsedMs still counts from start().)
            m_points.front().ms = nowMs;
            return;
        }
        m_moved = true;
    }
    if (m_points.size() > 1 && nowMs - m_points[m_points.size() - 2].ms < SampleSpacingMs)
        m_points.back() = Point{nowMs, items, bytes}; // keep the newest within the spacing
    else
        m_points.push_back(Point{nowMs, items, bytes});
    // Keep one point at or before the window's start, so the window is always spanned.
    while (m_points.size() > 2 && m_points[1].ms <= nowMs - WindowMs)
        m_points.pop_front();
}

ProgressMeter::Estimate ProgressMeter::estimate(qint64 nowMs, qint64 itemsDone, qint64 itemsTotal,
                                                qint64 bytesDone, qint64 bytesTotal) const
{
    Estimate e;
    if (m_points.empty() || nowMs <= m_points.front().ms)
        return e;
    // Up to now, not up to the last sample: a job that stalls sees its rate fall.
    const Point &from = m_points.front();
    const double seconds = double(nowMs - from.ms) / 1000.0;
    e.itemsPerSec = std::max(0.0, double(itemsDone - from.items) / seconds);
    e.bytesPerSec = std::max(0.0, double(bytesDone - from.bytes) / seconds);

    const double fraction = bytesTotal > 0 ? double(bytesDone) / double(bytesTotal)
                          : itemsTotal > 0 ? double(itemsDone) / double(itemsTotal)
                                           : 0.0;
    if (nowMs - m_startMs < MinElapsedMs || fraction < MinFraction)
        return e;
    std::optional<double> eta;
    auto consider = [&eta](qint64 done, qint64 total, double rate) {
        // A measure that did not move in the window gives no figure; the other may.
        if (total <= 0 || rate <= 0)
            return;
        const double left = double(std::max<qint64>(0, total - done)) / rate;
        eta = eta ? std::max(*eta, left) : left;
    };
    consider(bytesDone, bytesTotal, e.bytesPerSec);
    consider(itemsDone, itemsTotal, e.itemsPerSec);
    // The last third of the window as well: a job that slows down as it goes (a disk
    // whose write-back falls behind; a 1 GB restore here ran its second half 40 % slower
    // than its first) is caught at once, not when the window has slid past the fast part.
    // A job that speeds up keeps the window's slower figure: bad news early, good news late.
    const qint64 recentFrom = nowMs - (nowMs - from.ms) / 3;
    const auto recent = std::find_if(m_points.rbegin(), m_points.rend(),
                                     [&](const Point &p) { return p.ms <= recentFrom; });
    if (recent != m_points.rend() && &*recent != &from && nowMs - recent->ms >= RecentMinMs) {
        const double s = double(nowMs - recent->ms) / 1000.0;
        consider(bytesDone, bytesTotal, double(bytesDone - recent->bytes) / s);
        consider(itemsDone, itemsTotal, double(itemsDone - recent->items) / s);
    }
    if (eta) {
        e.etaExact = *eta;
        e.etaSeconds = qint64(std::ceil(*eta));
    }
    return e;
}

} // namespace mailstore::agent
