// SPDX-License-Identifier: GPL-3.0-or-later
// The job model against the real daemon: the journal across a kill -9 (interrupted,
// then resumed to success), a corrupt journal file moved aside, the I/O budget (an
// MB/s cap as a lower bound on a deep verify's time; heavy_jobs=1 queues the second
// job until the first ends) and job.resume's errors.
#include "agentharness.h"

#include <QDirIterator>
#include <QFileInfo>

using namespace testing;

class TestJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_h.stopDaemon(); } // each test starts its daemon with its own config
    void cappedDeepVerifyTakesAtLeastSizeOverCap();
    void killedDaemonLeavesInterruptedJobThatResumes();
    void heavyJobsWaitForASlot();
    void corruptJournalIsMovedAside();

private:
    QStringList withConfig(double mbPerSec, int heavyJobs);
    QJsonObject waitForState(QProcess &bridge, const QString &id, const QStringList &states, int timeoutMs = 120000);
    QString startDeepVerify(QProcess &bridge);
    AgentHarness m_h;
    qint64 m_storeBytes = 0;
    int m_config = 0;
};

void TestJobs::initTestCase()
{
    QVERIFY(m_h.init(30, 0.3, 7));
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    QCOMPARE(result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("total")).toInt(), 30);
    // What a deep verify reads: every message file whole. (The catalog's byte count is
    // the sizes the names claim, which the damaged demo accounts contradict on purpose.)
    QDirIterator it(m_h.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        const QString folder = f.dir().dirName();
        if (folder == QLatin1String("cur") || folder == QLatin1String("new"))
            m_storeBytes += f.size();
    }
    QVERIFY(m_storeBytes > 10'000'000); // big enough that a cap of a few MB/s stretches it
    m_h.stopDaemon();
}

QStringList TestJobs::withConfig(double mbPerSec, int heavyJobs)
{
    // The budget lives in the config file (agent.conf); the bridge hands it to the daemon.
    const QString file = m_h.tmp() + QStringLiteral("/agent-%1.conf").arg(++m_config);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("io_mb_per_s=%1\nheavy_jobs=%2\n").arg(mbPerSec).arg(heavyJobs).toUtf8());
    return {QStringLiteral("--config"), file};
}

QJsonObject TestJobs::waitForState(QProcess &bridge, const QString &id, const QStringList &states, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (int n = 0; t.elapsed() < timeoutMs; ++n) {
        const auto job = result(call(bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 500 + n));
        pendingNotifications()[&bridge].clear();
        if (states.contains(job.value(QStringLiteral("state")).toString()))
            return job;
        QTest::qWait(50);
    }
    return {};
}

QString TestJobs::startDeepVerify(QProcess &bridge)
{
    return result(call(bridge, QStringLiteral("index.verify"), {{QStringLiteral("all"), true}, {QStringLiteral("deep"), true}}))
        .value(QStringLiteral("jobId")).toString();
}

void TestJobs::cappedDeepVerifyTakesAtLeastSizeOverCap()
{
    constexpr double CapMBps = 5;
    auto bridge = m_h.startBridge(60, withConfig(CapMBps, 2));
    QVERIFY(bridge);
    const auto budget = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("ioBudget")).toObject();
    QCOMPARE(budget.value(QStringLiteral("bytesPerSecond")).toInteger(), qint64(CapMBps * 1e6));
    QCOMPARE(budget.value(QStringLiteral("heavyJobs")).toInt(), 2);
    QCOMPARE(result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("total")).toInt(), 30);

    QElapsedTimer t;
    t.start();
    const QString id = startDeepVerify(*bridge);
    QVERIFY(!id.isEmpty());
    const auto running = waitForState(*bridge, id, {QStringLiteral("running")});
    QCOMPARE(running.value(QStringLiteral("heavy")).toBool(), true);
    const auto job = waitForState(*bridge, id, {QStringLiteral("succeeded"), QStringLiteral("failed")});
    const double seconds = double(t.elapsed()) / 1000.0;
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    // Every byte of every message was read, through the cap.
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("bytesDone")).toInteger(), m_storeBytes);
    QCOMPARE(progress.value(QStringLiteral("bytesTotal")).toInteger(), m_storeBytes); // exact at the end
    QCOMPARE(progress.value(QStringLiteral("unit")).toString(), QStringLiteral("messages"));
    QCOMPARE(progress.value(QStringLiteral("done")).toInteger(), progress.value(QStringLiteral("total")).toInteger());
    const double floor = double(m_storeBytes) / (CapMBps * 1e6);
    QVERIFY2(seconds >= floor, qPrintable(QStringLiteral("%1 s < %2 s").arg(seconds).arg(floor)));
    m_h.stopDaemon();
}

