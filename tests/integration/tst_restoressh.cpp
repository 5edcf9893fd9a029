// SPDX-License-Identifier: GPL-3.0-or-later
// The console's view of a restore over SSH: the link to a real sshd (whose remote command
// is the agent bridge) drops while a restore job runs; the console's AgentClient
// reconnects and finds the job in the daemon, running or done, and it succeeds with the
// restored account holding exactly the backup's messages.

#include "agentclient.h"
#include "sshserver.h"
#include "teststore.h"
#include "transport/sshtransport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using State = AgentClient::State;

namespace {

// Every message file of a Maildir account as "folder size sha256", sorted.
QStringList messageMultiset(const QString &maildir, int *tmpFiles)
{
    QStringList out;
    *tmpFiles = 0;
    QDirIterator it(maildir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        const QString sub = f.dir().dirName();
        *tmpFiles += sub == "tmp"_L1 ? 1 : 0;
        if (sub != "cur"_L1 && sub != "new"_L1)
            continue;
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return {u"unreadable "_s + f.filePath()};
        const QString folder = QDir::cleanPath(QDir(maildir).relativeFilePath(f.dir().absolutePath() + u"/.."_s));
        out << u"%1 %2 %3"_s.arg(folder).arg(f.size()).arg(
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    out.sort();
    return out;
}

} // namespace

class TestRestoreSsh : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void droppedLinkMidRestoreReconnectsAndSeesItFinish();

private:
    QJsonObject callSync(AgentClient &client, const QString &method, const QJsonObject &params = {}, int *code = nullptr);
    QJsonObject waitForJob(AgentClient &client, const QString &id, const QStringList &states);

    mailstore::test::SshServer m_sshd;
    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_tmp;
    SshTarget m_target;
};

void TestRestoreSsh::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(10, 3, 0.3);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    QVERIFY(QDir().mkpath(m_tmp.path() + u"/onsite"_s));
    m_target.user = m_sshd.userName();
    m_target.host = u"127.0.0.1"_s;
    m_target.port = m_sshd.port();
    m_target.identityFile = m_sshd.userKey();
    m_target.knownHostsFile = m_sshd.dir() + "/known_restore"_L1;
    m_target.userKnownHostsFile = QString();
    m_target.acceptFingerprint = m_sshd.hostFingerprint();
}

QJsonObject TestRestoreSsh::callSync(AgentClient &client, const QString &method, const QJsonObject &params, int *code)
{
    QEventLoop loop;
    QJsonObject out;
    int error = 0;
    client.call(method, params, &loop, [&](const mailstore::api::Response &r) {
        if (r.error)
            error = r.error->code;
        else
            out = r.result.toObject();
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (code)
        *code = error;
    return out;
}

QJsonObject TestRestoreSsh::waitForJob(AgentClient &client, const QString &id, const QStringList &states)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60'000) {
        const auto job = callSync(client, u"job.get"_s, {{u"id"_s, id}});
        if (states.contains(job.value(u"state"_s).toString()))
            return job;
        QTest::qWait(50);
    }
    return {};
}

void TestRestoreSsh::droppedLinkMidRestoreReconnectsAndSeesItFinish()
{
    // The backup first, through a daemon without a cap.
    const QString plain = m_tmp.path() + u"/plain.conf"_s, capped = m_tmp.path() + u"/capped.conf"_s;
    auto writeConf = [this](const QString &file, double mbPerSec) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly)
               && f.write(u"backup_targets=onsite:%1/onsite\nio_mb_per_s=%2\n"_s.arg(m_tmp.path()).arg(mbPerSec).toUtf8()) > 0;
    };
    QVERIFY(writeConf(plain, 0));
    auto commandWith = [this](const QString &config) {
        return u"%1 --stdio --root %2 --state-dir %3 --config %4"_s.arg(test::TestStore::agentProgram(), m_store->root(),
                                                                       m_store->stateDir(), config);
    };
    SshTarget t = m_target;
    t.remoteCommand = commandWith(plain);
    AgentClient client;
    client.connectTo([&t] { return std::make_unique<SshTransport>(t); });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 30'000);
    QString account;
    qint64 messages = 0;
    for (const auto &a : callSync(client, u"accounts.list"_s).value(u"accounts"_s).toArray())
        if (a.toObject().value(u"messages"_s).toInteger() > messages) {
            messages = a.toObject().value(u"messages"_s).toInteger();
            account = a.toObject().value(u"name"_s).toString();
        }
    QVERIFY(messages >= 100);
    const QString backupJob = callSync(client, u"backup.create"_s, {{u"target"_s, u"onsite"_s}, {u"account"_s, account}})
                                  .value(u"jobId"_s).toString();
    const auto made = waitForJob(client, backupJob, {u"succeeded"_s, u"failed"_s});
    QCOMPARE(made.value(u"state"_s).toString(), u"succeeded"_s);
    const auto backup = made.value(u"result"_s).toObject().value(u"backups"_s).toArray().first().toObject();
    const QString maildir = callSync(client, u"account.get"_s, {{u"name"_s, account}}).value(u"maildir"_s).toString();
    QVERIFY(!maildir.isEmpty());
    callSync(client, u"daemon.stop"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.state() != State::Connected, 15'000);

    // A daemon with a cap: about 5 s for the message bytes the restore unpacks.
    QVERIFY(writeConf(capped, double(backup.value(u"bytes"_s).toInteger()) / 5e6));
    t.remoteCommand = commandWith(capped);
    client.reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 30'000);
    const qint64 pid = callSync(client, u"host.info"_s).value(u"pid"_s).toInteger();
    const QString copy = u"copy@ssh.example"_s;
    const QString id = callSync(client, u"restore.start"_s,
                                {{u"target"_s, u"onsite"_s}, {u"backup"_s, backup.value(u"id"_s).toString()}, {u"account"_s, copy}})
                           .value(u"jobId"_s).toString();
    QVERIFY(!id.isEmpty());
    const auto running = waitForJob(client, id, {u"running"_s, u"succeeded"_s, u"failed"_s});
    QCOMPARE(running.value(u"state"_s).toString(), u"running"_s);

    QVERIFY(m_sshd.killSessions() > 0); // the network drops the link
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Lost, 15'000);
    client.reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, 30'000);
    QCOMPARE(callSync(client, u"host.info"_s).value(u"pid"_s).toInteger(), pid); // the same daemon
    const auto seen = callSync(client, u"job.get"_s, {{u"id"_s, id}});
    QVERIFY2(QStringList({u"running"_s, u"succeeded"_s}).contains(seen.value(u"state"_s).toString()),
             qPrintable(seen.value(u"state"_s).toString()));
    const auto done = waitForJob(client, id, {u"succeeded"_s, u"failed"_s, u"cancelled"_s, u"interrupted"_s});
    QCOMPARE(done.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(done.value(u"result"_s).toObject().value(u"restored"_s).toInteger(), messages);

    int tmp = -1, tmpOriginal = -1;
    const QString copyMaildir = m_store->root() + u"/ssh.example/copy/Maildir"_s;
    QCOMPARE(messageMultiset(copyMaildir, &tmp), messageMultiset(maildir, &tmpOriginal));
    QCOMPARE(tmp, 0);
    callSync(client, u"daemon.stop"_s);
}

QTEST_MAIN(TestRestoreSsh)
#include "tst_restoressh.moc"
