// SPDX-License-Identifier: GPL-3.0-or-later
// The degradation and full-disk rules: window selection, percentiles, the least-squares
// fit and the wording of the alerts.
#include "alertrules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mailstore::core::metrics {

namespace {

constexpr double kDayMs = 24.0 * 3600 * 1000;

// Whole numbers from 10 up, one decimal below, so "85 ms" and "4.5 ms" both read well.
std::string number(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, std::abs(v) >= 10 ? "%.0f" : "%.1f", v);
    return buf;
}

std::string inDays(double days)
{
    if (days < 1)
        return "less than a day";
    const long whole = std::lround(days);
    return whole == 1 ? "1 day" : std::to_string(whole) + " days";
}

} // namespace

double percentile95(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(0.95 * double(values.size())));
    const auto idx = std::max<std::size_t>(rank, 1) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(idx), values.end());
    return values[idx];
}

std::optional<Alert> degradation(const std::vector<Sample> &series, std::int64_t nowMs,
                                 const DegradationRule &rule)
{
    const std::int64_t recentFrom = nowMs - rule.recentMs;
    const std::int64_t baselineFrom = recentFrom - rule.baselineMs;
    std::vector<double> recent, baseline;
    std::int64_t oldest = recentFrom;
    for (const Sample &s : series) {
        if (s.t > nowMs || s.t < baselineFrom)
            continue;
        if (s.t >= recentFrom) {
            recent.push_back(s.v);
        } else {
            baseline.push_back(s.v);
            oldest = std::min(oldest, s.t);
        }
    }
    if (recent.empty() || recentFrom - oldest < rule.minBaselineMs)
        return std::nullopt; // still learning what normal is
    const double now95 = percentile95(std::move(recent));
    const double base95 = percentile95(std::move(baseline));
    const double threshold = std::max(rule.factor * base95, rule.floor);
    if (now95 < threshold)
        return std::nullopt;

    Alert a;
    a.kind = AlertKind::Degradation;
    a.severity = now95 >= rule.criticalFactor * base95 ? Severity::Critical : Severity::Warning;
    a.value = now95;
    a.threshold = threshold;
    a.message = rule.label + " p95 " + number(now95) + " " + rule.unit + ", ";
    if (base95 > 0) {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.1fx", now95 / base95);
        a.message += ratio;
        a.message += " its 7-day baseline of ";
    } else {
        a.message += "its 7-day baseline was ";
    }
    a.message += number(base95) + " " + rule.unit;
    return a;
}

std::optional<Forecast> fullForecast(const std::vector<Sample> &used, double capacity,
                                     std::int64_t nowMs, Resource resource)
{
    constexpr std::int64_t kWindowMs = 7LL * 24 * 3600 * 1000;
    constexpr std::int64_t kMinSpanMs = 6LL * 3600 * 1000;
    // x in days before now (<= 0), so the intercept is the fitted value at nowMs.
    std::vector<Sample> in;
    std::int64_t first = nowMs, last = nowMs - kWindowMs;
    for (const Sample &s : used)
        if (s.t <= nowMs && s.t >= nowMs - kWindowMs) {
            in.push_back(s);
            first = std::min(first, s.t);
            last = std::max(last, s.t);
        }
    if (in.size() < 2 || last - first < kMinSpanMs)
        return std::nullopt;

    double mx = 0, my = 0;
    for (const Sample &s : in)
        mx += double(s.t - nowMs) / kDayMs, my += s.v;
    mx /= double(in.size());
    my /= double(in.size());
    double sxx = 0, sxy = 0;
    for (const Sample &s : in) {
        const double dx = double(s.t - nowMs) / kDayMs - mx;
        sxx += dx * dx;
        sxy += dx * (s.v - my);
    }
    const double slope = sxy / sxx;
    // Flat within rounding noise counts as flat: no forecast of "full in a million years".
    if (!(slope > 1e-12 * std::max(1.0, std::abs(capacity))))
        return std::nullopt;
    const double usedNow = my - slope * mx;

    Forecast f;
    f.growthPerDay = slope;
    f.daysUntilFull = std::max(0.0, (capacity - usedNow) / slope);
    // Compared at minute resolution so fit rounding cannot flip an exact 3 or 14 days.
    const double days = std::round(f.daysUntilFull * 1440) / 1440;
    if (days <= 14) {
        Alert a;
        a.kind = resource == Resource::Space ? AlertKind::DiskFull : AlertKind::InodesFull;
        a.severity = days <= 3 ? Severity::Critical : Severity::Warning;
        a.value = usedNow;
        a.threshold = capacity;
        a.message = (resource == Resource::Space ? "disk full in " : "inodes used up in ")
                    + inDays(days) + " at the current rate";
        f.alert = std::move(a);
    }
    return f;
}

} // namespace mailstore::core::metrics
