// SPDX-License-Identifier: GPL-3.0-or-later
// The backup API against the real daemon: backup_targets= in the config (errors name the
// bad entry), backup.targets, backup.list, backup.create (full, then an incremental that
// stores exactly the one new message), backup.verify finding a flipped byte and recording
// it in the catalog, host.info's backups summary, and the role check with its audit lines.
#include "agentharness.h"

#include <QFile>

#include <pwd.h>
#include <unistd.h>

using namespace testing;

class TestBackupApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_h.stopDaemon(); }
    void badTargetsAreRefusedNamingTheEntry_data();
    void badTargetsAreRefusedNamingTheEntry();
    void targetsAreListedInConfigOrder();
    void fullThenIncrementalBackup();
    void verifyFindsAFlippedByteAndRecordsIt();
    void supportIsRefusedAndTheAuditHasBoth();

private:
    QString writeConfig(const QString &name, const QByteArray &text);
    QJsonObject waitForJob(QProcess &bridge, const QString &id);
    QJsonObject startAndWait(QProcess &bridge, const QString &method, const QJsonObject &params);
    AgentHarness m_h;
    QString m_config, m_onsite, m_offsite;
    QHash<QString, qint64> m_messages; // per account, from accounts.list
    QStringList m_accounts;
    QStringList m_fullIds;
};

QString TestBackupApi::writeConfig(const QString &name, const QByteArray &text)
{
    const QString path = m_h.tmp() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

QJsonObject TestBackupApi::waitForJob(QProcess &bridge, const QString &id)
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

QJsonObject TestBackupApi::startAndWait(QProcess &bridge, const QString &method, const QJsonObject &params)
{
    const auto started = call(bridge, method, params);
    const QString id = result(started).value(QStringLiteral("jobId")).toString();
    if (id.isEmpty()) {
        qWarning("%s", QJsonDocument(started).toJson().constData());
        return {};
    }
    return waitForJob(bridge, id);
}

void TestBackupApi::initTestCase()
{
    QVERIFY(m_h.init(8, 0.1, 11));
    m_onsite = m_h.tmp() + QStringLiteral("/onsite");
    m_offsite = m_h.tmp() + QStringLiteral("/offsite-not-mounted");
    QVERIFY(QDir().mkpath(m_onsite));
    m_config = writeConfig(QStringLiteral("agent.conf"),
                           "backup_targets=onsite:" + m_onsite.toUtf8() + ", offsite:" + m_offsite.toUtf8() + "\n");
    QVERIFY(!m_config.isEmpty());
}

void TestBackupApi::badTargetsAreRefusedNamingTheEntry_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("upper-case name") << QByteArray("backup_targets=Onsite:/srv/b")
                                     << QStringLiteral("backup_targets entry 'Onsite:/srv/b' must be NAME:/absolute/path, "
                                                       "NAME of 1 to 32 of a-z, 0-9 and -");
    QTest::newRow("no name") << QByteArray("backup_targets=/srv/b")
                             << QStringLiteral("backup_targets entry '/srv/b' must be NAME:/absolute/path, "
                                               "NAME of 1 to 32 of a-z, 0-9 and -");
    QTest::newRow("relative path") << QByteArray("backup_targets=a:/srv/a, b:backups")
                                   << QStringLiteral("backup_targets entry 'b:backups': the path must be absolute");
    QTest::newRow("name twice") << QByteArray("backup_targets=a:/srv/a, a:/srv/b")
                                << QStringLiteral("backup_targets entry 'a:/srv/b': the name 'a' is used twice");
}

void TestBackupApi::badTargetsAreRefusedNamingTheEntry()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const QString file = writeConfig(QStringLiteral("bad.conf"), line + '\n');
    QByteArray err;
    // The daemon refuses to start, and so does a bridge (which would start one).
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("--config"), file} + m_h.storeArgs(),
                          nullptr, &err),
             2);
    QCOMPARE(QString::fromUtf8(err).trimmed(),
             QStringLiteral("mailstore-agent: config file %1: %2").arg(file, error));
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("--stdio"), QStringLiteral("--config"), file} + m_h.storeArgs(),
                          nullptr, &err),
             2);
    QVERIFY2(err.contains(error.toUtf8()), err.constData());
}

