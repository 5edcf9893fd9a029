// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON of the storage metrics answers (metrics.series, metrics.query, alerts.list and
// host.info's "storage"), shared by the API and the CLI's --json so both print the same.
#include "storagesampler.h"

#include "../../core/metrics/metricstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailstore::agent::metrics {

QJsonArray bucketsJson(const std::vector<core::metrics::MetricStore::Bucket> &buckets);
QJsonObject queryJson(std::string_view series, std::int64_t from, std::int64_t to,
                      const std::vector<core::metrics::MetricStore::Bucket> &buckets);
QJsonObject alertsJson(const AlertSet &set);
// {"name", "unit"} per name (units from the vocabulary; "" for names it does not know).
QJsonArray seriesListJson(const std::vector<std::string> &names);
QJsonObject seriesJson(const StorageSnapshot &s, const SamplerOptions &o);
QJsonObject hostStorageJson(const StorageSnapshot &s);

} // namespace mailstore::agent::metrics