void TestJobs::killedDaemonLeavesInterruptedJobThatResumes()
{
    QString id;
    {
        // Slow enough (about 10 s) to be killed in the middle.
        auto bridge = m_h.startBridge(60, withConfig(2, 2));
        QVERIFY(bridge);
        id = startDeepVerify(*bridge);
        QVERIFY(!id.isEmpty());
        QElapsedTimer t;
        t.start();
        QJsonObject job;
        while (t.elapsed() < 60000) { // running, with some bytes read and journaled
            job = waitForState(*bridge, id, {QStringLiteral("running")});
            if (job.value(QStringLiteral("progress")).toObject().value(QStringLiteral("bytesDone")).toInteger() > 1'000'000)
                break;
            QTest::qWait(100);
        }
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const qint64 pid = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
        QVERIFY(processAlive(pid));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    }
    auto bridge = m_h.startBridge(60, withConfig(0, 2));
    QVERIFY(bridge);
    const auto jobs = result(call(*bridge, QStringLiteral("job.list"))).value(QStringLiteral("jobs")).toArray();
    QJsonObject old;
    for (const auto &j : jobs)
        if (j.toObject().value(QStringLiteral("id")).toString() == id)
            old = j.toObject();
    QCOMPARE(old.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(old.value(QStringLiteral("resumable")).toBool(), true);
    QVERIFY(old.value(QStringLiteral("finishedAt")).toInteger() >= old.value(QStringLiteral("startedAt")).toInteger());
    QVERIFY(old.value(QStringLiteral("log")).toArray().last().toString().contains(QLatin1String("agent restarted")));

    const auto resumed = call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}});
    const QString newId = result(resumed).value(QStringLiteral("id")).toString();
    QVERIFY2(!newId.isEmpty() && newId != id, QJsonDocument(resumed).toJson().constData());
    QCOMPARE(result(resumed).value(QStringLiteral("resumedFrom")).toString(), id);
    const auto done = waitForState(*bridge, newId, {QStringLiteral("succeeded"), QStringLiteral("failed")});
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(done.value(QStringLiteral("result")).toObject().value(QStringLiteral("accounts")).toInt(), 30);
    QCOMPARE(done.value(QStringLiteral("progress")).toObject().value(QStringLiteral("bytesDone")).toInteger(), m_storeBytes);
    const auto oldNow = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
    QCOMPARE(oldNow.value(QStringLiteral("resumedBy")).toString(), newId);

    // Once resumed, never twice; a succeeded job has nothing to resume; unknown ids are 1001.
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}})), 1012);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), newId}})), 1012);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), QStringLiteral("j-none")}})), 1001);
    // The resume is audited like every mutating call.
    const auto audit = result(call(*bridge, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 4}}));
    QStringList methods;
    for (const auto &e : audit.value(QStringLiteral("entries")).toArray())
        methods << e.toObject().value(QStringLiteral("method")).toString();
    QCOMPARE(methods, QStringList(4, QStringLiteral("job.resume")));
    m_h.stopDaemon();
}

void TestJobs::heavyJobsWaitForASlot()
{
    auto bridge = m_h.startBridge(60, withConfig(4, 1));
    QVERIFY(bridge);
    const QString first = startDeepVerify(*bridge);
    const QString second = startDeepVerify(*bridge);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const auto waiting = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), second}}));
    QCOMPARE(waiting.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(waiting.value(QStringLiteral("progress")).toObject().value(QStringLiteral("phase")).toString(),
             QStringLiteral("waiting for an I/O slot"));
    const auto budget = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("ioBudget")).toObject();
    QCOMPARE(budget.value(QStringLiteral("heavyJobs")).toInt(), 1);
    QCOMPARE(budget.value(QStringLiteral("heavyRunning")).toInt(), 1);
    QCOMPARE(budget.value(QStringLiteral("heavyWaiting")).toInt(), 1);

    // A third one cancelled while it waits ends at once, without running.
    const QString third = startDeepVerify(*bridge);
    const auto cancelled = result(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), third}}));
    QCOMPARE(cancelled.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("startedAt")).toInteger(), 0);

    // The second stays queued for as long as the first runs.
    for (;;) {
        const auto a = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), first}}));
        const auto b = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), second}}));
        pendingNotifications()[bridge.get()].clear();
        if (a.value(QStringLiteral("state")).toString() != QLatin1String("running"))
            break;
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QTest::qWait(200);
    }
    const auto a = waitForState(*bridge, first, {QStringLiteral("succeeded")});
    const auto b = waitForState(*bridge, second, {QStringLiteral("succeeded"), QStringLiteral("failed")});
    QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QVERIFY(b.value(QStringLiteral("startedAt")).toInteger() >= a.value(QStringLiteral("finishedAt")).toInteger());
    m_h.stopDaemon();
}

void TestJobs::corruptJournalIsMovedAside()
{
    // Earlier tests left journaled jobs; add a damaged file and what a write cut short by
    // kill -9 leaves (its temp file: the job file itself is replaced only by rename).
    const QString dir = m_h.stateDir() + QStringLiteral("/jobs");
    QStringList before = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(before.size() >= 3);
    QFile bad(dir + QStringLiteral("/j-bad-1.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"id\": \"j-bad-1\", \"kind\": \"index.ver");
    bad.close();
    QFile temp(dir + QLatin1Char('/') + QLatin1Char('.') + before.first() + QStringLiteral(".tmp.x1y2z3"));
    QVERIFY(temp.open(QIODevice::WriteOnly));
    temp.write("{\"id\": \"half");
    temp.close();

    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const auto info = result(call(*bridge, QStringLiteral("host.info")));
    const QJsonArray problems = info.value(QStringLiteral("jobJournalProblems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toString().contains(QLatin1String("j-bad-1.json")), qPrintable(problems.first().toString()));
    QVERIFY(!QFileInfo::exists(bad.fileName()));
    QCOMPARE(QDir(dir + QStringLiteral("/corrupt")).entryList(QDir::Files).size(), 1);
    QVERIFY(!QFileInfo::exists(temp.fileName()));
    const auto jobs = result(call(*bridge, QStringLiteral("job.list"))).value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), before.size());
    m_h.stopDaemon();
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