void TestBackupApi::targetsAreListedInConfigOrder()
{
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    const auto targets = result(call(*bridge, QStringLiteral("backup.targets"))).value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    const auto onsite = targets.at(0).toObject();
    QCOMPARE(onsite.value(QStringLiteral("name")).toString(), QStringLiteral("onsite"));
    QCOMPARE(onsite.value(QStringLiteral("path")).toString(), m_onsite);
    QCOMPARE(onsite.value(QStringLiteral("available")).toBool(), true);
    QVERIFY(!onsite.contains(QStringLiteral("error")));
    QVERIFY(onsite.value(QStringLiteral("freeBytes")).toInteger() > 0);
    QCOMPARE(onsite.value(QStringLiteral("backups")).toInt(), 0);
    QCOMPARE(onsite.value(QStringLiteral("bytes")).toInt(), 0);
    QCOMPARE(onsite.value(QStringLiteral("lastBackup")).toInt(), 0);
    QCOMPARE(onsite.value(QStringLiteral("lastVerified")).toInt(), 0);
    QCOMPARE(onsite.value(QStringLiteral("attention")).toInt(), 0);
    const auto offsite = targets.at(1).toObject();
    QCOMPARE(offsite.value(QStringLiteral("name")).toString(), QStringLiteral("offsite"));
    QCOMPARE(offsite.value(QStringLiteral("available")).toBool(), false);
    QCOMPARE(offsite.value(QStringLiteral("error")).toString(),
             QStringLiteral("cannot open the backup target: No such file or directory (%1)").arg(m_offsite));
    QCOMPARE(offsite.value(QStringLiteral("freeBytes")).toInt(), 0);

    // Unknown target: 1001 naming it; a target that is not there fails before any job.
    const auto unknown = call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("nas")}});
    QCOMPARE(errorCode(unknown), 1001);
    QCOMPARE(unknown.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("target")).toString(), QStringLiteral("nas"));
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("backup.create"),
                            {{QStringLiteral("target"), QStringLiteral("offsite")}, {QStringLiteral("all"), true}})),
             1001);
    // Exactly one of accounts / account / all.
    const auto both = call(*bridge, QStringLiteral("backup.create"),
                           {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("all"), true},
                            {QStringLiteral("account"), QStringLiteral("x@y")}});
    QCOMPARE(errorCode(both), -32602);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("backup.create"),
                            {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("account"), QStringLiteral("nobody@nowhere")}})),
             1001);
    const auto info = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("backups")).toObject();
    QCOMPARE(info, (QJsonObject{{QStringLiteral("targets"), 2}, {QStringLiteral("attention"), 0},
                                {QStringLiteral("lastBackup"), 0}, {QStringLiteral("lastVerified"), 0}}));
}

