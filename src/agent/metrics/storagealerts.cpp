// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagealerts.h"

namespace mailstore::agent::metrics {

namespace cm = core::metrics;

namespace {
constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
// Seven days in 5-minute buckets: the store answers these from its rollups, so the
// evaluation stays cheap even at a 1 s interval.
constexpr std::size_t kWeekBuckets = 7 * 24 * 12;

core::Result<std::vector<cm::Sample>> samples(cm::MetricStore &store, std::string_view series, std::int64_t from,
                                              std::int64_t to, std::size_t points)
{
    auto buckets = store.query(series, from, to, points);
    if (!buckets)
        return std::unexpected(buckets.error());
    std::vector<cm::Sample> out;
    out.reserve(buckets->size());
    for (const auto &b : *buckets)
        out.push_back({b.t, b.avg});
    return out;
}

struct Degradation {
    std::string_view series, kind, label;
};
struct Fill {
    std::string_view used, total, kind, series;
    cm::Resource resource;
};
} // namespace

std::string_view severityName(cm::Severity s)
{
    return s == cm::Severity::Critical ? "critical" : "warning";
}

core::Result<AlertSet> evaluateAlerts(cm::MetricStore &store, std::int64_t nowMs)
{
    AlertSet set;
    const std::int64_t recentFrom = nowMs - kHourMs;
    for (const Degradation &d : {Degradation{"fsync.latency_ms", "fsync-latency", "fsync latency"},
                                 Degradation{"io.latency_ms", "io-latency", "I/O latency"}}) {
        // The baseline week in 5-minute averages, the last hour at full resolution: the
        // recent p95 sees single slow probes, the baseline is the host's normal.
        auto base = samples(store, d.series, recentFrom - 7 * kDayMs, recentFrom - 1, kWeekBuckets);
        if (!base)
            return std::unexpected(base.error());
        auto recent = samples(store, d.series, recentFrom, nowMs, 720);
        if (!recent)
            return std::unexpected(recent.error());
        if (!base->empty() && recentFrom - base->front().t >= kDayMs)
            set.learning = false;
        std::vector<cm::Sample> all = std::move(*base);
        all.insert(all.end(), recent->begin(), recent->end());
        cm::DegradationRule rule;
        rule.label = std::string(d.label);
        if (auto a = cm::degradation(all, nowMs, rule))
            set.alerts.push_back(
                {std::string(d.kind), a->severity, a->message, std::string(d.series), a->value, a->threshold, nowMs});
    }
    for (const Fill &f :
         {Fill{"space.used_bytes", "space.total_bytes", "space-full", "space.used_bytes", cm::Resource::Space},
          Fill{"inodes.used", "inodes.total", "inodes-full", "inodes.used", cm::Resource::Inodes}}) {
        auto used = samples(store, f.used, nowMs - 7 * kDayMs, nowMs, kWeekBuckets);
        if (!used)
            return std::unexpected(used.error());
        auto total = samples(store, f.total, nowMs - 7 * kDayMs, nowMs, kWeekBuckets);
        if (!total)
            return std::unexpected(total.error());
        if (used->empty() || total->empty() || total->back().v <= 0)
            continue;
        auto forecast = cm::fullForecast(*used, total->back().v, nowMs, f.resource);
        if (forecast && forecast->alert) {
            const auto &a = *forecast->alert;
            set.alerts.push_back(
                {std::string(f.kind), a.severity, a.message, std::string(f.series), a.value, a.threshold, nowMs});
        }
    }
    return set;
}

void carrySince(AlertSet &current, const AlertSet &previous)
{
    for (auto &a : current.alerts)
        for (const auto &p : previous.alerts)
            if (p.kind == a.kind)
                a.since = p.since;
}

} // namespace mailstore::agent::metrics
