// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage alert set of a host, evaluated on its metric history: fsync and I/O latency
// against their own baseline (alertrules' degradation), space and inodes by the full
// forecast. Shared by the daemon (after samples) and `mailstore-agent alerts` (on the file,
// no daemon), so both say the same thing about the same history.
#include "../../core/metrics/alertrules.h"
#include "../../core/metrics/metricstore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mailstore::agent::metrics {

struct StorageAlert {
    std::string kind; // "fsync-latency", "io-latency", "space-full", "inodes-full"
    core::metrics::Severity severity = core::metrics::Severity::Warning;
    std::string message;
    std::string series; // the series whose chart proves it
    double value = 0;
    double threshold = 0;
    std::int64_t since = 0; // unix ms the alert was first seen
};

struct AlertSet {
    std::vector<StorageAlert> alerts;
    bool learning = true; // no latency series has 24 h of baseline yet
};

// Evaluates every rule at nowMs; `since` is nowMs for every alert (the daemon keeps the
// first time across evaluations with carrySince).
core::Result<AlertSet> evaluateAlerts(core::metrics::MetricStore &store, std::int64_t nowMs);

// Keeps `since` of alerts of the same kind that were already in `previous`.
void carrySince(AlertSet &current, const AlertSet &previous);

std::string_view severityName(core::metrics::Severity s);

} // namespace mailstore::agent::metrics
