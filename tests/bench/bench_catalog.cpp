// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog and API speed on a large generated store, side by side with what an operator
// would otherwise run: `find ROOT -type d | wc -l` walks the same tree.
//   bench_catalog --store DIR [--accounts 20000]
// The store is generated once (demo-init, small messages) and reused by later runs.
#include "benchutil.h"
#include "core/catalog/accountcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString kAgent = QStringLiteral(MAILSTORE_AGENT_BIN);

// `find ROOT -type d | wc -l`, with the line count done here (same work as wc -l).
qint64 findDirs(const QString &root)
{
    QProcess find;
    find.start(QStringLiteral("find"), {root, QStringLiteral("-type"), QStringLiteral("d")});
    qint64 lines = 0;
    while (find.waitForReadyRead(-1) || find.bytesAvailable() > 0) {
        const QByteArray chunk = find.readAll();
        lines += chunk.count('\n');
        if (find.state() == QProcess::NotRunning && find.bytesAvailable() == 0)
            break;
    }
    find.waitForFinished(-1);
    return lines;
}

QJsonObject rpc(QProcess &bridge, const QString &method, const QJsonObject &params)
{
    static int id = 0;
    const QJsonObject req{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), ++id},
                          {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    bridge.write(QJsonDocument(req).toJson(QJsonDocument::Compact) + '\n');
    while (!bridge.canReadLine())
        if (!bridge.waitForReadyRead(120000))
            qFatal("agent did not answer %s", qPrintable(method));
    return QJsonDocument::fromJson(bridge.readLine()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder (generated if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts to generate."), QStringLiteral("N"),
                      QStringLiteral("20000")});
    parser.process(app);
    const QString store = QDir(parser.value(QStringLiteral("store"))).absolutePath();
    const int accounts = parser.value(QStringLiteral("accounts")).toInt();
    if (store.isEmpty() || accounts <= 0)
        qFatal("usage: bench_catalog --store DIR [--accounts N]");

    std::printf("| measure | value | note |\n|---|---|---|\n");
    if (!QFileInfo::exists(store + QStringLiteral("/.complete"))) {
        QDir(store).removeRecursively();
        QElapsedTimer t;
        t.start();
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gen.start(kAgent, {QStringLiteral("demo-init"), store, QStringLiteral("--accounts"), QString::number(accounts),
                           QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--seed"), QStringLiteral("42")});
        if (!gen.waitForFinished(-1) || gen.exitCode() != 0)
            qFatal("demo-init failed");
        QFile marker(store + QStringLiteral("/.complete"));
        marker.open(QIODevice::WriteOnly);
        bench::row(QStringLiteral("generate store (demo-init)"), QStringLiteral("%1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1),
                   QStringLiteral("%1 accounts, scale 0.01").arg(accounts));
    }

    // Warm the page cache for both tools alike; these are warm-cache figures.
    const qint64 dirs = findDirs(store);
    const double findMs = bench::medianMs(5, [&] { findDirs(store); });
    bench::row(QStringLiteral("`find ROOT -type d \\| wc -l`"), QStringLiteral("%1 ms").arg(findMs, 0, 'f', 0),
               QStringLiteral("%1 directories, median of 5, warm cache").arg(dirs));

    auto layout = mailstore::core::maildir::MailLayout::parse("%d/%n/Maildir");
    std::size_t found = 0;
    const double buildMs = bench::medianMs(5, [&] {
        mailstore::core::catalog::AccountCatalog catalog(store.toStdString(), *layout);
        auto r = catalog.build();
        if (!r)
            qFatal("catalog build failed: %s", r.error().detail.c_str());
        found = r->accounts;
    });
    bench::row(QStringLiteral("catalog build (all accounts, counts + sizes)"), QStringLiteral("%1 ms").arg(buildMs, 0, 'f', 0),
               QStringLiteral("%1 accounts, %2 accounts/s, median of 5")
                   .arg(found)
                   .arg(double(found) / (buildMs / 1000.0), 0, 'f', 0));
    bench::row(QStringLiteral("catalog build vs `find` (time of find ÷ time of catalog)"),
               QStringLiteral("%1×").arg(findMs / buildMs, 0, 'f', 2),
               QStringLiteral("> 1: the catalog is faster, although it also reads every message name"));

    mailstore::core::catalog::AccountCatalog catalog(store.toStdString(), *layout);
    (void)catalog.build();
    const double refreshMs = bench::medianMs(5, [&] { (void)catalog.refresh(); });
    bench::row(QStringLiteral("catalog refresh, nothing changed"), QStringLiteral("%1 ms").arg(refreshMs, 0, 'f', 0),
               QStringLiteral("stat of every mailbox's cur/ and new/"));

    // The API through the real bridge and daemon, as the console uses it.
    QTemporaryDir state(QDir::tempPath() + QStringLiteral("/msb-XXXXXX"));
    QProcess bridge;
    bridge.start(kAgent, {QStringLiteral("--stdio"), QStringLiteral("--root"), store, QStringLiteral("--state-dir"),
                          state.path(), QStringLiteral("--idle-timeout"), QStringLiteral("5")});
    QElapsedTimer cold;
    cold.start();
    const auto first = rpc(bridge, QStringLiteral("accounts.list"), {{QStringLiteral("limit"), 100}});
    bench::row(QStringLiteral("first accounts.list after daemon start"), QStringLiteral("%1 ms").arg(cold.elapsed()),
               QStringLiteral("includes starting the daemon and building its catalog"));
    if (first.value(QStringLiteral("result")).toObject().value(QStringLiteral("total")).toInt() != accounts)
        qFatal("unexpected total");
    const double pageMs = bench::medianMs(21, [&] { rpc(bridge, QStringLiteral("accounts.list"), {{QStringLiteral("limit"), 100}}); });
    bench::row(QStringLiteral("accounts.list first page (100), warm"), QStringLiteral("%1 ms").arg(pageMs, 0, 'f', 2),
               QStringLiteral("round trip through bridge + daemon, median of 21; target < 50 ms"));
    const double filterMs = bench::medianMs(21, [&] {
        rpc(bridge, QStringLiteral("accounts.list"), {{QStringLiteral("filter"), QStringLiteral("anna")}, {QStringLiteral("limit"), 100}});
    });
    bench::row(QStringLiteral("accounts.list filtered page (\"anna\"), warm"), QStringLiteral("%1 ms").arg(filterMs, 0, 'f', 2),
               QStringLiteral("median of 21; target < 50 ms"));
    const double sortMs = bench::medianMs(21, [&] {
        rpc(bridge, QStringLiteral("accounts.list"), {{QStringLiteral("sort"), QStringLiteral("size")},
                                                      {QStringLiteral("order"), QStringLiteral("desc")},
                                                      {QStringLiteral("offset"), 5000}, {QStringLiteral("limit"), 100}});
    });
    bench::row(QStringLiteral("accounts.list by size desc, page at 5000, warm"), QStringLiteral("%1 ms").arg(sortMs, 0, 'f', 2),
               QStringLiteral("median of 21"));
    bridge.closeWriteChannel();
    bridge.waitForFinished(5000);
    // `daemon stop` returns once the daemon has released the store, so the next
    // benchmark can start its own.
    QProcess::execute(kAgent, {QStringLiteral("daemon"), QStringLiteral("stop"), QStringLiteral("--root"), store,
                               QStringLiteral("--state-dir"), state.path()});
    return 0;
}
