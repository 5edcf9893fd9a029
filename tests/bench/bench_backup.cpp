// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and verify speed against the plain tools on the same data in the same run:
//   create (hash + tar + zstd -3)  vs  tar -I 'zstd -3 -T0' -c   (target >= 0.9x)
//   verify (inflate + every hash)  vs  zstd -dc ARCHIVE           (target >= 0.7x)
//   verify                         vs  sha256sum -c of the extracted messages (>= 2x)
// Over at least 1 GB of demo mail (every account of the store, one backup each). The
// store is read once before timing so every contender reads from the page cache.
//   bench_backup --store DIR [--work DIR]
#include "benchutil.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/archive/manifest.h"
#include "core/demo/demostore.h"
#include "core/maildir/maillayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace mailstore::core;

namespace {

double seconds(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e9;
}

void shell(const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("failed: %s", qPrintable(command));
}

QString q(const QString &path) { return QLatin1Char('\'') + path + QLatin1Char('\''); }

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder (generated if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder for archives (default: STORE-work)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const QString store = QDir(parser.value(QStringLiteral("store"))).absolutePath();
    if (parser.value(QStringLiteral("store")).isEmpty())
        qFatal("usage: bench_backup --store DIR");
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work"))
                                                              : store + QStringLiteral("-work");
    std::printf("| measure | value | note |\n|---|---|---|\n");
    if (!QFileInfo::exists(store + QStringLiteral("/.complete"))) {
        QDir(store).removeRecursively();
        demo::DemoOptions options;
        options.accounts = 12;
        options.messageScale = 20; // about 1.3 GB of mail
        options.seed = 42;
        if (!demo::writeDemoStore(store.toStdString(), options))
            qFatal("demo store failed");
        QFile(store + QStringLiteral("/.complete")).open(QIODevice::WriteOnly);
    }
    auto layout = maildir::MailLayout::parse(maildir::MailLayout::DefaultPattern);
    auto accounts = layout->discover(store.toStdString());
    if (!accounts || accounts->empty())
        qFatal("no accounts in %s", qPrintable(store));

    // Warm the page cache for everyone.
    shell(QStringLiteral("tar -cf - -C %1 . > /dev/null").arg(q(store)));

    const QString ours = work + QStringLiteral("/ours"), theirs = work + QStringLiteral("/theirs");
    QDir(work).removeRecursively();
    QDir().mkpath(ours);
    QDir().mkpath(theirs);

    std::uint64_t messageBytes = 0, messages = 0, archiveBytes = 0;
    std::vector<std::filesystem::path> archives;
    const double createS = seconds([&] {
        for (const auto &a : *accounts) {
            auto made = archive::createBackup(a, ours.toStdString());
            if (!made)
                qFatal("backup of %s failed: %s", a.name.c_str(), made.error().detail.c_str());
            messageBytes += made->entry.bytes;
            messages += made->entry.messages;
            archiveBytes += made->entry.archiveBytes;
            archives.push_back(made->archive);
        }
    });
    const double tarS = seconds([&] {
        shell(QStringLiteral("tar -I 'zstd -3 -T0' -cf %1/store.tar.zst -C %2 .").arg(q(theirs), q(store)));
    });
    const double mb = double(messageBytes) / 1e6;
    bench::row(QStringLiteral("mail backed up"), QStringLiteral("%1 MB in %2 messages, %3 accounts")
                   .arg(mb, 0, 'f', 0).arg(messages).arg(accounts->size()),
               QStringLiteral("archives %1 MB").arg(double(archiveBytes) / 1e6, 0, 'f', 0));
    bench::row(QStringLiteral("backup create (hash + tar + zstd -3)"), QStringLiteral("%1 MB/s").arg(mb / createS, 0, 'f', 0),
               QStringLiteral("%1 s").arg(createS, 0, 'f', 2));
    bench::row(QStringLiteral("`tar -I 'zstd -3 -T0' -c`"), QStringLiteral("%1 MB/s").arg(mb / tarS, 0, 'f', 0),
               QStringLiteral("%1 s").arg(tarS, 0, 'f', 2));
    bench::row(QStringLiteral("**create / tar+zstd**"), QStringLiteral("**%1x**").arg(tarS / createS, 0, 'f', 2),
               QStringLiteral("target >= 0.9x"));

    std::uint64_t checked = 0;
    const double verifyS = seconds([&] {
        for (const auto &path : archives) {
            auto r = archive::verifyBackup(path, {false, 0});
            if (!r || !r->good())
                qFatal("verify of %s failed", path.c_str());
            checked += r->membersChecked;
        }
    });
    QStringList list;
    for (const auto &p : archives)
        list << q(QString::fromStdString(p.string()));
    const double zstdS = seconds([&] { shell(QStringLiteral("zstd -qdc %1 > /dev/null").arg(list.join(u' '))); });
    bench::row(QStringLiteral("backup verify (inflate + SHA-256 of every message)"),
               QStringLiteral("%1 MB/s").arg(mb / verifyS, 0, 'f', 0),
               QStringLiteral("%1 s, %2 messages checked").arg(verifyS, 0, 'f', 2).arg(checked));
    bench::row(QStringLiteral("`zstd -dc ARCHIVE > /dev/null`"), QStringLiteral("%1 MB/s").arg(mb / zstdS, 0, 'f', 0),
               QStringLiteral("%1 s").arg(zstdS, 0, 'f', 2));
    bench::row(QStringLiteral("**verify / zstd -dc**"), QStringLiteral("**%1x**").arg(zstdS / verifyS, 0, 'f', 2),
               QStringLiteral("target >= 0.7x"));

    // sha256sum -c over the same messages, extracted, with the manifests' checksums.
    const QString extracted = work + QStringLiteral("/extracted");
    QFile sums(work + QStringLiteral("/SHA256SUMS"));
    sums.open(QIODevice::WriteOnly);
    for (std::size_t i = 0; i < archives.size(); ++i) {
        const QString dir = extracted + QStringLiteral("/%1").arg(i);
        QDir().mkpath(dir);
        shell(QStringLiteral("tar -I zstd -xf %1 -C %2").arg(list[qsizetype(i)], q(dir)));
        QFile mf(QString::fromStdString(archive::manifestPath(ours.toStdString(), archives[i].stem().stem().string())));
        mf.open(QIODevice::ReadOnly);
        auto m = archive::parseManifest(mf.readAll().toStdString());
        if (!m)
            qFatal("manifest unreadable");
        for (std::size_t k = 0; k < m->messages.size(); ++k)
            sums.write(QByteArray::fromStdString(m->messages[k].sha256 + "  " + std::to_string(i) + "/"
                                                 + archive::messageMemberName(k) + "\n"));
    }
    sums.close();
    shell(QStringLiteral("find %1 -type f -exec cat {} + > /dev/null").arg(q(extracted))); // cached, as the archives are
    const double shaS = seconds([&] {
        shell(QStringLiteral("cd %1 && sha256sum -c --quiet %2").arg(q(extracted), q(sums.fileName())));
    });
    bench::row(QStringLiteral("`sha256sum -c` of the extracted messages"), QStringLiteral("%1 MB/s").arg(mb / shaS, 0, 'f', 0),
               QStringLiteral("%1 s").arg(shaS, 0, 'f', 2));
    bench::row(QStringLiteral("**verify / sha256sum -c**"), QStringLiteral("**%1x**").arg(shaS / verifyS, 0, 'f', 2),
               QStringLiteral("target >= 2x"));
    QDir(work).removeRecursively();
    return 0;
}
