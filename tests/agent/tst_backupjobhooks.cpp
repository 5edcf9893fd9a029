// SPDX-License-Identifier: GPL-3.0-or-later
// backup.create inside one big account, on the real daemon: a cancel stops it mid-account
// (state cancelled, no temp file, no catalog entry) and the host's I/O cap holds within
// the account (a lower bound on time only), with bytes counted as they are read.
#include "agentharness.h"

#include <QFile>

using namespace testing;

class TestBackupJobHooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_h.stopDaemon(); }
    void cancelStopsMidAccountLeavingNothing();
    void capHoldsWithinOneAccount();

private:
    QStringList withConfig(const QString &target, double mbPerSec);
    QJsonObject waitForJob(QProcess &bridge, const QString &id);
    QString startCreate(QProcess &bridge, const QString &target);
    AgentHarness m_h;
    QString m_account;
    qint64 m_bytes = 0; // message bytes of m_account, from the catalog
    int m_config = 0;
};

namespace {
// Bytes zstd cannot shrink: the archive is as big as the account.
QByteArray noise(qsizetype size)
{
    QByteArray out(size, '\0');
    quint64 x = 88172645463325252ull;
    for (char &c : out) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = char(x >> 24);
    }
    return out;
}

QStringList targetEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

QStringList TestBackupJobHooks::withConfig(const QString &target, double mbPerSec)
{
    const QString dir = m_h.tmp() + QLatin1Char('/') + target;
    QDir().mkpath(dir);
    const QString file = m_h.tmp() + QStringLiteral("/agent-%1.conf").arg(++m_config);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("backup_targets=%1:%2\nio_mb_per_s=%3\n").arg(target, dir).arg(mbPerSec).toUtf8());
    return {QStringLiteral("--config"), file};
}

QJsonObject TestBackupJobHooks::waitForJob(QProcess &bridge, const QString &id)
{
    QElapsedTimer t;
    t.start();
    for (int n = 0; t.elapsed() < 120000; ++n) {
        const auto job = result(call(bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 900 + n));
        pendingNotifications()[&bridge].clear();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running"))
            return job;
        QTest::qWait(20);
    }
    return {};
}

QString TestBackupJobHooks::startCreate(QProcess &bridge, const QString &target)
{
    return result(call(bridge, QStringLiteral("backup.create"),
                       {{QStringLiteral("target"), target}, {QStringLiteral("accounts"), QJsonArray{m_account}}}))
        .value(QStringLiteral("jobId")).toString();
}

void TestBackupJobHooks::initTestCase()
{
    QVERIFY(m_h.init(2, 0.05, 5, {QStringLiteral("--damaged"), QStringLiteral("0")}));
    // One message of 24 MiB makes the first account big, written before the daemon first
    // indexes the store: one read of it is many throttle payments.
    const QString domain = QDir(m_h.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).value(0);
    const QString user = QDir(m_h.root() + QLatin1Char('/') + domain)
                             .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).value(0);
    QVERIFY(!domain.isEmpty() && !user.isEmpty());
    m_account = user + QLatin1Char('@') + domain;
    QFile big(m_h.root() + QStringLiteral("/%1/%2/Maildir/cur/1795000000.M1P1.big,S=25165824:2,S").arg(domain, user));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QCOMPARE(big.write(noise(24 << 20)), qint64(24 << 20));
    big.close();
    auto bridge = m_h.startBridge(60);
    QVERIFY(bridge);
    for (const auto &a : result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("accounts")).toArray())
        if (a.toObject().value(QStringLiteral("name")).toString() == m_account)
            m_bytes = a.toObject().value(QStringLiteral("bytes")).toInteger();
    QVERIFY2(m_bytes > (24 << 20), qPrintable(m_account + QLatin1Char(' ') + QString::number(m_bytes)));
    m_h.stopDaemon();
}

void TestBackupJobHooks::cancelStopsMidAccountLeavingNothing()
{
    // At 4 MB/s the account takes over 6 s: the cancel lands inside it.
    auto bridge = m_h.startBridge(60, withConfig(QStringLiteral("slowsite"), 4));
    QVERIFY(bridge);
    const QString id = startCreate(*bridge, QStringLiteral("slowsite"));
    QVERIFY(!id.isEmpty());
    // Mid-account: some bytes read, the one account not done.
    QJsonObject progress;
    QTRY_VERIFY_WITH_TIMEOUT(
        (progress = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}))
                        .value(QStringLiteral("progress")).toObject(),
         pendingNotifications()[bridge.get()].clear(),
         progress.value(QStringLiteral("bytesDone")).toInteger() >= (2 << 20)),
        30000);
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), 0);
    QCOMPARE(progress.value(QStringLiteral("unit")).toString(), QStringLiteral("accounts"));
    QCOMPARE(progress.value(QStringLiteral("bytesTotal")).toInteger(), m_bytes); // known per byte, up front
    (void)result(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), id}}));
    const auto job = waitForJob(*bridge, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    const auto end = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(end.value(QStringLiteral("done")).toInt(), 0);
    // Stopped inside the account, not after reading it to its end.
    QVERIFY2(end.value(QStringLiteral("bytesDone")).toInteger() < m_bytes,
             qPrintable(QString::number(end.value(QStringLiteral("bytesDone")).toInteger())));
    QCOMPARE(result(call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("slowsite")}}))
                 .value(QStringLiteral("backups")).toArray().size(), 0);
    // No archive, temp file or manifest: at most the catalog files the listing made.
    const QStringList left = targetEntries(m_h.tmp() + QStringLiteral("/slowsite"));
    QVERIFY2(left.filter(QStringLiteral(".tar.zst")).isEmpty() && left.filter(QStringLiteral(".manifest")).isEmpty(),
             qPrintable(left.join(u' ')));
    m_h.stopDaemon();
}

void TestBackupJobHooks::capHoldsWithinOneAccount()
{
    constexpr double CapMBps = 8;
    auto bridge = m_h.startBridge(60, withConfig(QStringLiteral("capped"), CapMBps));
    QVERIFY(bridge);
    QElapsedTimer t;
    t.start();
    const QString id = startCreate(*bridge, QStringLiteral("capped"));
    QVERIFY(!id.isEmpty());
    // While it runs, the bytes read so far never exceed what the cap allows since the
    // start (plus one read in flight): paid after the account, they would jump to the whole.
    QJsonObject job;
    for (int n = 0; t.elapsed() < 120000; ++n) {
        const double elapsed = double(t.elapsed()) / 1000.0; // before the look: a lower bound
        job = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 700 + n));
        pendingNotifications()[bridge.get()].clear();
        const qint64 read = job.value(QStringLiteral("progress")).toObject().value(QStringLiteral("bytesDone")).toInteger();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running"))
            break;
        QVERIFY2(double(read) <= CapMBps * 1e6 * elapsed + double(1 << 20),
                 qPrintable(QStringLiteral("%1 bytes after %2 s").arg(read).arg(elapsed)));
        QTest::qWait(100);
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(progress.value(QStringLiteral("bytesDone")).toInteger(), m_bytes);
    QCOMPARE(progress.value(QStringLiteral("bytesTotal")).toInteger(), m_bytes);
    // One account, paid as it was read: not one burst paid afterwards.
    const double floor = double(m_bytes) / (CapMBps * 1e6);
    QVERIFY2(seconds >= floor, qPrintable(QStringLiteral("%1 s < %2 s").arg(seconds).arg(floor)));
    m_h.stopDaemon();
}

QTEST_GUILESS_MAIN(TestBackupJobHooks)
#include "tst_backupjobhooks.moc"