void TestBackupApi::fullThenIncrementalBackup()
{
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    for (const auto &a : result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("accounts")).toArray()) {
        const auto o = a.toObject();
        m_accounts << o.value(QStringLiteral("name")).toString();
        m_messages.insert(m_accounts.last(), o.value(QStringLiteral("messages")).toInteger());
    }
    QCOMPARE(m_accounts.size(), 8);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto job = startAndWait(*bridge, QStringLiteral("backup.create"),
                                  {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("all"), true}});
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("backup.create"));
    QCOMPARE(job.value(QStringLiteral("heavy")).toBool(), true);
    QCOMPARE(job.value(QStringLiteral("resumable")).toBool(), true);
    QCOMPARE(job.value(QStringLiteral("summary")).toString(), QStringLiteral("onsite: 8 accounts"));
    const auto backups = job.value(QStringLiteral("result")).toObject().value(QStringLiteral("backups")).toArray();
    QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("failed")).toArray(), QJsonArray());
    QCOMPARE(backups.size(), 8);
    qint64 bytes = 0;
    for (int i = 0; i < backups.size(); ++i) {
        const auto b = backups.at(i).toObject();
        QCOMPARE(b.value(QStringLiteral("account")).toString(), m_accounts.at(i)); // in the catalog's order
        QCOMPARE(b.value(QStringLiteral("incremental")).toBool(), false);
        QCOMPARE(b.value(QStringLiteral("stored")).toInteger(), m_messages.value(m_accounts.at(i)));
        QCOMPARE(b.value(QStringLiteral("skipped")).toArray(), QJsonArray());
        QVERIFY(b.value(QStringLiteral("archiveBytes")).toInteger() > 0);
        QVERIFY(QFile::exists(m_onsite + QLatin1Char('/') + b.value(QStringLiteral("id")).toString() + QStringLiteral(".tar.zst")));
        bytes += b.value(QStringLiteral("bytes")).toInteger();
        m_fullIds << b.value(QStringLiteral("id")).toString();
    }
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("unit")).toString(), QStringLiteral("accounts"));
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), 8);
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 8);
    QCOMPARE(progress.value(QStringLiteral("bytesDone")).toInteger(), bytes);
    QCOMPARE(progress.value(QStringLiteral("bytesTotal")).toInteger(), bytes);

    // One new message in the first account: the incremental stores exactly it.
    const QString account = m_accounts.first();
    const QByteArray message = "From: a@b\r\nSubject: new\r\n\r\nhello\r\n";
    const QString maildir = m_h.root() + QLatin1Char('/') + account.section(QLatin1Char('@'), 1) + QLatin1Char('/')
                            + account.section(QLatin1Char('@'), 0, 0) + QStringLiteral("/Maildir");
    QVERIFY(QDir(maildir + QStringLiteral("/new")).exists());
    QFile f(maildir + QStringLiteral("/new/1795999999.M1P1.test,S=%1").arg(message.size()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(message);
    f.close();
    const auto inc = startAndWait(*bridge, QStringLiteral("backup.create"),
                                  {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("accounts"), QJsonArray{account}},
                                   {QStringLiteral("incremental"), true}});
    QCOMPARE(inc.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(inc.value(QStringLiteral("summary")).toString(), QStringLiteral("onsite: %1, incremental").arg(account));
    const auto made = inc.value(QStringLiteral("result")).toObject().value(QStringLiteral("backups")).toArray();
    QCOMPARE(made.size(), 1);
    const auto b = made.first().toObject();
    QCOMPARE(b.value(QStringLiteral("incremental")).toBool(), true);
    QCOMPARE(b.value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(b.value(QStringLiteral("bytes")).toInteger(), qint64(message.size()));
    QCOMPARE(inc.value(QStringLiteral("progress")).toObject().value(QStringLiteral("bytesDone")).toInteger(), qint64(message.size()));

    // backup.list: newest first, the account filter, the chain link, never verified.
    const auto list = result(call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("onsite")}}));
    QCOMPARE(list.value(QStringLiteral("target")).toString(), QStringLiteral("onsite"));
    const auto all = list.value(QStringLiteral("backups")).toArray();
    QCOMPARE(all.size(), 9);
    QCOMPARE(all.first().toObject().value(QStringLiteral("id")).toString(), b.value(QStringLiteral("id")).toString());
    const auto mine = result(call(*bridge, QStringLiteral("backup.list"),
                                  {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("account"), account}}))
                          .value(QStringLiteral("backups")).toArray();
    QCOMPARE(mine.size(), 2);
    const auto newest = mine.at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("parent")).toString(), m_fullIds.first());
    QCOMPARE(newest.value(QStringLiteral("messages")).toInteger(), m_messages.value(account) + 1);
    QCOMPARE(newest.value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(newest.value(QStringLiteral("verifyState")).toString(), QStringLiteral("never"));
    QCOMPARE(newest.value(QStringLiteral("attention")).toBool(), true);
    QCOMPARE(newest.value(QStringLiteral("lastVerified")).toInt(), 0);
    QVERIFY(newest.value(QStringLiteral("created")).toInteger() >= before);
    QCOMPARE(mine.at(1).toObject().value(QStringLiteral("parent")).toString(), QString());
    QCOMPARE(mine.at(1).toObject().value(QStringLiteral("id")).toString(), m_fullIds.first());

    // Never verified: every backup needs attention.
    const auto info = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("backups")).toObject();
    QCOMPARE(info.value(QStringLiteral("targets")).toInt(), 2);
    QCOMPARE(info.value(QStringLiteral("attention")).toInt(), 9);
    QCOMPARE(info.value(QStringLiteral("lastBackup")).toInteger(), newest.value(QStringLiteral("created")).toInteger());
    QCOMPARE(info.value(QStringLiteral("lastVerified")).toInt(), 0);
    const auto onsite = result(call(*bridge, QStringLiteral("backup.targets"))).value(QStringLiteral("targets")).toArray().first().toObject();
    QCOMPARE(onsite.value(QStringLiteral("backups")).toInt(), 9);
    QCOMPARE(onsite.value(QStringLiteral("attention")).toInt(), 9);
}

