// SPDX-License-Identifier: GPL-3.0-or-later
// What clients see of a job's progress never goes back, even when the work reports from
// several threads out of order (the host scan's two workers did: a notification with
// fewer accounts done followed one with more); a new unit or total starts afresh.
#include "agent/jobs/jobmanager.h"

#include <QSignalSpy>
#include <QTest>

#include <semaphore>

using namespace mailstore::agent;

class TestJobProgress : public QObject {
    Q_OBJECT
private slots:
    void progressNeverGoesBackWithinOneMeasure();
};

void TestJobProgress::progressNeverGoesBackWithinOneMeasure()
{
    JobManager jobs(1, 0);
    std::binary_semaphore reported{0}, release{0};
    const QString id = jobs.start(QStringLiteral("test"), QStringLiteral("order"), [&](JobContext &ctx) -> std::expected<QJsonValue, mailstore::api::RpcError> {
        ctx.setProgress(6, 40, QStringLiteral("accounts"), QStringLiteral("scanning"));
        ctx.setProgress(5, 40, QStringLiteral("accounts"), QStringLiteral("scanning")); // late report of a slower worker
        ctx.setBytes(900, 1000);
        ctx.setBytes(700, 1000);
        reported.release();
        release.acquire();
        // Another measure may start lower: a new phase counts something else.
        ctx.setProgress(2, 10, QStringLiteral("messages"), QStringLiteral("reading"));
        ctx.setBytes(10, 5000);
        return QJsonValue(true);
    });
    reported.acquire();
    auto job = jobs.get(id);
    QVERIFY(job);
    QCOMPARE(job->progress.done, 6);
    QCOMPARE(job->progress.total, 40);
    QCOMPARE(job->progress.bytesDone, 900);
    QCOMPARE(job->progress.bytesTotal, 1000);
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.get(id)->finished(), 10000);
    job = jobs.get(id);
    QCOMPARE(job->state, JobState::Succeeded);
    QCOMPARE(job->progress.done, 2);
    QCOMPARE(job->progress.unit, QStringLiteral("messages"));
    QCOMPARE(job->progress.bytesDone, 10);
    QCOMPARE(job->progress.bytesTotal, 5000);
}

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
