// SPDX-License-Identifier: GPL-3.0-or-later
// Storage metrics, issue 6's speed targets:
//  1. agent overhead while sampling: the real daemon on a small demo store, idle, with
//     sampling off, every 10 s and every 1 s; CPU % from /proc/<pid>/stat (utime+stime
//     over the window, after a settling time so the first catalog build is not counted)
//     and RSS from /proc/<pid>/status. Targets < 1 % CPU, < 60 MB.
//  2. metrics.query for 30 days of one series over the real API (a bridge to the daemon):
//     a history of every series at 10 s for 30 days, written one transaction per day;
//     median of N calls at 1600 points (a wide chart). Target < 50 ms. Reference: the
//     sqlite3 CLI running the same GROUP BY over the raw rows of that range.
//   bench_metrics [--seconds 60] [--interval N] [--days 30] [--calls 20] [--skip-overhead]
// (--interval: only that sampling interval's overhead, 0 = off; default 0, 10 and 1.)
#include "../../src/core/metrics/metricstore.h"
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

namespace cm = mailstore::core::metrics;

namespace {

const QString kAgent = QStringLiteral(MAILSTORE_AGENT_BIN);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

void check(bool ok, const char *what)
{
    if (!ok)
        qFatal("bench_metrics: %s", what);
}

// utime + stime of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // fields 14 and 15
}

double statusMb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith(field))
            return l.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

QString writeConfig(const QString &dir, int interval)
{
    const QString path = dir + QStringLiteral("/agent-%1.conf").arg(interval);
    QFile f(path);
    check(f.open(QIODevice::WriteOnly), "cannot write a config");
    f.write("metrics_interval=" + QByteArray::number(interval) + "\n");
    return path;
}

// The daemon in the foreground for `seconds` after `settle` s; CPU % and RSS of it.
void overhead(const QString &root, const QString &dir, int interval, int seconds)
{
    const QString state = dir + QStringLiteral("/st-%1").arg(interval);
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start(kAgent, {QStringLiteral("daemon"), QStringLiteral("--root"), root, QStringLiteral("--state-dir"),
                          state, QStringLiteral("--config"), writeConfig(dir, interval)});
    check(daemon.waitForStarted(10000), "the daemon did not start");
    const qint64 pid = daemon.processId();
    QThread::sleep(5); // the first catalog build and the first sample
    const qint64 t0 = cpuTicks(pid);
    QElapsedTimer wall;
    wall.start();
    QThread::sleep(unsigned(seconds));
    const qint64 t1 = cpuTicks(pid);
    const double secs = double(wall.elapsed()) / 1000.0;
    const double cpu = double(t1 - t0) / double(::sysconf(_SC_CLK_TCK)) / secs * 100.0;
    const double rss = statusMb(pid, "VmRSS:");
    const double hwm = statusMb(pid, "VmHWM:");
    daemon.terminate();
    daemon.waitForFinished(15000);
    const QString what = interval == 0 ? QStringLiteral("agent idle, sampling off")
                                       : QStringLiteral("agent idle, sampling every %1 s").arg(interval);
    bench::row(what + QStringLiteral(": CPU"), QStringLiteral("%1 %").arg(cpu, 0, 'f', 3),
               QStringLiteral("%1 clock ticks over %2 s; target < 1 %").arg(t1 - t0).arg(secs, 0, 'f', 0));
    bench::row(what + QStringLiteral(": RSS"), QStringLiteral("%1 MB").arg(rss, 0, 'f', 1),
               QStringLiteral("peak %1 MB; target < 60 MB").arg(hwm, 0, 'f', 1));
}

// Every series at 10 s for `days` days before now, one transaction per day.
double fill(const std::filesystem::path &file, qint64 now, int days)
{
    auto store = cm::MetricStore::open(file);
    check(store.has_value(), "cannot create the history");
    QElapsedTimer t;
    t.start();
    std::uint64_t k = 0;
    for (int d = days; d > 0; --d) {
        std::vector<cm::MetricStore::Row> rows;
        for (qint64 ts = now - qint64(d) * kDayMs; ts < now - qint64(d - 1) * kDayMs; ts += 10000, ++k) {
            const double wave = double(k % 360) / 360.0;
            rows.push_back({ts,
                            {{"io.read_iops", 40 + 30 * wave},
                             {"io.write_iops", 25 + 10 * wave},
                             {"io.read_mbps", 3 + wave},
                             {"io.write_mbps", 1.5 + wave},
                             {"io.latency_ms", k % 997 == 0 ? 90.0 : 0.8 + wave},
                             {"io.util_pct", 12 + 20 * wave},
                             {"fsync.latency_ms", 1.2 + wave},
                             {"space.used_bytes", 4e11 + double(k) * 1000},
                             {"space.total_bytes", 1e12},
                             {"inodes.used", 2e6 + double(k % 1000)},
                             {"inodes.total", 6.5e7},
                             {"agent.read_mbps", 0.01 * wave},
                             {"agent.write_mbps", 0.001}}});
        }
        check(store->appendMany(rows).has_value(), "appendMany failed");
    }
    return double(t.elapsed()) / 1000.0;
}

