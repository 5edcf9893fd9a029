// SPDX-License-Identifier: GPL-3.0-or-later
// BackupTargets' cache: the first summary reads the catalog; after the catalog changes,
// the summary answers at once from the previous version and a worker rereads it; a
// target that disappears is unavailable with the reason, and counts for nothing.
#include "agent/backup/backuptargets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailstore;
using namespace mailstore::agent;

class TestBackupTargets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void summaryFollowsTheCatalogWithoutParsingOnTheCaller();
};

namespace {
core::archive::CatalogEntry entry(const std::string &id, std::int64_t created)
{
    core::archive::CatalogEntry e;
    e.id = id;
    e.account = "alice@example.org";
    e.created = created;
    e.archiveBytes = 1000;
    e.manifestSha256 = std::string(64, 'a');
    return e;
}
} // namespace

void TestBackupTargets::summaryFollowsTheCatalogWithoutParsingOnTheCaller()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path path = dir.path().toStdString();
    QVERIFY(core::archive::updateCatalog(path, [](core::archive::BackupCatalog &c) {
        c.entries.push_back(entry("20261101T000000Z-00000001", 1793491200));
        c.entries.push_back(entry("20261102T000000Z-00000002", 1793577600));
        return core::ok();
    }));
    BackupTargets targets({{QStringLiteral("onsite"), dir.path()}, {QStringLiteral("gone"), dir.path() + QStringLiteral("/nope")}});
    const auto first = targets.hostSummary(); // nothing cached yet: read here
    QCOMPARE(first, (QJsonObject{{QStringLiteral("targets"), 2}, {QStringLiteral("attention"), 2},
                                 {QStringLiteral("lastBackup"), 1793577600}, {QStringLiteral("lastVerified"), 0}}));

    // Verified meanwhile (by a job or the CLI): the summary is the old one at once, then
    // the new one once the worker has reread the catalog.
    QVERIFY(core::archive::updateCatalog(path, [](core::archive::BackupCatalog &c) {
        c.entries[0].verifyState = core::archive::VerifyState::Good;
        c.entries[0].lastVerified = 1793600000;
        return core::ok();
    }));
    QCOMPARE(targets.hostSummary().value(QStringLiteral("attention")).toInt(), 2);
    QTRY_COMPARE(targets.hostSummary().value(QStringLiteral("attention")).toInt(), 1);
    QCOMPARE(targets.hostSummary().value(QStringLiteral("lastVerified")).toInteger(), 1793600000);

    // catalog() itself is always current.
    QVERIFY(core::archive::updateCatalog(path, [](core::archive::BackupCatalog &c) {
        c.entries.push_back(entry("20261103T000000Z-00000003", 1793664000));
        return core::ok();
    }));
    auto now = targets.catalog(targets.all().first());
    QVERIFY(now);
    QCOMPARE((*now)->entries.size(), std::size_t(3));
    QCOMPARE(targets.hostSummary().value(QStringLiteral("attention")).toInt(), 2);

    const auto gone = targets.targetJson(targets.all().at(1));
    QCOMPARE(gone.value(QStringLiteral("available")).toBool(), false);
    QCOMPARE(gone.value(QStringLiteral("error")).toString(),
             QStringLiteral("cannot open the backup target: No such file or directory (%1/nope)").arg(dir.path()));
    const auto onsite = targets.targetJson(targets.all().first());
    QCOMPARE(onsite.value(QStringLiteral("backups")).toInt(), 3);
    QCOMPARE(onsite.value(QStringLiteral("bytes")).toInt(), 3000);
    QCOMPARE(onsite.value(QStringLiteral("attention")).toInt(), 2);
    QVERIFY(!targets.find(QStringLiteral("nas")));
    QCOMPARE(targets.find(QStringLiteral("nas")).error().code, 1001);
}

QTEST_GUILESS_MAIN(TestBackupTargets)
#include "tst_backuptargets.moc"
