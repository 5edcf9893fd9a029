// SPDX-License-Identifier: GPL-3.0-or-later
// `metrics` and `alerts`: the storage history in <state dir>/metrics.sqlite, read directly
// (no daemon needed, so it works on a host whose agent is down after an incident).
// metrics: the series list, or one series in buckets (time, min, avg, max, count).
// alerts: the rules evaluated on the history; exit 0 none, 1 warnings or critical, 2 error.
#include "../../api/corejson.h"
#include "../metrics/metricsjson.h"
#include "../metrics/seriesvocab.h"
#include "../metrics/storagealerts.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace mailstore::agent::cli {

namespace {

namespace cm = core::metrics;

// "15m", "1h", "24h", "7d", "30d", "90s" -> milliseconds; 0 when not a duration.
qint64 durationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,6})([smhd])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 unitMs = unit == u's' ? 1000 : unit == u'm' ? 60000 : unit == u'h' ? 3600000 : 86400000;
    return n * unitMs;
}

// Opens the history without creating one: a missing file is an error worth saying.
std::optional<cm::MetricStore> openHistory(const QCommandLineParser &parser)
{
    auto cfg = configOrReport(parser);
    if (!cfg)
        return std::nullopt;
    const QString file = cfg->metricsPath();
    if (!QFileInfo::exists(file)) {
        printError(
            QStringLiteral("no metrics history at %1 (the daemon writes it while metrics_interval > 0)").arg(file));
        return std::nullopt;
    }
    auto store = cm::MetricStore::open(file.toStdString());
    if (!store) {
        printError(QStringLiteral("cannot open the metrics history: %1").arg(api::errorText(store.error())));
        return std::nullopt;
    }
    return std::move(*store);
}

QString number(double v)
{
    return QString::number(v, 'g', std::abs(v) >= 1e6 ? 12 : 6);
}

int listSeries(cm::MetricStore &store, bool json)
{
    const auto names = store.series();
    if (json) {
        printJson(QJsonObject{{QStringLiteral("file"), QString::fromStdString(store.file().string())},
                              {QStringLiteral("series"), metrics::seriesListJson(names)}});
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const auto &n : names) {
        const auto *info = metrics::findSeries(n);
        rows.push_back({QString::fromStdString(n),
                        info ? QString::fromUtf8(info->unit.data(), info->unit.size()) : QStringLiteral("?")});
    }
    printTable({QStringLiteral("SERIES"), QStringLiteral("UNIT")}, rows, {});
    return ExitOk;
}

} // namespace

int runMetricsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("metrics"), QStringLiteral("metrics [--series S]"));
    parser.addOption({QStringLiteral("series"), QStringLiteral("The series to print (default: list the series)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("How far back: 15m, 1h, 24h, 7d, 30d (default 1h)."),
                      QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("points"), QStringLiteral("At most this many buckets (default 60, max 5000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the shape of metrics.query).")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Print the storage metrics history of the store.")))
        return *code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString series = parser.value(QStringLiteral("series"));
    const qint64 since = durationMs(parser.isSet(QStringLiteral("since")) ? parser.value(QStringLiteral("since"))
                                                                          : QStringLiteral("1h"));
    if (since == 0) {
        printError(QStringLiteral("--since must be a duration such as 15m, 1h, 24h, 7d or 30d"));
        return ExitError;
    }
    bool ok = true;
    const int points = parser.isSet(QStringLiteral("points")) ? parser.value(QStringLiteral("points")).toInt(&ok) : 60;
    if (!ok || points < 1 || points > 5000) {
        printError(QStringLiteral("--points must be a whole number from 1 to 5000"));
        return ExitError;
    }
    if (!series.isEmpty() && !metrics::findSeries(series.toStdString())) {
        printError(QStringLiteral("unknown series '%1' (run 'mailstore-agent metrics' for the list)").arg(series));
        return ExitError;
    }
    auto store = openHistory(parser);
    if (!store)
        return ExitError;
    if (series.isEmpty())
        return listSeries(*store, json);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - since;
    auto buckets = store->query(series.toStdString(), from, to, std::size_t(points));
    if (!buckets) {
        printError(QStringLiteral("cannot read %1: %2").arg(series, api::errorText(buckets.error())));
        return ExitError;
    }
    if (json) {
        printJson(metrics::queryJson(series.toStdString(), from, to, *buckets));
        return ExitOk;
    }
    std::vector<QStringList> rows;
    for (const auto &b : *buckets)
        rows.push_back({QDateTime::fromMSecsSinceEpoch(b.t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        number(b.min), number(b.avg), number(b.max), QString::number(b.count)});
    const auto *info = metrics::findSeries(series.toStdString());
    printLine(QStringLiteral("%1 (%2), UTC").arg(series, QString::fromUtf8(info->unit.data(), info->unit.size())));
    printTable({QStringLiteral("TIME"), QStringLiteral("MIN"), QStringLiteral("AVG"), QStringLiteral("MAX"),
                QStringLiteral("SAMPLES")},
               rows, {1, 2, 3, 4});
    return ExitOk;
}

int runAlertsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("alerts"), QStringLiteral("alerts"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the shape of alerts.list).")});
    if (auto code = parseArgs(parser, args,
                              QStringLiteral("Evaluate the storage alert rules on the metrics history.\n"
                                             "Exit 0 no alerts, 1 warnings or critical alerts, 2 error.")))
        return *code;
    auto store = openHistory(parser);
    if (!store)
        return ExitError;
    auto set = metrics::evaluateAlerts(*store, QDateTime::currentMSecsSinceEpoch());
    if (!set) {
        printError(QStringLiteral("cannot evaluate the alerts: %1").arg(api::errorText(set.error())));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(metrics::alertsJson(*set));
    } else {
        if (set->alerts.empty())
            printLine(set->learning ? QStringLiteral("no alerts (still learning: less than 24 h of baseline)")
                                    : QStringLiteral("no alerts"));
        for (const auto &a : set->alerts)
            printLine(QStringLiteral("%1 %2: %3")
                          .arg(QString::fromUtf8(metrics::severityName(a.severity).data()).toUpper(),
                               QString::fromStdString(a.kind), QString::fromStdString(a.message)));
    }
    return set->alerts.empty() ? ExitOk : ExitNotFound;
}

} // namespace mailstore::agent::cli