void TestBackupApi::verifyFindsAFlippedByteAndRecordsIt()
{
    QCOMPARE(m_fullIds.size(), 8);
    // The biggest archive gets one byte flipped in its middle.
    QString victim;
    qint64 biggest = 0;
    for (const QString &id : std::as_const(m_fullIds)) {
        const qint64 size = QFileInfo(m_onsite + QLatin1Char('/') + id + QStringLiteral(".tar.zst")).size();
        if (size > biggest)
            biggest = size, victim = id;
    }
    QFile archive(m_onsite + QLatin1Char('/') + victim + QStringLiteral(".tar.zst"));
    QVERIFY(archive.open(QIODevice::ReadWrite));
    QVERIFY(archive.seek(biggest / 2));
    char c = 0;
    QVERIFY(archive.getChar(&c));
    QVERIFY(archive.seek(biggest / 2));
    QVERIFY(archive.putChar(char(c ^ 0x40)));
    archive.close();

    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const auto job = startAndWait(*bridge, QStringLiteral("backup.verify"),
                                  {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("all"), true}});
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("backup.verify"));
    QCOMPARE(job.value(QStringLiteral("heavy")).toBool(), true);
    const auto res = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(res.value(QStringLiteral("failed")).toArray(), QJsonArray());
    const auto verified = res.value(QStringLiteral("verified")).toArray();
    QCOMPARE(verified.size(), 9);
    qint64 archiveBytes = 0;
    for (const auto &v : verified) {
        const auto o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        archiveBytes += QFileInfo(m_onsite + QLatin1Char('/') + id + QStringLiteral(".tar.zst")).size();
        QCOMPARE(o.value(QStringLiteral("good")).toBool(), id != victim);
        if (id != victim) {
            QCOMPARE(o.value(QStringLiteral("problems")).toArray(), QJsonArray());
            continue;
        }
        // The middle of the biggest archive is inside a big message stored nearly as is:
        // that member's content is wrong, the stream itself still decodes.
        const auto problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        const auto problem = problems.first().toObject();
        QCOMPARE(problem.value(QStringLiteral("problem")).toString(), QStringLiteral("hash-mismatch"));
        QVERIFY2(problem.value(QStringLiteral("member")).toString().startsWith(QLatin1String("m/")),
                 QJsonDocument(problem).toJson().constData());
        QVERIFY(problem.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("SHA-256 differs for ")));
    }
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("unit")).toString(), QStringLiteral("backups"));
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), 9);
    QCOMPARE(progress.value(QStringLiteral("bytesDone")).toInteger(), archiveBytes);
    QCOMPARE(progress.value(QStringLiteral("bytesTotal")).toInteger(), archiveBytes);

    // Recorded in the catalog: the list and the host summary show it.
    const auto list = result(call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("onsite")}}))
                          .value(QStringLiteral("backups")).toArray();
    for (const auto &e : list) {
        const auto o = e.toObject();
        const bool bad = o.value(QStringLiteral("id")).toString() == victim;
        QCOMPARE(o.value(QStringLiteral("verifyState")).toString(), bad ? QStringLiteral("corrupt") : QStringLiteral("good"));
        QCOMPARE(o.value(QStringLiteral("attention")).toBool(), bad);
        QVERIFY(o.value(QStringLiteral("lastVerified")).toInteger() >= before);
    }
    const auto info = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("backups")).toObject();
    QCOMPARE(info.value(QStringLiteral("attention")).toInt(), 1);
    QVERIFY(info.value(QStringLiteral("lastVerified")).toInteger() >= before);
    const auto onsite = result(call(*bridge, QStringLiteral("backup.targets"))).value(QStringLiteral("targets")).toArray().first().toObject();
    QCOMPARE(onsite.value(QStringLiteral("attention")).toInt(), 1);
    QCOMPARE(onsite.value(QStringLiteral("bytes")).toInteger(), archiveBytes);

    // One id, by name; an unknown id is 1001 before any job.
    const auto one = startAndWait(*bridge, QStringLiteral("backup.verify"),
                                  {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("id"), victim}});
    QCOMPARE(one.value(QStringLiteral("result")).toObject().value(QStringLiteral("verified")).toArray().size(), 1);
    const auto unknown = call(*bridge, QStringLiteral("backup.verify"),
                              {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("id"), QStringLiteral("20990101T000000Z-00000000")}});
    QCOMPARE(errorCode(unknown), 1001);
    m_h.stopDaemon();
}