QJsonObject call(QProcess &bridge, const QJsonObject &request)
{
    bridge.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    while (!bridge.canReadLine())
        check(bridge.waitForReadyRead(30000), "no answer from the bridge");
    return QJsonDocument::fromJson(bridge.readLine()).object();
}

void queryOverApi(const QString &root, const QString &dir, int days, int calls)
{
    const QString state = dir + QStringLiteral("/st-query");
    check(QDir().mkpath(state), "cannot make the state folder");
    const std::filesystem::path file = (state + QStringLiteral("/metrics.sqlite")).toStdString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double fillSecs = fill(file, now, days);
    bench::row(QStringLiteral("history fill: %1 days x 13 series at 10 s").arg(days),
               QStringLiteral("%1 s").arg(fillSecs, 0, 'f', 1),
               QStringLiteral("%1 rows, one transaction per day, %2 MB")
                   .arg(qint64(days) * 8640 * 13)
                   .arg(double(QFileInfo(QString::fromStdString(file.string())).size()) / 1e6, 0, 'f', 0));
    QProcess bridge;
    bridge.start(kAgent, {QStringLiteral("--stdio"), QStringLiteral("--root"), root, QStringLiteral("--state-dir"),
                          state, QStringLiteral("--config"), writeConfig(dir, 0), QStringLiteral("--idle-timeout"),
                          QStringLiteral("30")});
    check(bridge.waitForStarted(10000), "the bridge did not start");
    const qint64 from = now - qint64(days) * kDayMs;
    int points = 0;
    const QJsonObject request{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("id"), 1},
        {QStringLiteral("method"), QStringLiteral("metrics.query")},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("series"), QStringLiteral("io.latency_ms")},
                                               {QStringLiteral("from"), from},
                                               {QStringLiteral("to"), now},
                                               {QStringLiteral("maxPoints"), 1600}}}};
    call(bridge, request); // connects the daemon and opens the file
    const double ms = bench::medianMs(calls, [&] {
        const auto r = call(bridge, request);
        points = int(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("points")).toArray().size());
        check(points > 0, "metrics.query returned no points");
    });
    bench::row(QStringLiteral("metrics.query, %1 days of io.latency_ms, 1600 points, over the bridge").arg(days),
               QStringLiteral("%1 ms").arg(ms, 0, 'f', 1),
               QStringLiteral("median of %1; %2 buckets; target < 50 ms").arg(calls).arg(points));
    bridge.closeWriteChannel();
    bridge.waitForFinished(10000);
    QProcess::execute(kAgent, {QStringLiteral("daemon"), QStringLiteral("stop"), QStringLiteral("--root"), root,
                               QStringLiteral("--state-dir"), state});

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return;
    const qint64 width = (now - from) / 1600 + 1;
    const QString sql = QStringLiteral("SELECT (t - %1) / %2, min(v), max(v), avg(v), count(*) FROM sample "
                                       "WHERE series = (SELECT id FROM series WHERE name = 'io.latency_ms') "
                                       "AND t >= %1 AND t <= %3 GROUP BY 1;")
                            .arg(from)
                            .arg(width)
                            .arg(now);
    const double ref = bench::medianMs(std::min(calls, 5), [&] {
        QProcess p;
        p.start(sqlite3, {QString::fromStdString(file.string()), sql});
        check(p.waitForFinished(60000) && p.exitCode() == 0, "sqlite3 failed");
    });
    bench::row(QStringLiteral("reference: sqlite3 CLI, same range, GROUP BY over raw rows"),
               QStringLiteral("%1 ms").arg(ref, 0, 'f', 1),
               QStringLiteral("median of %1, process start included").arg(std::min(calls, 5)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measuring window per sampling interval."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of history to query."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("calls"), QStringLiteral("metrics.query calls to take the median of."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("skip-overhead"), QStringLiteral("Only the query benchmark.")});
    parser.addOption(
        {QStringLiteral("interval"), QStringLiteral("Only this sampling interval's overhead."), QStringLiteral("N")});
    parser.process(app);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bm-XXXXXX"));
    check(dir.isValid(), "no temp folder");
    const QString root = dir.path() + QStringLiteral("/store");
    check(QProcess::execute(kAgent, {QStringLiteral("demo-init"), root, QStringLiteral("--accounts"),
                                     QStringLiteral("20"), QStringLiteral("--scale"), QStringLiteral("0.1")}) == 0,
          "demo-init failed");
    std::printf("| Storage metrics | Result | Notes |\n|---|---|---|\n");
    std::vector<int> intervals{0, 10, 1};
    if (parser.isSet(QStringLiteral("interval")))
        intervals = {parser.value(QStringLiteral("interval")).toInt()};
    if (!parser.isSet(QStringLiteral("skip-overhead")))
        for (int interval : intervals)
            overhead(root, dir.path(), interval, parser.value(QStringLiteral("seconds")).toInt());
    queryOverApi(root, dir.path(), parser.value(QStringLiteral("days")).toInt(),
                 parser.value(QStringLiteral("calls")).toInt());
    return 0;
}
