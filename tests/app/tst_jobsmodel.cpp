// SPDX-License-Identifier: GPL-3.0-or-later
// JobsModel on a live agent: a host-wide index check of the 300-account demo runs as a
// job; the model (under QAbstractItemModelTester) lists it from job.progress
// notifications, reports it finished with its result once, and job.list brings back
// the same row. Cancel reaches the daemon.

#include "agentclient.h"
#include "api/methods.h"
#include "localagent.h"
#include "displayformat.h"
#include "models/jobsmodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestJobsModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostVerifyJobIsFollowed();
    void secondModelListsFinishedJob();
    void cancelReachesTheDaemon();
    void textsForRateEtaAndInterrupted();

private:
    QString startVerifyAll(bool deep);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AgentClient> m_client;
};

void TestJobsModel::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_client = std::make_unique<AgentClient>();
    m_client->connectTo(localTransportFactory(m_store->localStore()));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Connected, 60'000);
}

void TestJobsModel::cleanupTestCase()
{
    m_client.reset();
    m_store.reset();
}

QString TestJobsModel::startVerifyAll(bool deep)
{
    QString id;
    bool answered = false;
    m_client->call(mailstore::api::method::IndexVerify,
                   QJsonObject{{u"all"_s, true}, {u"deep"_s, deep}}, this,
                   [&](const mailstore::api::Response &r) {
        answered = true;
        if (!r.error)
            id = r.result.toObject().value("jobId"_L1).toString();
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000); }();
    return id;
}

void TestJobsModel::hostVerifyJobIsFollowed()
{
    JobsModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &JobsModel::jobFinished);
    QSignalSpy changed(&model, &JobsModel::jobChanged);

    const QString id = startVerifyAll(false);
    QVERIFY(id.startsWith("j-"_L1));
    model.track(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120'000);
    QCOMPARE(finished.size(), 1);
    QVERIFY(changed.size() >= 1);

    const QJsonObject job = finished.first().first().toJsonObject();
    QCOMPARE(job.value("id"_L1).toString(), id);
    QCOMPARE(job.value("state"_L1).toString(), u"succeeded"_s);
    QCOMPARE(job.value("result"_L1).toObject().value("accounts"_L1).toInt(), 300);

    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.jobId(row), id);
    QCOMPARE(model.index(row, JobsModel::State).data(JobsModel::StateRole).toString(), u"succeeded"_s);
    const qint64 total = model.index(row, JobsModel::Progress).data(JobsModel::TotalRole).toLongLong();
    QCOMPARE(total, 300);
    QCOMPARE(model.index(row, JobsModel::Progress).data(JobsModel::DoneRole).toLongLong(), total);
    QCOMPARE(model.index(row, JobsModel::Kind).data().toString(), JobsModel::kindText(u"index.verify"_s));
    QVERIFY(model.index(row, JobsModel::Result).data().toString().contains("300"_L1));
    QCOMPARE(model.activeCount(), 0);

    // Late notifications or a refresh do not announce the same job twice.
    model.refresh();
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
}

void TestJobsModel::secondModelListsFinishedJob()
{
    JobsModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &JobsModel::jobFinished);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 30'000);
    QCOMPARE(model.index(0, JobsModel::State).data(JobsModel::StateRole).toString(), u"succeeded"_s);
    QTest::qWait(300);
    QVERIFY(finished.isEmpty()); // an old job is not news
}

void TestJobsModel::cancelReachesTheDaemon()
{
    JobsModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &JobsModel::jobFinished);
    QSignalSpy failed(&model, &JobsModel::failed);
    const QString id = startVerifyAll(true); // deep: slow enough to be cancelled
    QVERIFY(!id.isEmpty());
    model.track(id);
    model.cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120'000);
    const QString state = finished.first().first().toJsonObject().value("state"_L1).toString();
    // A tiny store may finish before the cancel lands; either way the job is over.
    QVERIFY2(state == "cancelled"_L1 || state == "succeeded"_L1, qPrintable(state));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!model.index(model.rowOf(id), JobsModel::Result).data().toString().isEmpty());
}

void TestJobsModel::textsForRateEtaAndInterrupted()
{
    QJsonObject progress{{u"done"_s, 10}, {u"total"_s, 100}, {u"unit"_s, u"messages"_s},
                         {u"bytesDone"_s, 1000}, {u"bytesTotal"_s, 50'000'000}, {u"bytesPerSec"_s, 25'000'000},
                         {u"itemsPerSec"_s, 4.5}, {u"eta"_s, u"estimating"_s}};
    QJsonObject job{{u"id"_s, u"j-1"_s}, {u"state"_s, u"running"_s}, {u"progress"_s, progress}};
    // No figure from the agent yet: the console says so instead of guessing.
    QCOMPARE(JobsModel::etaText(job), JobsModel::tr("estimating…"));
    QVERIFY(JobsModel::rateText(job).contains(mailstore::app::display::size(25'000'000)));
    progress.remove(u"eta"_s);
    progress.insert(u"etaSeconds"_s, 185);
    job.insert(u"progress"_s, progress);
    QCOMPARE(JobsModel::etaText(job), JobsModel::tr("%n min", nullptr, 3));
    QCOMPARE(JobsModel::durationText(30), JobsModel::tr("< 1 min"));
    QCOMPARE(JobsModel::durationText(4 * 3600 + 20 * 60), JobsModel::tr("%1 h %2 min").arg(4).arg(20));

    QJsonObject interrupted{{u"id"_s, u"j-2"_s}, {u"state"_s, u"interrupted"_s}, {u"resumable"_s, true},
                            {u"progress"_s, progress}};
    QVERIFY(JobsModel::isFinishedState(u"interrupted"_s));
    QCOMPARE(JobsModel::stateText(u"interrupted"_s), JobsModel::tr("Interrupted"));
    QVERIFY(JobsModel::etaText(interrupted).isEmpty());
    QVERIFY(JobsModel::canResume(interrupted));
    interrupted.insert(u"resumedBy"_s, u"j-3"_s);
    QVERIFY(!JobsModel::canResume(interrupted)); // once only
    QVERIFY(!JobsModel::canResume(job));         // running
}

QTEST_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
