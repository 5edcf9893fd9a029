// SPDX-License-Identifier: GPL-3.0-or-later
// index.verify, index.rebuild and the job methods through the real bridge and daemon,
// on a demo store whose damaged accounts demo-init reports.
#include "agentharness.h"

using namespace testing;

class TestIndexApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifyOneAccount();
    void paramsAreChecked_data();
    void paramsAreChecked();
    void hostScanRunsAsJobWithProgress();
    void dryRunChangesNothingThenRebuildRepairs();
    void cancelAndUnknownJobs();
    void cliExitCodes();

private:
    QJsonObject waitForJob(QProcess &bridge, const QString &id, QList<QJsonObject> *notes = nullptr);
    AgentHarness m_h;
    QMap<QString, QString> m_damaged; // account -> finding code it was given
};

void TestIndexApi::initTestCase()
{
    QVERIFY(m_h.init(40, 0.3, 11));
    // demo-init into a fresh folder tells which accounts it damaged.
    QByteArray out;
    const QString dir = m_h.tmp() + QStringLiteral("/probe");
    QCOMPARE(m_h.runAgent({QStringLiteral("demo-init"), dir, QStringLiteral("--accounts"), QStringLiteral("40"),
                           QStringLiteral("--scale"), QStringLiteral("0.3"), QStringLiteral("--seed"), QStringLiteral("11"),
                           QStringLiteral("--json")},
                          &out),
             0);
    for (const auto &d : QJsonDocument::fromJson(out).object().value(QStringLiteral("damaged")).toArray())
        m_damaged.insert(d.toObject().value(QStringLiteral("account")).toString(),
                         d.toObject().value(QStringLiteral("damage")).toString());
    QVERIFY(m_damaged.size() >= 5);
}

QJsonObject TestIndexApi::waitForJob(QProcess &bridge, const QString &id, QList<QJsonObject> *notes)
{
    // Poll job.get until the job ends; the job.progress notifications that arrive
    // meanwhile are collected for the caller.
    for (int i = 0; i < 1200; ++i) {
        const auto job = result(call(bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 900 + i));
        auto &pending = pendingNotifications()[&bridge];
        for (const auto &n : std::as_const(pending)) {
            const auto params = n.value(QStringLiteral("params")).toObject();
            if (notes && params.value(QStringLiteral("id")).toString() == id)
                notes->append(params);
        }
        pending.clear();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("succeeded") || state == QLatin1String("failed") || state == QLatin1String("cancelled"))
            return job;
        QTest::qWait(100);
    }
    return {};
}

void TestIndexApi::verifyOneAccount()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    for (auto it = m_damaged.cbegin(); it != m_damaged.cend(); ++it) {
        const bool deep = it.value() == QLatin1String("size-mismatch");
        const auto r = result(call(*bridge, QStringLiteral("index.verify"),
                                   {{QStringLiteral("account"), it.key()}, {QStringLiteral("deep"), deep}}));
        QVERIFY2(!r.value(QStringLiteral("healthy")).toBool(), qPrintable(it.key()));
        QVERIFY(r.value(QStringLiteral("problems")).toInt() >= 1);
        QStringList codes;
        for (const auto &f : r.value(QStringLiteral("findings")).toArray())
            codes << f.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(codes.contains(it.value()), qPrintable(it.key() + QLatin1Char(' ') + codes.join(QLatin1Char(','))));
    }
    // The health field of accounts.list agrees.
    const auto page = result(call(*bridge, QStringLiteral("accounts.list"), {{QStringLiteral("problemsOnly"), true},
                                                                            {QStringLiteral("limit"), 100}}));
    QStringList listed;
    for (const auto &a : page.value(QStringLiteral("accounts")).toArray()) {
        listed << a.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(a.toObject().value(QStringLiteral("health")).toString() != QLatin1String("ok"));
    }
    for (auto it = m_damaged.cbegin(); it != m_damaged.cend(); ++it)
        if (it.value() != QLatin1String("size-mismatch")) // only a deep scan sees that one
            QVERIFY2(listed.contains(it.key()), qPrintable(it.key()));
}