void TestBackupApi::supportIsRefusedAndTheAuditHasBoth()
{
    const passwd *pw = ::getpwuid(::getuid());
    QVERIFY(pw);
    const QString me = QString::fromLocal8Bit(pw->pw_name);
    const QString config = writeConfig(QStringLiteral("support.conf"),
                                       "support_users=" + me.toLocal8Bit() + "\nbackup_targets=onsite:" + m_onsite.toUtf8() + "\n");
    auto bridge = m_h.startBridge(60, {QStringLiteral("--config"), config});
    QVERIFY(bridge);
    // Reads are fine for support; the three mutating methods are not.
    QCOMPARE(result(call(*bridge, QStringLiteral("backup.list"), {{QStringLiteral("target"), QStringLiteral("onsite")}}))
                 .value(QStringLiteral("backups")).toArray().size(), 9);
    const QJsonObject params{{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("all"), true}};
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("backup.create"), params)), 1011);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("backup.verify"), params)), 1011);
    const auto version = result(call(*bridge, QStringLiteral("api.version")));
    QCOMPARE(version.value(QStringLiteral("version")).toString(), QStringLiteral("1.6"));
    QVERIFY(version.value(QStringLiteral("mutating")).toVariant().toStringList().contains(QStringLiteral("backup.create")));

    const auto entries = result(call(*bridge, QStringLiteral("audit.list"))).value(QStringLiteral("entries")).toArray();
    QStringList lines;
    for (const auto &e : entries) {
        const auto o = e.toObject();
        lines << QStringLiteral("%1 %2 %3 %4 %5").arg(o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("role")).toString(),
                                                   o.value(QStringLiteral("result")).toString())
                     .arg(o.value(QStringLiteral("code")).toInt())
                     .arg(o.value(QStringLiteral("args")).toObject().value(QStringLiteral("target")).toString());
    }
    // Newest first: the two refusals, then the admin's calls of the earlier tests (after
    // the daemon.stop calls, which are audited too).
    QStringList jobs;
    for (const QString &l : std::as_const(lines))
        if (!l.startsWith(QLatin1String("daemon.stop")))
            jobs << l;
    QCOMPARE(jobs, (QStringList{QStringLiteral("backup.verify support error 1011 onsite"),
                                QStringLiteral("backup.create support error 1011 onsite"),
                                QStringLiteral("backup.verify admin error 1001 onsite"),
                                QStringLiteral("backup.verify admin ok 0 onsite"),
                                QStringLiteral("backup.verify admin ok 0 onsite"),
                                QStringLiteral("backup.create admin ok 0 onsite"),
                                QStringLiteral("backup.create admin ok 0 onsite"),
                                QStringLiteral("backup.create admin error 1001 onsite"),
                                QStringLiteral("backup.create admin error -32602 onsite"),
                                QStringLiteral("backup.create admin error 1001 offsite")}));
    // Support may not stop the daemon either: SIGTERM.
    const qint64 pid = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 15000);
}

QTEST_GUILESS_MAIN(TestBackupApi)
#include "tst_backupapi.moc"
