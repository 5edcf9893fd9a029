// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by bench_backup and bench_restore: time our code and a shell baseline in the
// same run (wall clock and CPU seconds, since a shared 2-core machine makes wall time
// noisy), keep every repetition, and print one table of medians with the per-repetition
// ratio against the target. The benchmarks report; they never fail on a missed target.

#include <QElapsedTimer>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

namespace bench {

struct Timing {
    double wall = 0; // seconds
    double cpu = 0;  // user + system seconds of every thread (ours) or child (shell)
};

inline double cpuSeconds(int who)
{
    rusage u {};
    ::getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline Timing timeOurs(const std::function<void()> &fn)
{
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    fn();
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0};
}

inline void shell(const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("failed: %s", qPrintable(command));
}

inline Timing timeShell(const QString &command)
{
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    shell(command);
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu0};
}

inline QString quoted(const QString &path) { return QLatin1Char('\'') + path + QLatin1Char('\''); }

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// One comparison: our step against a baseline over the same bytes, repeated in pairs.
struct Comparison {
    QString step, baseline;
    double target = 0; // baseline time / our time must be >= target
    double megabytes = 0;
    std::vector<Timing> ours, theirs;

    void add(Timing o, Timing t)
    {
        ours.push_back(o);
        theirs.push_back(t);
    }
    double ratio() const // median of the per-pair ratios: each pair ran back to back
    {
        std::vector<double> r;
        for (std::size_t i = 0; i < ours.size() && i < theirs.size(); ++i)
            r.push_back(ours[i].wall > 0 ? theirs[i].wall / ours[i].wall : 0);
        return median(r);
    }
    static double wall(const std::vector<Timing> &v)
    {
        std::vector<double> w;
        for (const auto &t : v)
            w.push_back(t.wall);
        return median(w);
    }
    static double cpu(const std::vector<Timing> &v)
    {
        std::vector<double> w;
        for (const auto &t : v)
            w.push_back(t.cpu);
        return median(w);
    }
};

inline void printComparisons(const std::vector<Comparison> &rows)
{
    std::printf("\n| step | ours | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n");
    for (const Comparison &c : rows) {
        const double o = Comparison::wall(c.ours), t = Comparison::wall(c.theirs);
        std::printf("| %s | %.0f MB/s (%.2f s, cpu %.2f s) | %s: %.0f MB/s (%.2f s, cpu %.2f s) | **%.2fx** | >= %.1fx | %s |\n",
                    qPrintable(c.step), c.megabytes / o, o, Comparison::cpu(c.ours), qPrintable(c.baseline),
                    c.megabytes / t, t, Comparison::cpu(c.theirs), c.ratio(), c.target,
                    c.ratio() >= c.target ? "yes" : "no");
    }
    std::printf("\nMedians of %zu interleaved runs; ratio = median over runs of (baseline time / our time).\n",
                rows.empty() ? std::size_t(0) : rows.front().ours.size());
    for (const Comparison &c : rows) { // every run, so a noisy one shows
        std::printf("Runs of \"%s\", ours / baseline, wall s:", qPrintable(c.step));
        for (std::size_t i = 0; i < c.ours.size() && i < c.theirs.size(); ++i)
            std::printf(" %.2f/%.2f", c.ours[i].wall, c.theirs[i].wall);
        std::printf("\n");
    }
    std::fflush(stdout);
}

} // namespace bench
