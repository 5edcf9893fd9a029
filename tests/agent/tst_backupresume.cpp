// SPDX-License-Identifier: GPL-3.0-or-later
// backup.create across a kill -9 of the daemon: the job is listed interrupted, and
// job.resume backs up only the accounts the first run had not finished (its journal
// says which), with a result that lists every account once. And a target that runs full:
// the job fails with 1013 naming the path, and resumes once there is room.
#include "agentharness.h"

#include <QFile>
#include <QRegularExpression>

#include <sched.h>
#include <sys/mount.h>

using namespace testing;

class TestBackupResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_h.stopDaemon(); }
    void killedCreateResumesWithTheAccountsLeft();
    void fullTargetFailsWith1013AndResumesOnceFreed(); // last: it changes mount namespace

private:
    QString writeConfig(const QString &name, const QByteArray &text);
    QJsonObject waitForJob(QProcess &bridge, const QString &id);
    AgentHarness m_h;
    QString m_config, m_onsite;
    QStringList m_accounts;
    qint64 m_fullBytes = 0; // message bytes of the store, from the catalog
};

QString TestBackupResume::writeConfig(const QString &name, const QByteArray &text)
{
    const QString path = m_h.tmp() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

QJsonObject TestBackupResume::waitForJob(QProcess &bridge, const QString &id)
{
    QElapsedTimer t;
    t.start();
    for (int n = 0; t.elapsed() < 60000; ++n) {
        const auto job = result(call(bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 900 + n));
        pendingNotifications()[&bridge].clear();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running"))
            return job;
        QTest::qWait(50);
    }
    return {};
}

void TestBackupResume::initTestCase()
{
    QVERIFY(m_h.init(8, 0.1, 11));
    m_onsite = m_h.tmp() + QStringLiteral("/onsite");
    QVERIFY(QDir().mkpath(m_onsite));
    m_config = writeConfig(QStringLiteral("agent.conf"), "backup_targets=onsite:" + m_onsite.toUtf8() + "\n");
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    for (const auto &a : result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("accounts")).toArray()) {
        m_accounts << a.toObject().value(QStringLiteral("name")).toString();
        m_fullBytes += a.toObject().value(QStringLiteral("bytes")).toInteger();
    }
    QCOMPARE(m_accounts.size(), 8);
    QVERIFY(m_fullBytes > 1'000'000);
    m_h.stopDaemon();
}

void TestBackupResume::killedCreateResumesWithTheAccountsLeft()
{
    // Every read pays into the cap as it happens: about 6 s for all.
    const QString slow = writeConfig(QStringLiteral("slow.conf"),
                                     QStringLiteral("backup_targets=onsite:%1\nio_mb_per_s=%2\n")
                                         .arg(m_onsite).arg(double(m_fullBytes) / 6e6).toUtf8());
    QString id;
    qint64 started = 0;
    {
        auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), slow});
        QVERIFY(bridge);
        started = QDateTime::currentSecsSinceEpoch();
        id = result(call(*bridge, QStringLiteral("backup.create"),
                         {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("all"), true}}))
                 .value(QStringLiteral("jobId")).toString();
        QVERIFY(!id.isEmpty());
        // Killed once a few accounts are done and journaled (every 3 s at most).
        QElapsedTimer t;
        t.start();
        QJsonObject job;
        while (t.elapsed() < 30000) {
            job = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
            pendingNotifications()[bridge.get()].clear();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("queued")) { // not picked up by a worker yet
                QTest::qWait(20);
                continue;
            }
            if (state != QLatin1String("running")
                || (t.elapsed() > 3500 && job.value(QStringLiteral("progress")).toObject().value(QStringLiteral("done")).toInt() >= 1))
                break;
            QTest::qWait(50);
        }
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const qint64 pid = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    }
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    const auto old = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
    QCOMPARE(old.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    const auto resumed = result(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}}));
    QCOMPARE(resumed.value(QStringLiteral("resumedFrom")).toString(), id);
    QCOMPARE(resumed.value(QStringLiteral("kind")).toString(), QStringLiteral("backup.create"));
    const auto job = waitForJob(*bridge, resumed.value(QStringLiteral("id")).toString());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    // Only the accounts the first run had not finished (as journaled) ran again...
    const int again = job.value(QStringLiteral("progress")).toObject().value(QStringLiteral("total")).toInt();
    QVERIFY2(again >= 1 && again < 8, qPrintable(QString::number(again)));
    QCOMPARE(job.value(QStringLiteral("summary")).toString(),
             again == 1 ? QStringLiteral("onsite: %1").arg(m_accounts.last()) : QStringLiteral("onsite: %1 accounts").arg(again));
    // ...and the result lists every account once: the first run's and the second's.
    QStringList accounts;
    for (const auto &b : job.value(QStringLiteral("result")).toObject().value(QStringLiteral("backups")).toArray()) {
        accounts << b.toObject().value(QStringLiteral("account")).toString();
        const auto newest = result(call(*bridge, QStringLiteral("backup.list"),
                                        {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("account"), accounts.last()}}))
                                .value(QStringLiteral("backups")).toArray().first().toObject();
        QVERIFY(newest.value(QStringLiteral("created")).toInteger() >= started);
    }
    QCOMPARE(accounts, m_accounts);
    m_h.stopDaemon();
}

