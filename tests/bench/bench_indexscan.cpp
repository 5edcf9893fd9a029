// SPDX-License-Identifier: GPL-3.0-or-later
// Index health scan of a whole host, side by side with `find ROOT | wc -l` on the same
// tree in the same run (the walk any scan must at least do).
//   bench_indexscan --store DIR [--accounts 1700]   (about 200,000 messages)
#include "benchutil.h"
#include "core/integrity/integrityscan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace {

const QString kAgent = QStringLiteral(MAILSTORE_AGENT_BIN);

qint64 findAll(const QString &root)
{
    QProcess find;
    find.start(QStringLiteral("find"), {root});
    qint64 lines = 0;
    while (find.waitForReadyRead(-1) || find.bytesAvailable() > 0) {
        lines += find.readAll().count('\n');
        if (find.state() == QProcess::NotRunning && find.bytesAvailable() == 0)
            break;
    }
    find.waitForFinished(-1);
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder (generated if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Accounts to generate."), QStringLiteral("N"),
                      QStringLiteral("1700")});
    parser.process(app);
    const QString store = QDir(parser.value(QStringLiteral("store"))).absolutePath();
    if (store.isEmpty())
        qFatal("usage: bench_indexscan --store DIR");
    std::printf("| measure | value | note |\n|---|---|---|\n");
    if (!QFileInfo::exists(store + QStringLiteral("/.complete"))) {
        QDir(store).removeRecursively();
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gen.start(kAgent, {QStringLiteral("demo-init"), store, QStringLiteral("--accounts"), parser.value(QStringLiteral("accounts")),
                           QStringLiteral("--seed"), QStringLiteral("42")});
        if (!gen.waitForFinished(-1) || gen.exitCode() != 0)
            qFatal("demo-init failed");
        QFile(store + QStringLiteral("/.complete")).open(QIODevice::WriteOnly);
    }

    const qint64 entries = findAll(store);
    const double findMs = bench::medianMs(3, [&] { findAll(store); });
    bench::row(QStringLiteral("`find ROOT \\| wc -l`"), QStringLiteral("%1 ms").arg(findMs, 0, 'f', 0),
               QStringLiteral("%1 entries, %2 entries/s, median of 3, warm cache")
                   .arg(entries).arg(double(entries) / (findMs / 1000), 0, 'f', 0));

    auto layout = mailstore::core::maildir::MailLayout::parse("%d/%n/Maildir");
    std::size_t accounts = 0, problems = 0;
    mailstore::core::integrity::ScanOptions options;
    const double scanMs = bench::medianMs(3, [&] {
        auto r = mailstore::core::integrity::scanHost(store.toStdString(), *layout, options, 2);
        if (!r)
            qFatal("scan failed");
        problems = r->size();
    });
    const auto locations = layout->discover(store.toStdString()).value();
    accounts = locations.size();
    // Messages: every file in cur/ and new/ (what the scan lists and checks).
    qint64 messages = 0;
    for (const auto &loc : locations) {
        const auto boxes = mailstore::core::maildir::listMailboxes(loc.maildir).value();
        for (const auto &box : boxes)
            messages += qint64(mailstore::core::maildir::listMessageFiles(box).value().size());
    }
    const double scanRate = double(entries) / (scanMs / 1000), findRate = double(entries) / (findMs / 1000);
    bench::row(QStringLiteral("index scan, metadata (whole host, 2 threads)"), QStringLiteral("%1 ms").arg(scanMs, 0, 'f', 0),
               QStringLiteral("%1 accounts, %2 messages (%3 messages/s), %4 accounts with findings, median of 3")
                   .arg(accounts).arg(messages).arg(double(messages) / (scanMs / 1000), 0, 'f', 0).arg(problems));
    bench::row(QStringLiteral("scan rate ÷ find rate (same tree)"), QStringLiteral("%1%").arg(100.0 * scanRate / findRate, 0, 'f', 0),
               QStringLiteral("target ≥ 50%; the scan also parses every uidlist and index header"));

    options.deep = true;
    const double deepMs = bench::medianMs(1, [&] {
        (void)mailstore::core::integrity::scanHost(store.toStdString(), *layout, options, 2);
    });
    qint64 bytes = 0;
    QProcess du;
    du.start(QStringLiteral("du"), {QStringLiteral("-sb"), store});
    du.waitForFinished(-1);
    bytes = du.readAll().split('\t').value(0).toLongLong();
    bench::row(QStringLiteral("index scan, deep (reads every message)"), QStringLiteral("%1 ms").arg(deepMs, 0, 'f', 0),
               QStringLiteral("%1 MB/s over %2 MB, one run").arg(double(bytes) / 1e6 / (deepMs / 1000), 0, 'f', 0)
                   .arg(double(bytes) / 1e6, 0, 'f', 0));
    return 0;
}
