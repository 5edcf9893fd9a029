// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetricsController: metrics.series, metrics.query and alerts.list, read-only for every
// role. metrics.query reads the history file on the thread pool through a connection of
// its own (WAL lets it read while the sampler writes); the other two answer from the
// sampler's in-memory snapshot.
#include "../dispatcher.h"

#include "../../core/metrics/metricstore.h"

#include <memory>
#include <mutex>

namespace mailstore::agent::metrics {

class StorageSampler;

class MetricsController final {
public:
    explicit MetricsController(const StorageSampler &sampler);
    ~MetricsController();
    void registerRoutes(Dispatcher &dispatcher);

    Reply series() const;
    Reply query(const api::Params &params);
    Reply alerts() const;

private:
    const StorageSampler &m_sampler;
    std::mutex m_storeMutex;
    std::unique_ptr<core::metrics::MetricStore> m_store;
};

} // namespace mailstore::agent::metrics