void TestIndexApi::paramsAreChecked_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("code");
    QTest::newRow("verify neither") << QStringLiteral("index.verify") << QJsonObject{} << -32602;
    QTest::newRow("verify both") << QStringLiteral("index.verify")
                                 << QJsonObject{{QStringLiteral("account"), QStringLiteral("x@y")}, {QStringLiteral("all"), true}} << -32602;
    QTest::newRow("verify unknown") << QStringLiteral("index.verify") << QJsonObject{{QStringLiteral("account"), QStringLiteral("ghost@example.org")}} << 1001;
    QTest::newRow("rebuild nothing") << QStringLiteral("index.rebuild") << QJsonObject{} << -32602;
    QTest::newRow("rebuild accounts type") << QStringLiteral("index.rebuild") << QJsonObject{{QStringLiteral("accounts"), 5}} << -32602;
    QTest::newRow("rebuild mailbox many") << QStringLiteral("index.rebuild")
                                          << QJsonObject{{QStringLiteral("accounts"), QJsonArray{QStringLiteral("a@b"), QStringLiteral("c@d")}},
                                                         {QStringLiteral("mailbox"), QStringLiteral("INBOX")}} << -32602;
    QTest::newRow("rebuild unknown") << QStringLiteral("index.rebuild") << QJsonObject{{QStringLiteral("account"), QStringLiteral("ghost@example.org")}} << 1001;
    QTest::newRow("job unknown") << QStringLiteral("job.get") << QJsonObject{{QStringLiteral("id"), QStringLiteral("j-nope")}} << 1001;
    QTest::newRow("job no id") << QStringLiteral("job.cancel") << QJsonObject{} << -32602;
}

void TestIndexApi::paramsAreChecked()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, params);
    QFETCH(int, code);
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    QCOMPARE(errorCode(call(*bridge, method, params)), code);
}

void TestIndexApi::hostScanRunsAsJobWithProgress()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const QString id = result(call(*bridge, QStringLiteral("index.verify"), {{QStringLiteral("all"), true}}))
                           .value(QStringLiteral("jobId")).toString();
    QVERIFY(id.startsWith(QLatin1String("j-")));
    QList<QJsonObject> notes;
    const auto job = waitForJob(*bridge, id, &notes);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("index.verify"));
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), 40);
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 40);
    QVERIFY(!notes.isEmpty());
    qint64 last = -1;
    for (const auto &n : notes) { // progress never goes back
        const qint64 done = n.value(QStringLiteral("progress")).toObject().value(QStringLiteral("done")).toInteger();
        QVERIFY(done >= last);
        last = done;
    }
    const auto res = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(res.value(QStringLiteral("accounts")).toInt(), 40);
    QStringList withProblems;
    for (const auto &r : res.value(QStringLiteral("results")).toArray())
        if (r.toObject().value(QStringLiteral("problems")).toInt() > 0)
            withProblems << r.toObject().value(QStringLiteral("account")).toString();
    QCOMPARE(res.value(QStringLiteral("withProblems")).toInt(), withProblems.size());
    for (auto it = m_damaged.cbegin(); it != m_damaged.cend(); ++it)
        if (it.value() != QLatin1String("size-mismatch"))
            QVERIFY2(withProblems.contains(it.key()), qPrintable(it.key()));
    // The finished job stays listed, newest first.
    const auto jobs = result(call(*bridge, QStringLiteral("job.list"))).value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.first().toObject().value(QStringLiteral("id")).toString(), id);
}

