// SPDX-License-Identifier: GPL-3.0-or-later
// The alert rules on recorded series: a latency step against a steady week, noise below
// the threshold, the learning period, linear fills and the warning/critical edges.
#include "core/metrics/alertrules.h"

#include <QTest>

using namespace mailstore::core::metrics;

namespace {
constexpr std::int64_t kMin = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMin;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kNow = 1'800'000'000'000;

// One sample a minute over `span` before now: the last hour from `recent`, the rest
// cycling 18, 19, 20 ms (p95 exactly 20).
std::vector<Sample> latency(std::int64_t span, double (*recent)(int))
{
    std::vector<Sample> s;
    int i = 0;
    for (std::int64_t t = kNow - span; t <= kNow; t += kMin, ++i) {
        const bool last = t >= kNow - kHour;
        s.push_back({t, last ? recent(i) : 18.0 + i % 3});
    }
    return s;
}

// Used space (capacity 100) growing `perDay` and at `atNow` now, hourly over `span`.
std::vector<Sample> fill(double atNow, double perDay, std::int64_t span = 7 * kDay)
{
    std::vector<Sample> s;
    for (std::int64_t t = kNow - span; t <= kNow; t += kHour)
        s.push_back({t, atNow + perDay * double(t - kNow) / double(kDay)});
    return s;
}
} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT
private slots:
    void percentileIsNearestRank()
    {
        QCOMPARE(percentile95({}), 0.0);
        QCOMPARE(percentile95({7}), 7.0);
        std::vector<double> v;
        for (int i = 100; i >= 1; --i)
            v.push_back(i);
        QCOMPARE(percentile95(v), 95.0);
        v.push_back(1000); // 101 values: rank ceil(95.95) = 96
        QCOMPARE(percentile95(v), 96.0);
    }

    void latencyStepFires()
    {
        const auto series = latency(7 * kDay, [](int) { return 100.0; });
        const auto a = degradation(series, kNow);
        QVERIFY(a);
        QCOMPARE(a->kind, AlertKind::Degradation);
        QCOMPARE(a->severity, Severity::Warning);
        QCOMPARE(a->value, 100.0);
        QCOMPARE(a->threshold, 60.0);
        QCOMPARE(a->message, std::string("fsync latency p95 100 ms, 5.0x its 7-day baseline of 20 ms"));

        const auto b = degradation(latency(7 * kDay, [](int) { return 85.0; }), kNow);
        QVERIFY(b);
        QCOMPARE(b->message, std::string("fsync latency p95 85 ms, 4.2x its 7-day baseline of 20 ms"));

        const auto c = degradation(latency(7 * kDay, [](int) { return 200.0; }), kNow);
        QVERIFY(c);
        QCOMPARE(c->severity, Severity::Critical);

        // Exactly at factor x baseline fires; just under does not.
        QVERIFY(degradation(latency(7 * kDay, [](int) { return 60.0; }), kNow));
        QVERIFY(!degradation(latency(7 * kDay, [](int) { return 59.9; }), kNow));
    }

    void noiseBelowThresholdIsQuiet()
    {
        // Up to 2.75x the baseline, with spikes in under 5 % of the last hour.
        const auto series = latency(7 * kDay, [](int i) { return i % 25 == 0 ? 500.0 : 20.0 + i % 36; });
        QVERIFY(!degradation(series, kNow));
        QVERIFY(!degradation(latency(7 * kDay, [](int) { return 20.0; }), kNow));
    }

    void floorKeepsFastDisksQuiet()
    {
        // 2 ms baseline, 15 ms now: 7.5x but under the 20 ms floor.
        std::vector<Sample> s;
        for (std::int64_t t = kNow - 3 * kDay; t <= kNow; t += kMin)
            s.push_back({t, t >= kNow - kHour ? 15.0 : 2.0});
        QVERIFY(!degradation(s, kNow));
        DegradationRule rule;
        rule.floor = 10;
        const auto a = degradation(s, kNow, rule);
        QVERIFY(a);
        QCOMPARE(a->threshold, 10.0);
        QCOMPARE(a->message, std::string("fsync latency p95 15 ms, 7.5x its 7-day baseline of 2.0 ms"));
    }

    void learningWithoutDayOfBaseline()
    {
        const auto step = [](int) { return 500.0; };
        QVERIFY(!degradation(latency(kHour + 23 * kHour, step), kNow));
        QVERIFY(degradation(latency(kHour + 24 * kHour, step), kNow));
        QVERIFY(!degradation({}, kNow));
        // Baseline without any recent sample: nothing to judge.
        auto old = latency(7 * kDay, step);
        std::erase_if(old, [](const Sample &s) { return s.t >= kNow - kHour; });
        QVERIFY(!degradation(old, kNow));
    }

    void linearFillForecast()
    {
        const auto f = fullForecast(fill(91, 1), 100, kNow);
        QVERIFY(f);
        QVERIFY(std::abs(f->daysUntilFull - 9.0) < 1e-6);
        QVERIFY(std::abs(f->growthPerDay - 1.0) < 1e-9);
        QVERIFY(f->alert);
        QCOMPARE(f->alert->kind, AlertKind::DiskFull);
        QCOMPARE(f->alert->severity, Severity::Warning);
        QCOMPARE(f->alert->message, std::string("disk full in 9 days at the current rate"));
        QVERIFY(std::abs(f->alert->value - 91.0) < 1e-6);
        QCOMPARE(f->alert->threshold, 100.0);

        const auto inodes = fullForecast(fill(91, 1), 100, kNow, Resource::Inodes);
        QVERIFY(inodes && inodes->alert);
        QCOMPARE(inodes->alert->kind, AlertKind::InodesFull);
        QCOMPARE(inodes->alert->message, std::string("inodes used up in 9 days at the current rate"));

        // Samples older than 7 days (a shrink) do not bend the line.
        auto withOld = fill(91, 1);
        withOld.insert(withOld.begin(), Sample{kNow - 10 * kDay, 99});
        QVERIFY(std::abs(fullForecast(withOld, 100, kNow)->daysUntilFull - 9.0) < 1e-6);
    }

    void flatOrShrinkingOrShortIsNone()
    {
        QVERIFY(!fullForecast(fill(50, 0), 100, kNow));
        QVERIFY(!fullForecast(fill(50, -2), 100, kNow));
        QVERIFY(!fullForecast(fill(91, 1, 5 * kHour), 100, kNow));
        QVERIFY(fullForecast(fill(91, 1, 6 * kHour), 100, kNow));
        QVERIFY(!fullForecast({}, 100, kNow));
    }

    void warningAndCriticalEdges()
    {
        auto at = [](double usedNow) { return fullForecast(fill(usedNow, 1), 100, kNow); };
        QCOMPARE(at(97)->alert->severity, Severity::Critical); // exactly 3 days
        QCOMPARE(at(96.9)->alert->severity, Severity::Warning); // 3.1 days
        QCOMPARE(at(86)->alert->severity, Severity::Warning);   // exactly 14 days
        const auto far = at(85.9);                              // 14.1 days: no alert
        QVERIFY(far && !far->alert);
        QVERIFY(std::abs(far->daysUntilFull - 14.1) < 1e-6);
        const auto full = at(100.5);
        QCOMPARE(full->daysUntilFull, 0.0);
        QCOMPARE(full->alert->severity, Severity::Critical);
        QCOMPARE(full->alert->message, std::string("disk full in less than a day at the current rate"));
        QCOMPARE(at(99)->alert->message, std::string("disk full in 1 day at the current rate"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
