// SPDX-License-Identifier: GPL-3.0-or-later
// Kill the bridge mid-restore, reconnect, watch it finish. A real Dovecot account (mail
// put in over IMAP) is backed up through the agent, its Maildir disappears, and a restore
// job is started through the stdio bridge (what the console runs locally and over SSH).
// The bridge is killed with SIGKILL while the job runs (an I/O cap keeps it running long
// enough); the job lives in the daemon, so a new bridge finds it running (or done), waits
// for it to succeed, and Dovecot then shows every message with its old UID, UIDVALIDITY
// and flags.
#include "../agent/agentharness.h"
#include "dovecotserver.h"
#include "seedmail.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace integration;

namespace {
const QStringList Mailboxes{u"INBOX"_s, u"Archive"_s};
}

class TestRestoreBridge : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedBridgeMidRestoreReconnectsAndSeesItFinish();

private:
    testing::AgentHarness::Bridge bridge(double mbPerSec);
    QJsonObject waitFor(QProcess &p, const QString &id, const QStringList &states, int timeoutMs = 60000);
    std::unique_ptr<DovecotServer> m_server;
    QTemporaryDir m_tmp{QDir::tempPath() + u"/msr-XXXXXX"_s}; // short: the socket path is limited
    QHash<QString, MailboxView> m_before;
};

void TestRestoreBridge::initTestCase()
{
    QVERIFY2(!DovecotServer::dovecotBinary().isEmpty(), "Dovecot is not installed (installer/install-deps.sh)");
    QVERIFY(m_tmp.isValid());
    m_server = std::make_unique<DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    auto seeded = seedMailboxes(*m_server, u"alice"_s);
    QVERIFY2(seeded, qPrintable(m_server->logText()));
    for (const QString &box : Mailboxes) {
        m_before.insert(box, viewMailbox(m_server->port(), u"alice"_s, box));
        QVERIFY2(m_before[box].error.isEmpty(), qPrintable(m_before[box].error));
    }
    QCOMPARE(m_before[u"INBOX"_s].byMessageId.size(), SeedInboxAppends - 3);
    QCOMPARE(m_before[u"Archive"_s].byMessageId.size(), SeedArchiveAppends);
    QVERIFY(QDir().mkpath(m_tmp.path() + u"/onsite"_s));
}

void TestRestoreBridge::cleanupTestCase()
{
    if (auto b = bridge(0)) {
        testing::call(*b, u"daemon.stop"_s);
        b->waitForFinished(5000);
    }
    if (m_server)
        m_server->stop();
}

testing::AgentHarness::Bridge TestRestoreBridge::bridge(double mbPerSec)
{
    // The config is read by the daemon the bridge starts; a running daemon keeps its own.
    const QString config = m_tmp.path() + u"/agent.conf"_s;
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(u"backup_targets=onsite:%1/onsite\nio_mb_per_s=%2\n"_s.arg(m_tmp.path()).arg(mbPerSec).toUtf8());
    f.close();
    testing::AgentHarness::Bridge p(new QProcess);
    p->start(testing::agentBin(), {u"--stdio"_s, u"--root"_s, m_server->root() + u"/mail"_s, u"--layout"_s,
                                   u"%n/Maildir"_s, u"--state-dir"_s, m_tmp.path() + u"/st"_s, u"--config"_s, config,
                                   u"--idle-timeout"_s, u"60"_s});
    if (!p->waitForStarted(5000))
        return nullptr;
    return p;
}

QJsonObject TestRestoreBridge::waitFor(QProcess &p, const QString &id, const QStringList &states, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (int n = 0; t.elapsed() < timeoutMs; ++n) {
        const auto job = testing::result(testing::call(p, u"job.get"_s, {{u"id"_s, id}}, 100 + n));
        testing::pendingNotifications()[&p].clear();
        if (states.contains(job.value(u"state"_s).toString()))
            return job;
        QTest::qWait(50);
    }
    return {};
}

