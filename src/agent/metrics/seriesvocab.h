// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage series vocabulary: one list of names and units shared by the sampler, the
// history file, the API, the CLI and Prometheus, so a name means the same thing everywhere.
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::agent::metrics {

struct SeriesInfo {
    std::string_view name;
    std::string_view unit;
    bool io = false; // from /proc/diskstats: absent on a file system without a block device
};

// In display order.
const std::vector<SeriesInfo> &allSeries();
// nullptr for a name not in the vocabulary.
const SeriesInfo *findSeries(std::string_view name);

// The file the daemon and the CLI keep the history in.
inline constexpr std::string_view kMetricsFile = "metrics.sqlite";

} // namespace mailstore::agent::metrics