void TestBackupResume::fullTargetFailsWith1013AndResumesOnceFreed()
{
    if (::geteuid() != 0)
        QSKIP("needs root for a private mount namespace with a size-capped tmpfs");
    m_h.stopDaemon(); // the daemon for this test must be started inside the namespace
    // Private to this process and the bridge and daemon it starts; gone with the test.
    QVERIFY(::unshare(CLONE_NEWNS) == 0);
    QVERIFY(::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0);
    const QString small = m_h.tmp() + QStringLiteral("/small");
    QVERIFY(QDir().mkpath(small));
    const QByteArray mountPoint = QFile::encodeName(small);
    QVERIFY(::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=256k") == 0);
    const QString config = writeConfig(QStringLiteral("small.conf"), "backup_targets=small:" + small.toUtf8() + "\n");
    QString id;
    {
        auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), config});
        QVERIFY(bridge);
        id = result(call(*bridge, QStringLiteral("backup.create"),
                         {{QStringLiteral("target"), QStringLiteral("small")}, {QStringLiteral("all"), true}}))
                 .value(QStringLiteral("jobId")).toString();
        const auto job = waitForJob(*bridge, id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const auto error = job.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 1013);
        QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(QLatin1String("no space left in target small (")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY2(error.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString().startsWith(small),
                 QJsonDocument(error).toJson().constData());
        QVERIFY(job.value(QStringLiteral("resumable")).toBool());
        m_h.stopDaemon();
    }
    // Room again: the resumed job goes on from the account that did not fit.
    QVERIFY(::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_REMOUNT, "size=64m") == 0);
    {
        auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), config});
        QVERIFY(bridge);
        const auto old = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
        QCOMPARE(old.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 1013); // from the journal
        const auto resumed = result(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}}));
        const auto job = waitForJob(*bridge, resumed.value(QStringLiteral("id")).toString());
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QStringList accounts;
        for (const auto &b : job.value(QStringLiteral("result")).toObject().value(QStringLiteral("backups")).toArray())
            accounts << b.toObject().value(QStringLiteral("account")).toString();
        QCOMPARE(accounts, m_accounts);
        // Nothing half-written is listed: the catalog has exactly one backup per account.
        QCOMPARE(result(call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("small")}}))
                     .value(QStringLiteral("backups")).toArray().size(), 8);
        m_h.stopDaemon();
    }
    // And the account that did not fit left no temp file behind.
    QStringList left = QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left.size(), 8 * 2 + 2);
    QCOMPARE(left.filter(QRegularExpression(QStringLiteral("^[0-9A-Za-z-]+\\.(tar\\.zst|manifest)$"))).size(), 16);
    QVERIFY(left.contains(QStringLiteral("backup-catalog")) && left.contains(QStringLiteral(".backup-catalog.lock")));
    QVERIFY(::umount2(mountPoint.constData(), MNT_DETACH) == 0);
}

QTEST_GUILESS_MAIN(TestBackupResume)
#include "tst_backupresume.moc"