void TestRestoreBridge::killedBridgeMidRestoreReconnectsAndSeesItFinish()
{
    QString backup;
    qint64 messageBytes = 0;
    {
        auto b = bridge(0);
        QVERIFY(b);
        const QString id = testing::result(testing::call(*b, u"backup.create"_s, {{u"target"_s, u"onsite"_s}, {u"account"_s, u"alice"_s}}))
                               .value(u"jobId"_s).toString();
        const auto job = waitFor(*b, id, {u"succeeded"_s, u"failed"_s});
        QCOMPARE(job.value(u"state"_s).toString(), u"succeeded"_s);
        const auto made = job.value(u"result"_s).toObject().value(u"backups"_s).toArray().first().toObject();
        backup = made.value(u"id"_s).toString();
        messageBytes = made.value(u"bytes"_s).toInteger();
        // A new daemon with an I/O cap for the restore (it pays for the message bytes it
        // unpacks): about 4 s.
        testing::call(*b, u"daemon.stop"_s);
        QVERIFY(b->waitForFinished(10000));
    }
    QString error;
    QVERIFY2(m_server->stop(&error), qPrintable(error));
    // The account's mail is lost.
    const QString maildir = m_server->maildirOf(u"alice"_s);
    QVERIFY(QDir().rename(maildir, maildir + u".lost"_s));

    auto first = bridge(double(messageBytes) / 4e6);
    QVERIFY(first);
    const qint64 daemonPid = testing::result(testing::call(*first, u"host.info"_s)).value(u"pid"_s).toInteger();
    const auto started = testing::call(*first, u"restore.start"_s, {{u"target"_s, u"onsite"_s}, {u"backup"_s, backup}});
    const QString id = testing::result(started).value(u"jobId"_s).toString();
    QVERIFY2(!id.isEmpty(), QJsonDocument(started).toJson().constData());
    const auto running = waitFor(*first, id, {u"running"_s, u"succeeded"_s, u"failed"_s});
    QCOMPARE(running.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(running.value(u"kind"_s).toString(), u"restore"_s);
    // The link drops: SIGKILL, no goodbye.
    first->kill();
    QVERIFY(first->waitForFinished(5000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    QElapsedTimer dbg; dbg.start();
    first.reset();
    qInfo("reset %lld ms", dbg.elapsed());
    QVERIFY(testing::processAlive(daemonPid));
    qInfo("alive %lld ms", dbg.elapsed()); // the daemon, and the job, live on

    auto second = bridge(0);
    QVERIFY(second);
    QCOMPARE(testing::result(testing::call(*second, u"host.info"_s)).value(u"pid"_s).toInteger(), daemonPid);
    const auto seen = testing::result(testing::call(*second, u"job.get"_s, {{u"id"_s, id}}));
    QVERIFY2(QStringList({u"running"_s, u"succeeded"_s}).contains(seen.value(u"state"_s).toString()),
             QJsonDocument(seen).toJson().constData());
    const auto done = waitFor(*second, id, {u"succeeded"_s, u"failed"_s, u"cancelled"_s, u"interrupted"_s});
    QCOMPARE(done.value(u"state"_s).toString(), u"succeeded"_s);
    const auto report = done.value(u"result"_s).toObject();
    const qint64 total = SeedInboxAppends - 3 + SeedArchiveAppends;
    QCOMPARE(report.value(u"restored"_s).toInteger(), total);
    QCOMPARE(report.value(u"alreadyPresent"_s).toInteger(), 0);
    QCOMPARE(report.value(u"resumed"_s).toBool(), false);
    QCOMPARE(report.value(u"uidsKept"_s).toInteger(), total); // a fresh account: the original UIDs
    QCOMPARE(report.value(u"uidsNew"_s).toInteger(), 0);

    // What IMAP clients see: the same UIDVALIDITY, every message under its old UID with
    // its old flags, nothing more.
    QVERIFY2(m_server->fixPermissions(&error), qPrintable(error));
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (const QString &box : Mailboxes) {
        const MailboxView after = viewMailbox(m_server->port(), u"alice"_s, box);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const MailboxView &before = m_before[box];
        QCOMPARE(after.select.uidValidity, before.select.uidValidity);
        QCOMPARE(after.select.uidNext, before.select.uidNext);
        QCOMPARE(after.byMessageId.size(), before.byMessageId.size());
        for (auto it = before.byMessageId.cbegin(); it != before.byMessageId.cend(); ++it) {
            QVERIFY2(after.byMessageId.contains(it.key()), it.key().constData());
            const auto &was = it.value();
            const auto &now = after.byMessageId.value(it.key());
            QCOMPARE(now.uid, was.uid);
            QCOMPARE(now.rfc822Size, was.rfc822Size);
            QCOMPARE(storedFlags(now.flags), storedFlags(was.flags));
        }
    }
}

QTEST_GUILESS_MAIN(TestRestoreBridge)
#include "tst_restorebridge.moc"
