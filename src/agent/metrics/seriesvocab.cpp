// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesvocab.h"

namespace mailstore::agent::metrics {

const std::vector<SeriesInfo> &allSeries()
{
    static const std::vector<SeriesInfo> series{
        {"io.read_iops", "1/s", true},         {"io.write_iops", "1/s", true},
        {"io.read_mbps", "MB/s", true},        {"io.write_mbps", "MB/s", true},
        {"io.latency_ms", "ms", true},         {"io.util_pct", "%", true},
        {"fsync.latency_ms", "ms", false},     {"space.used_bytes", "bytes", false},
        {"space.total_bytes", "bytes", false}, {"inodes.used", "count", false},
        {"inodes.total", "count", false},      {"agent.read_mbps", "MB/s", false},
        {"agent.write_mbps", "MB/s", false},
    };
    return series;
}

const SeriesInfo *findSeries(std::string_view name)
{
    for (const auto &s : allSeries())
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace mailstore::agent::metrics