void TestIndexApi::dryRunChangesNothingThenRebuildRepairs()
{
    const QString account = m_damaged.key(QStringLiteral("uidlist-bad-line"));
    QVERIFY(!account.isEmpty());
    const QString uidlist = m_h.root() + QLatin1Char('/') + account.section(QLatin1Char('@'), 1) + QLatin1Char('/')
        + account.section(QLatin1Char('@'), 0, 0) + QStringLiteral("/Maildir/dovecot-uidlist");
    QFile f(uidlist);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const auto dry = result(call(*bridge, QStringLiteral("index.rebuild"),
                                 {{QStringLiteral("account"), account}, {QStringLiteral("dryRun"), true}}));
    const auto box = dry.value(QStringLiteral("reports")).toArray().first().toObject()
                         .value(QStringLiteral("mailboxes")).toArray().first().toObject();
    QCOMPARE(box.value(QStringLiteral("mailbox")).toString(), QStringLiteral("INBOX"));
    QVERIFY(box.value(QStringLiteral("uidlistWritten")).toBool());
    QCOMPARE(box.value(QStringLiteral("uidsNew")).toInt(), 0);
    QCOMPARE(box.value(QStringLiteral("uidsKept")).toInt(), box.value(QStringLiteral("messages")).toInt());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // a dry run writes nothing
    f.close();

    const QString id = result(call(*bridge, QStringLiteral("index.rebuild"),
                                   {{QStringLiteral("accounts"), QJsonArray{account}}, {QStringLiteral("resync"), false}}))
                           .value(QStringLiteral("jobId")).toString();
    const auto job = waitForJob(*bridge, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() != before);
    f.close();
    const auto after = result(call(*bridge, QStringLiteral("index.verify"), {{QStringLiteral("account"), account}}));
    QVERIFY(after.value(QStringLiteral("healthy")).toBool());
}

void TestIndexApi::cancelAndUnknownJobs()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const QString id = result(call(*bridge, QStringLiteral("index.verify"), {{QStringLiteral("all"), true}, {QStringLiteral("deep"), true}}))
                           .value(QStringLiteral("jobId")).toString();
    const auto cancelled = result(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), id}}));
    QCOMPARE(cancelled.value(QStringLiteral("id")).toString(), id);
    const auto job = waitForJob(*bridge, id);
    // A 40-account deep scan may finish before the cancel lands; both end states are honest.
    const QString state = job.value(QStringLiteral("state")).toString();
    QVERIFY2(state == QLatin1String("cancelled") || state == QLatin1String("succeeded"), qPrintable(state));
    if (state == QLatin1String("cancelled"))
        QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 1008);
}

void TestIndexApi::cliExitCodes()
{
    QByteArray out, err;
    const QString sick = m_damaged.key(QStringLiteral("uidlist-duplicate-uid"));
    QCOMPARE(m_h.runAgent({QStringLiteral("index"), QStringLiteral("verify"), QStringLiteral("--account"), sick,
                           QStringLiteral("--root"), m_h.root()}, &out, &err), 1);
    QVERIFY(out.contains("uidlist-duplicate-uid"));
    QCOMPARE(m_h.runAgent({QStringLiteral("index"), QStringLiteral("rebuild"), QStringLiteral("--account"), sick,
                           QStringLiteral("--root"), m_h.root(), QStringLiteral("--no-resync"), QStringLiteral("--json")}, &out, &err), 0);
    const auto report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("account")).toString(), sick);
    QCOMPARE(m_h.runAgent({QStringLiteral("index"), QStringLiteral("verify"), QStringLiteral("--account"), sick,
                           QStringLiteral("--root"), m_h.root()}, &out, &err), 0);
    QCOMPARE(m_h.runAgent({QStringLiteral("index"), QStringLiteral("verify"), QStringLiteral("--root"), m_h.root()}, &out, &err), 2);
    QVERIFY(err.contains("--account NAME or --all"));
    QCOMPARE(m_h.runAgent({QStringLiteral("index"), QStringLiteral("frobnicate"), QStringLiteral("--root"), m_h.root()}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(TestIndexApi)
#include "tst_indexapi.moc"
