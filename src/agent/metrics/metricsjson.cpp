// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsjson.h"

#include "seriesvocab.h"

namespace mailstore::agent::metrics {

namespace {
QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<double> valueOf(const StorageSnapshot &s, std::string_view name)
{
    for (const auto &[n, v] : s.values)
        if (n == name)
            return v;
    return std::nullopt;
}

QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

QJsonArray bucketsJson(const std::vector<core::metrics::MetricStore::Bucket> &buckets)
{
    QJsonArray points;
    for (const auto &b : buckets)
        points.append(QJsonObject{{QStringLiteral("t"), qint64(b.t)},
                                  {QStringLiteral("min"), b.min},
                                  {QStringLiteral("max"), b.max},
                                  {QStringLiteral("avg"), b.avg},
                                  {QStringLiteral("count"), qint64(b.count)}});
    return points;
}

QJsonObject queryJson(std::string_view series, std::int64_t from, std::int64_t to,
                      const std::vector<core::metrics::MetricStore::Bucket> &buckets)
{
    const auto *info = findSeries(series);
    return QJsonObject{{QStringLiteral("series"), qs(series)},
                       {QStringLiteral("unit"), info ? qs(info->unit) : QString()},
                       {QStringLiteral("from"), qint64(from)},
                       {QStringLiteral("to"), qint64(to)},
                       {QStringLiteral("points"), bucketsJson(buckets)}};
}

QJsonObject alertsJson(const AlertSet &set)
{
    QJsonArray alerts;
    for (const auto &a : set.alerts)
        alerts.append(QJsonObject{{QStringLiteral("kind"), qs(a.kind)},
                                  {QStringLiteral("severity"), qs(severityName(a.severity))},
                                  {QStringLiteral("message"), qs(a.message)},
                                  {QStringLiteral("series"), qs(a.series)},
                                  {QStringLiteral("value"), a.value},
                                  {QStringLiteral("threshold"), a.threshold},
                                  {QStringLiteral("since"), qint64(a.since)}});
    return QJsonObject{{QStringLiteral("alerts"), alerts}, {QStringLiteral("learning"), set.learning}};
}

QJsonArray seriesListJson(const std::vector<std::string> &names)
{
    QJsonArray out;
    for (const auto &n : names) {
        const auto *info = findSeries(n);
        out.append(
            QJsonObject{{QStringLiteral("name"), qs(n)}, {QStringLiteral("unit"), info ? qs(info->unit) : QString()}});
    }
    return out;
}

QJsonObject seriesJson(const StorageSnapshot &s, const SamplerOptions &o)
{
    QJsonValue latest;
    if (s.t > 0) {
        QJsonObject values;
        for (const auto &[n, v] : s.values)
            values.insert(qs(n), v);
        latest = QJsonObject{{QStringLiteral("t"), qint64(s.t)}, {QStringLiteral("values"), values}};
    }
    return QJsonObject{{QStringLiteral("intervalSec"), o.intervalSec},
                       {QStringLiteral("probe"), o.probe},
                       {QStringLiteral("mailRoot"), QString::fromStdString(o.mailRoot.string())},
                       {QStringLiteral("device"), s.device.empty() ? QJsonValue() : QJsonValue(qs(s.device))},
                       {QStringLiteral("virtualFs"), s.virtualFs},
                       {QStringLiteral("error"), s.error.empty() ? QJsonValue() : QJsonValue(qs(s.error))},
                       {QStringLiteral("series"), seriesListJson(s.available)},
                       {QStringLiteral("latest"), latest},
                       // How long the current fsync probe has been running: a stuck disk.
                       {QStringLiteral("probeRunningMs"), s.probeRunningMs}};
}

QJsonObject hostStorageJson(const StorageSnapshot &s)
{
    const bool have = s.t > 0;
    auto num = [&](std::string_view name) { return have ? orNull(valueOf(s, name)) : QJsonValue(); };
    const core::metrics::Severity *worst = nullptr;
    for (const auto &a : s.alerts.alerts)
        if (!worst || a.severity == core::metrics::Severity::Critical)
            worst = &a.severity;
    return QJsonObject{
        {QStringLiteral("device"), s.device.empty() ? QJsonValue() : QJsonValue(qs(s.device))},
        {QStringLiteral("totalBytes"), num("space.total_bytes")},
        {QStringLiteral("usedBytes"), num("space.used_bytes")},
        {QStringLiteral("availBytes"), have ? QJsonValue(double(s.availBytes)) : QJsonValue()},
        {QStringLiteral("inodesTotal"), num("inodes.total")},
        {QStringLiteral("inodesUsed"), num("inodes.used")},
        {QStringLiteral("fsyncMs"), orNull(s.lastFsyncMs)},
        {QStringLiteral("ioLatencyMs"), num("io.latency_ms")},
        {QStringLiteral("alerts"), qint64(s.alerts.alerts.size())},
        {QStringLiteral("worst"), worst ? QJsonValue(qs(severityName(*worst))) : QJsonValue()},
    };
}

} // namespace mailstore::agent::metrics
