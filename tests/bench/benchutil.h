// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small timing helpers for the benchmarks: repeat, take the median (robust against the
// odd slow run on a shared machine), and print a Markdown row.

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace bench {

inline double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

inline void row(const QString &what, const QString &value, const QString &note = {})
{
    std::printf("| %s | %s | %s |\n", qPrintable(what), qPrintable(value), qPrintable(note));
    std::fflush(stdout);
}

} // namespace bench
