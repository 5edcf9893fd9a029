// SPDX-License-Identifier: GPL-3.0-or-later
// ETA benchmark (issue 5, R19 in small): a deep host-wide index verify on a generated
// store, stretched to about --seconds by the host's MB/s cap, through the real bridge and
// daemon. job.get is sampled every second; after the run, the ETA the agent gave when
// 10 %, 25 % and 50 % of the bytes were done is compared with the real end. Also: when
// the first ETA came, and the largest error over the whole run.
#include "../agent/agentharness.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QDirIterator>

#include <cmath>
#include <optional>

using namespace testing;

namespace {
struct Sample {
    double t;        // seconds since the job was started
    double fraction; // bytes done / bytes total
    std::optional<qint64> eta;
};

qint64 messageBytes(const QString &root)
{
    qint64 bytes = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        if (f.dir().dirName() == QLatin1String("cur") || f.dir().dirName() == QLatin1String("new"))
            bytes += f.size();
    }
    return bytes;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 40;
    const QStringList args = app.arguments();
    if (const auto i = args.indexOf(QStringLiteral("--seconds")); i > 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toDouble();

    AgentHarness h;
    if (!h.init(60, 0.5, 5)) {
        std::fprintf(stderr, "demo-init failed\n");
        return 1;
    }
    const qint64 bytes = messageBytes(h.root());
    const double mbps = double(bytes) / seconds / 1e6;
    const QString conf = h.tmp() + QStringLiteral("/agent.conf");
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(QStringLiteral("io_mb_per_s=%1\nheavy_jobs=1\n").arg(mbps, 0, 'f', 3).toUtf8());
    f.close();
    auto bridge = h.startBridge(60, {QStringLiteral("--config"), conf});
    if (!bridge || result(call(*bridge, QStringLiteral("accounts.list"))).isEmpty())
        return 1;

    QElapsedTimer clock;
    clock.start();
    const QString id = result(call(*bridge, QStringLiteral("index.verify"),
                                   {{QStringLiteral("all"), true}, {QStringLiteral("deep"), true}}))
                           .value(QStringLiteral("jobId")).toString();
    std::vector<Sample> samples;
    double end = 0;
    for (int n = 0;; ++n) {
        const auto job = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 10 + n));
        pendingNotifications()[bridge.get()].clear();
        const double t = double(clock.elapsed()) / 1000.0;
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("running") && state != QLatin1String("queued")) {
            end = t;
            if (state != QLatin1String("succeeded")) {
                std::fprintf(stderr, "job ended %s\n", qPrintable(state));
                return 1;
            }
            break;
        }
        const auto p = job.value(QStringLiteral("progress")).toObject();
        const double total = double(p.value(QStringLiteral("bytesTotal")).toInteger());
        Sample s{t, total > 0 ? double(p.value(QStringLiteral("bytesDone")).toInteger()) / total : 0.0, {}};
        if (p.contains(QStringLiteral("etaSeconds")))
            s.eta = p.value(QStringLiteral("etaSeconds")).toInteger();
        if (state == QLatin1String("running"))
            samples.push_back(s);
        QThread::msleep(1000);
    }
    h.stopDaemon();

    std::printf("\n### ETA of a deep host-wide verify (%lld message bytes, cap %.2f MB/s, run %.1f s)\n\n",
                bytes, mbps, end);
    std::printf("| measure | value | note |\n|---|---|---|\n");
    const auto first = std::find_if(samples.begin(), samples.end(), [](const Sample &s) { return bool(s.eta); });
    bench::row(QStringLiteral("first ETA"), first == samples.end() ? QStringLiteral("never")
                                                                   : QStringLiteral("%1 s").arg(first->t, 0, 'f', 1),
               QStringLiteral("'estimating' before: needs 2 s and 1 % of the bytes"));
    double worst = 0;
    for (const Sample &s : samples)
        if (s.eta && end - s.t > 0)
            worst = std::max(worst, std::abs(s.t + double(*s.eta) - end) / (end - s.t));
    for (const double at : {0.10, 0.25, 0.50}) {
        const auto s = std::find_if(samples.begin(), samples.end(),
                                    [at](const Sample &x) { return x.fraction >= at && x.eta; });
        if (s == samples.end()) {
            bench::row(QStringLiteral("ETA error after %1 %").arg(at * 100), QStringLiteral("no sample"));
            continue;
        }
        const double predicted = s->t + double(*s->eta);
        const double left = end - s->t;
        bench::row(QStringLiteral("ETA error after %1 %").arg(at * 100),
                   QStringLiteral("%1 s (%2 % of the time left)")
                       .arg(predicted - end, 0, 'f', 1)
                       .arg(100.0 * (predicted - end) / left, 0, 'f', 1),
                   QStringLiteral("at %1 s: said %2 s left, really %3 s").arg(s->t, 0, 'f', 1).arg(*s->eta).arg(left, 0, 'f', 1));
    }
    bench::row(QStringLiteral("worst ETA error over the run"), QStringLiteral("%1 % of the time left").arg(100 * worst, 0, 'f', 1),
               QStringLiteral("%1 samples, 1 per second").arg(samples.size()));
    return 0;
}
