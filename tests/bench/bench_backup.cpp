// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and verify speed against the plain tools on the same data in the same run:
//   create (hash + tar + zstd -3, durable) vs  tar -I 'zstd -3 -T0' -c   (target >= 0.9x)
//   verify (inflate + every hash)          vs  zstd -dc ARCHIVE           (target >= 0.7x)
//   verify                                 vs  sha256sum -c of the extracted messages (>= 2x)
// Over at least 1 GB of demo mail (every account of the store, one backup each). The
// store is read once before timing so every contender reads from the page cache. Each
// repetition runs ours and the tool back to back; the table gives medians.
//   bench_backup --store DIR [--work DIR] [--reps N] [--phase all|create|verify]
#include "bench_backupcommon.h"
#include "core/archive/backupcatalog.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/archive/manifest.h"
#include "core/demo/demostore.h"
#include "core/maildir/maillayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

using namespace mailstore::core;
using bench::quoted;

namespace {

struct Created {
    std::uint64_t messageBytes = 0, messages = 0, archiveBytes = 0;
    std::vector<std::filesystem::path> archives;
};

Created backupAll(const std::vector<maildir::AccountLocation> &accounts, const QString &into)
{
    Created c;
    for (const auto &a : accounts) {
        auto made = archive::createBackup(a, into.toStdString());
        if (!made)
            qFatal("backup of %s failed: %s", a.name.c_str(), made.error().detail.c_str());
        c.messageBytes += made->entry.bytes;
        c.messages += made->entry.messages;
        c.archiveBytes += made->entry.archiveBytes;
        c.archives.push_back(made->archive);
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Store folder (generated if missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Scratch folder for archives (default: STORE-work)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions (default 3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("phase"), QStringLiteral("all, create or verify (for profiling)."),
                      QStringLiteral("WHICH")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the work folder; verify-only runs reuse its archives.")});
    parser.process(app);
    if (parser.value(QStringLiteral("store")).isEmpty())
        qFatal("usage: bench_backup --store DIR");
    const QString store = QDir(parser.value(QStringLiteral("store"))).absolutePath();
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work"))
                                                              : store + QStringLiteral("-work");
    const int reps = parser.isSet(QStringLiteral("reps")) ? std::max(1, parser.value(QStringLiteral("reps")).toInt()) : 3;
    const QString phase = parser.value(QStringLiteral("phase")).isEmpty() ? QStringLiteral("all")
                                                                          : parser.value(QStringLiteral("phase"));
    const bool doCreate = phase != QLatin1String("verify"), doVerify = phase != QLatin1String("create");
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

    bench::shell(QStringLiteral("tar -cf - -C %1 . > /dev/null").arg(quoted(store))); // warm the page cache
    const QString theirs = work + QStringLiteral("/theirs");
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const QString kept = work + QStringLiteral("/ours-0");
    const bool reuse = keep && !doCreate && QFileInfo::exists(kept + QStringLiteral("/backup-catalog"));
    if (!reuse)
        QDir(work).removeRecursively();
    QDir().mkpath(theirs);

    // The archives verify reads: made once outside the timing when only verify runs.
    Created made;
    bench::Comparison create{QStringLiteral("backup create (hash + tar + zstd -3, fsync)"),
                             QStringLiteral("`tar -I 'zstd -3 -T0' -c`"), 0.9, 0, {}, {}};
    for (int rep = 0; rep < reps && doCreate; ++rep) {
        const QString ours = work + QStringLiteral("/ours-%1").arg(rep);
        QDir().mkpath(ours);
        const auto o = bench::timeOurs([&] { made = backupAll(*accounts, ours); });
        const auto t = bench::timeShell(
            QStringLiteral("tar -I 'zstd -3 -T0' -cf %1/store.tar.zst -C %2 .").arg(quoted(theirs), quoted(store)));
        create.add(o, t);
        if (rep + 1 < reps)
            QDir(ours).removeRecursively();
    }
    if (!doCreate && reuse) {
        auto catalog = archive::readCatalog(kept.toStdString());
        if (!catalog)
            qFatal("catalog unreadable");
        for (const auto &e : catalog->entries) {
            made.messageBytes += e.bytes;
            made.messages += e.messages;
            made.archiveBytes += e.archiveBytes;
            made.archives.push_back(archive::archivePath(kept.toStdString(), e.id));
        }
    } else if (!doCreate) {
        QDir().mkpath(kept);
        made = backupAll(*accounts, kept);
    }
    const double mb = double(made.messageBytes) / 1e6;
    create.megabytes = mb;
    std::printf("\n### Backup create and verify (%.0f MB of mail in %llu messages, %zu accounts; archives %.0f MB)\n",
                mb, static_cast<unsigned long long>(made.messages), accounts->size(), double(made.archiveBytes) / 1e6);

    std::vector<bench::Comparison> rows;
    if (doCreate)
        rows.push_back(create);
    if (doVerify) {
        QStringList list;
        for (const auto &p : made.archives)
            list << quoted(QString::fromStdString(p.string()));
        // sha256sum -c over the same messages, extracted, with the manifests' checksums.
        const QString extracted = work + QStringLiteral("/extracted");
        QFile sums(work + QStringLiteral("/SHA256SUMS"));
        const bool extract = !(reuse && QFileInfo::exists(sums.fileName()) && QFileInfo::exists(extracted));
        if (extract && !sums.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(sums.fileName()));
        for (std::size_t i = 0; i < made.archives.size() && extract; ++i) {
            const QString dir = extracted + QStringLiteral("/%1").arg(i);
            QDir().mkpath(dir);
            bench::shell(QStringLiteral("tar -I zstd -xf %1 -C %2").arg(list[qsizetype(i)], quoted(dir)));
            QFile mf(QString::fromStdString(archive::manifestPath(made.archives[i].parent_path(),
                                                                  made.archives[i].stem().stem().string())));
            if (!mf.open(QIODevice::ReadOnly))
                qFatal("manifest unreadable");
            auto m = archive::parseManifest(mf.readAll().toStdString());
            if (!m)
                qFatal("manifest unreadable");
            for (std::size_t k = 0; k < m->messages.size(); ++k)
                sums.write(QByteArray::fromStdString(m->messages[k].sha256 + "  " + std::to_string(i) + "/"
                                                     + archive::messageMemberName(k) + "\n"));
        }
        if (extract)
            sums.close();
        bench::shell(QStringLiteral("find %1 -type f -exec cat {} + > /dev/null").arg(quoted(extracted)));
        bench::Comparison vz{QStringLiteral("backup verify (inflate + SHA-256 of every message)"),
                             QStringLiteral("`zstd -dc ARCHIVE > /dev/null`"), 0.7, mb, {}, {}};
        bench::Comparison vs{QStringLiteral("backup verify"), QStringLiteral("`sha256sum -c` of the extracted messages"),
                             2.0, mb, {}, {}};
        std::uint64_t checked = 0;
        for (int rep = 0; rep < reps; ++rep) {
            const auto o = bench::timeOurs([&] {
                checked = 0;
                for (const auto &path : made.archives) {
                    auto r = archive::verifyBackup(path, {false, 0});
                    if (!r || !r->good())
                        qFatal("verify of %s failed", path.c_str());
                    checked += r->membersChecked;
                }
            });
            const auto z = bench::timeShell(QStringLiteral("zstd -qdc %1 > /dev/null").arg(list.join(u' ')));
            const auto s = bench::timeShell(
                QStringLiteral("cd %1 && sha256sum -c --quiet %2").arg(quoted(extracted), quoted(sums.fileName())));
            vz.add(o, z);
            vs.add(o, s);
        }
        if (checked != made.messages)
            std::printf("warning: %llu of %llu messages checked\n", static_cast<unsigned long long>(checked),
                        static_cast<unsigned long long>(made.messages));
        rows.push_back(vz);
        rows.push_back(vs);
    }
    bench::printComparisons(rows);
    std::printf("Page cache warm for every contender; `nproc` = %d.\n", QThread::idealThreadCount());
    if (!keep)
        QDir(work).removeRecursively();
    return 0;
}
