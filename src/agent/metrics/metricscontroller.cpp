// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscontroller.h"

#include "metricsjson.h"
#include "seriesvocab.h"
#include "storagesampler.h"

#include "../../api/methods.h"

#include <QDateTime>

namespace mailstore::agent::metrics {

MetricsController::MetricsController(const StorageSampler &sampler) : m_sampler(sampler)
{
}

MetricsController::~MetricsController() = default;

void MetricsController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::MetricsSeries, {[this](const api::Params &) { return series(); }, Route::Thread::Main});
    dispatcher.add(api::method::MetricsQuery, {[this](const api::Params &p) { return query(p); }, Route::Thread::Pool});
    dispatcher.add(api::method::AlertsList, {[this](const api::Params &) { return alerts(); }, Route::Thread::Main});
}

Reply MetricsController::series() const
{
    return seriesJson(m_sampler.snapshot(), m_sampler.options());
}

Reply MetricsController::alerts() const
{
    return alertsJson(m_sampler.snapshot().alerts);
}

Reply MetricsController::query(const api::Params &params)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 2;
    auto name = params.string(QStringLiteral("series"), {}, true);
    if (!name)
        return std::unexpected(name.error());
    const std::string series = name->toStdString();
    if (!findSeries(series))
        return std::unexpected(
            api::invalidParam(QStringLiteral("series"), QStringLiteral("is not a known series: %1").arg(*name)));
    auto to = params.integer(QStringLiteral("to"), QDateTime::currentMSecsSinceEpoch(), 0, kMax);
    if (!to)
        return std::unexpected(to.error());
    auto from = params.integer(QStringLiteral("from"), std::max<qint64>(0, *to - 3600 * 1000), 0, kMax);
    if (!from)
        return std::unexpected(from.error());
    if (*from > *to)
        return std::unexpected(api::invalidParam(QStringLiteral("from"), QStringLiteral("must not be after 'to'")));
    // Above the limit is clamped, not refused: a wide screen asks for what it can draw.
    auto points = params.integer(QStringLiteral("maxPoints"), 1000, 1, std::numeric_limits<int>::max());
    if (!points)
        return std::unexpected(points.error());
    const auto maxPoints = std::size_t(std::min<qint64>(*points, api::MetricsPointsMax));

    std::lock_guard lock(m_storeMutex);
    const auto &file = m_sampler.options().storeFile;
    if (!m_store) {
        std::error_code ec;
        if (!std::filesystem::exists(file, ec)) // nothing sampled yet: an empty history
            return queryJson(series, *from, *to, {});
        auto opened = core::metrics::MetricStore::open(file);
        if (!opened)
            return std::unexpected(api::rpcErrorFromCore(opened.error()));
        m_store = std::make_unique<core::metrics::MetricStore>(std::move(*opened));
    }
    auto buckets = m_store->query(series, *from, *to, maxPoints);
    if (!buckets)
        return std::unexpected(api::rpcErrorFromCore(buckets.error()));
    return queryJson(series, *from, *to, *buckets);
}

} // namespace mailstore::agent::metrics
