// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage gauges of /metrics, from the sampler's latest sample, in Prometheus base
// units (seconds, bytes, ratios), so existing dashboards and alert rules apply unchanged.
#include "storagesampler.h"

#include <QByteArray>

namespace mailstore::agent::metrics {

// Text exposition format 0.0.4: HELP and TYPE lines, then samples labelled with device.
// Gauges whose series the latest sample lacks are left out (no I/O on a virtual file
// system; no fsync value while a probe is stuck).
QByteArray prometheusStorage(const StorageSnapshot &s);

} // namespace mailstore::agent::metrics
