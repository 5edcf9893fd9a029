// SPDX-License-Identifier: GPL-3.0-or-later
// restore.preview and restore.start against the real daemon: a restore into live
// mailboxes needs the account's name typed back; a restore under a new folder does not;
// a second run writes nothing; deleted messages come back with new UIDs; a restore into
// a fresh account that is killed (kill -9 of the daemon) in the middle finishes after
// job.resume with every message exactly once; so does one that was cancelled.
#include "agentharness.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

using namespace testing;

namespace {

// Every message file of a Maildir account (all folders, cur and new) as "folder size
// sha256" lines, sorted: equal lists mean the same messages, each exactly once.
QStringList messageMultiset(const QString &maildir, int *tmpFiles = nullptr)
{
    QStringList out;
    int tmp = 0;
    QDirIterator it(maildir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        const QString sub = f.dir().dirName();
        if (sub == QLatin1String("tmp"))
            ++tmp;
        if (sub != QLatin1String("cur") && sub != QLatin1String("new"))
            continue;
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("unreadable ") + f.filePath()};
        const QString folder = QDir(maildir).relativeFilePath(f.dir().absolutePath() + QStringLiteral("/.."));
        out << QStringLiteral("%1 %2 %3").arg(QDir::cleanPath(folder)).arg(f.size())
                   .arg(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    out.sort();
    if (tmpFiles)
        *tmpFiles = tmp;
    return out;
}

QString uidValidity(const QString &uidlist)
{
    QFile f(uidlist);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &token : f.readLine().trimmed().split(' '))
        if (token.startsWith('V'))
            return QString::fromLatin1(token.mid(1));
    return {};
}

} // namespace

class TestRestoreApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_h.stopDaemon(); } // each test starts its daemon with its own config
    void previewOfACompleteAccountWritesNothing();
    void newFolderRestoreThenASecondRunWritesNothing();
    void liveRestoreNeedsTheNameTypedBackAndBringsDeletedMailBack();
    void killedRestoreResumesWithNothingDuplicated();
    void cancelledRestoreResumes();

private:
    QStringList withConfig(double mbPerSec);
    QJsonObject waitForJob(QProcess &bridge, const QString &id, int timeoutMs = 60000);
    QJsonObject params(const QJsonObject &extra = {}) const;
    AgentHarness m_h;
    QString m_onsite, m_account, m_maildir, m_backup;
    qint64 m_messages = 0, m_inbox = 0, m_messageBytes = 0;
    int m_mailboxes = 0, m_configs = 0;
};

QStringList TestRestoreApi::withConfig(double mbPerSec)
{
    const QString file = m_h.tmp() + QStringLiteral("/agent-%1.conf").arg(++m_configs);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("backup_targets=onsite:%1\nio_mb_per_s=%2\n").arg(m_onsite).arg(mbPerSec).toUtf8());
    return {QStringLiteral("--config"), file};
}

QJsonObject TestRestoreApi::waitForJob(QProcess &bridge, const QString &id, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (int n = 0; t.elapsed() < timeoutMs; ++n) {
        const auto job = result(call(bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}, 900 + n));
        pendingNotifications()[&bridge].clear();
        const QString state = job.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running"))
            return job;
        QTest::qWait(50);
    }
    return {};
}

QJsonObject TestRestoreApi::params(const QJsonObject &extra) const
{
    QJsonObject p{{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("backup"), m_backup}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

void TestRestoreApi::initTestCase()
{
    // No damaged indexes: the restored uidlists are compared with the originals.
    QVERIFY(m_h.init(8, 0.2, 5, {QStringLiteral("--damaged"), QStringLiteral("0")}));
    m_onsite = m_h.tmp() + QStringLiteral("/onsite");
    QVERIFY(QDir().mkpath(m_onsite));
    auto bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    // The biggest account.
    for (const auto &a : result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("accounts")).toArray()) {
        const auto o = a.toObject();
        if (o.value(QStringLiteral("health")).toString() == QLatin1String("ok")
            && o.value(QStringLiteral("messages")).toInteger() > m_messages) {
            m_account = o.value(QStringLiteral("name")).toString();
            m_messages = o.value(QStringLiteral("messages")).toInteger();
        }
    }
    QVERIFY(m_messages >= 100);
    const auto account = result(call(*bridge, QStringLiteral("account.get"), {{QStringLiteral("name"), m_account}}));
    m_maildir = account.value(QStringLiteral("maildir")).toString();
    const auto boxes = account.value(QStringLiteral("mailboxes")).toArray();
    m_mailboxes = int(boxes.size());
    for (const auto &b : boxes)
        if (b.toObject().value(QStringLiteral("name")).toString() == QLatin1String("INBOX"))
            m_inbox = b.toObject().value(QStringLiteral("messages")).toInteger();
    QVERIFY(m_mailboxes >= 2);
    QVERIFY(m_inbox >= 3);
    const QString id = result(call(*bridge, QStringLiteral("backup.create"),
                                   {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("account"), m_account}}))
                           .value(QStringLiteral("jobId")).toString();
    const auto job = waitForJob(*bridge, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const auto made = job.value(QStringLiteral("result")).toObject().value(QStringLiteral("backups")).toArray().first().toObject();
    m_backup = made.value(QStringLiteral("id")).toString();
    m_messageBytes = made.value(QStringLiteral("bytes")).toInteger();
    QCOMPARE(made.value(QStringLiteral("stored")).toInteger(), m_messages);
    m_h.stopDaemon();
}

void TestRestoreApi::previewOfACompleteAccountWritesNothing()
{
    auto bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    // Into the account itself, which has every message: nothing to write, so not live.
    const auto plan = result(call(*bridge, QStringLiteral("restore.preview"), params()));
    QCOMPARE(plan.value(QStringLiteral("backup")).toString(), m_backup);
    QCOMPARE(plan.value(QStringLiteral("account")).toString(), m_account);
    QCOMPARE(plan.value(QStringLiteral("into")).toString(), m_account);
    QCOMPARE(plan.value(QStringLiteral("archives")).toArray(), QJsonArray()); // nothing to read
    QCOMPARE(plan.value(QStringLiteral("live")).toBool(), false);
    QCOMPARE(plan.value(QStringLiteral("messages")).toInteger(), 0);
    QCOMPARE(plan.value(QStringLiteral("bytes")).toInteger(), 0);
    QCOMPARE(plan.value(QStringLiteral("alreadyPresent")).toInteger(), m_messages);
    const auto boxes = plan.value(QStringLiteral("mailboxes")).toArray();
    QCOMPARE(boxes.size(), m_mailboxes);
    for (const auto &b : boxes) {
        const auto o = b.toObject();
        QCOMPARE(o.value(QStringLiteral("target")).toString(), o.value(QStringLiteral("source")).toString());
        QCOMPARE(o.value(QStringLiteral("targetExists")).toBool(), true);
    }

    // Unknown backups and targets are 1001 before anything runs.
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("restore.preview"),
                            {{QStringLiteral("target"), QStringLiteral("onsite")}, {QStringLiteral("backup"), QStringLiteral("20990101T000000Z-00000000")}})),
             1001);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("restore.preview"), params({{QStringLiteral("target"), QStringLiteral("nas")}}))),
             1001);
}

void TestRestoreApi::newFolderRestoreThenASecondRunWritesNothing()
{
    auto bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    const QStringList before = messageMultiset(m_maildir);
    QCOMPARE(before.size(), m_messages);
    const QJsonObject asFolder{{QStringLiteral("toFolder"), QStringLiteral("Restored")}};
    const auto plan = result(call(*bridge, QStringLiteral("restore.preview"), params(asFolder)));
    QCOMPARE(plan.value(QStringLiteral("live")).toBool(), false);
    QCOMPARE(plan.value(QStringLiteral("archives")).toArray(), QJsonArray{m_backup});
    QCOMPARE(plan.value(QStringLiteral("messages")).toInteger(), m_messages);
    QCOMPARE(plan.value(QStringLiteral("alreadyPresent")).toInteger(), 0);
    for (const auto &b : plan.value(QStringLiteral("mailboxes")).toArray()) {
        const auto o = b.toObject();
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("Restored/") + o.value(QStringLiteral("source")).toString());
        QCOMPARE(o.value(QStringLiteral("targetExists")).toBool(), false);
    }

    // Not live: no confirmation needed.
    const QString id = result(call(*bridge, QStringLiteral("restore.start"), params(asFolder))).value(QStringLiteral("jobId")).toString();
    QVERIFY(!id.isEmpty());
    const auto job = waitForJob(*bridge, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("restore"));
    QCOMPARE(job.value(QStringLiteral("heavy")).toBool(), true);
    QCOMPARE(job.value(QStringLiteral("resumable")).toBool(), true);
    QCOMPARE(job.value(QStringLiteral("summary")).toString(),
             QStringLiteral("onsite: %1 into %2 as Restored").arg(m_backup, m_account));
    const auto report = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(report.value(QStringLiteral("restored")).toInteger(), m_messages);
    QCOMPARE(report.value(QStringLiteral("alreadyPresent")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("bytes")).toInteger(), plan.value(QStringLiteral("bytes")).toInteger());
    QCOMPARE(report.value(QStringLiteral("resumed")).toBool(), false);
    // New folders get a fresh UIDVALIDITY: every UID is new.
    QCOMPARE(report.value(QStringLiteral("uidsKept")).toInteger() + report.value(QStringLiteral("uidsNew")).toInteger(), m_messages);
    QCOMPARE(report.value(QStringLiteral("mailboxes")).toArray(), plan.value(QStringLiteral("mailboxes")).toArray());
    const auto progress = job.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("unit")).toString(), QStringLiteral("messages"));
    QCOMPARE(progress.value(QStringLiteral("done")).toInteger(), m_messages);
    QCOMPARE(progress.value(QStringLiteral("total")).toInteger(), m_messages);
    int tmp = -1;
    const QStringList after = messageMultiset(m_maildir, &tmp);
    QCOMPARE(after.size(), 2 * m_messages);
    QCOMPARE(tmp, 0);

    // The same again: the folders are live now (confirm), and everything is there already.
    const auto again = result(call(*bridge, QStringLiteral("restore.start"),
                                   params({{QStringLiteral("toFolder"), QStringLiteral("Restored")}, {QStringLiteral("confirm"), m_account}})));
    const auto second = waitForJob(*bridge, again.value(QStringLiteral("jobId")).toString());
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(second.value(QStringLiteral("result")).toObject().value(QStringLiteral("restored")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("result")).toObject().value(QStringLiteral("alreadyPresent")).toInteger(), m_messages);
    QCOMPARE(messageMultiset(m_maildir), after);
}

void TestRestoreApi::liveRestoreNeedsTheNameTypedBackAndBringsDeletedMailBack()
{
    const QStringList whole = messageMultiset(m_maildir);
    QDir inbox(m_maildir + QStringLiteral("/cur"));
    QStringList files = inbox.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    files = files.mid(0, 3);
    for (const QString &f : std::as_const(files))
        QVERIFY(inbox.remove(f));
    auto bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    const QJsonObject onlyInbox{{QStringLiteral("mailbox"), QStringLiteral("INBOX")}};
    const auto plan = result(call(*bridge, QStringLiteral("restore.preview"), params(onlyInbox)));
    QCOMPARE(plan.value(QStringLiteral("live")).toBool(), true);
    QCOMPARE(plan.value(QStringLiteral("messages")).toInteger(), 3);
    QCOMPARE(plan.value(QStringLiteral("alreadyPresent")).toInteger(), m_inbox - 3);
    QCOMPARE(plan.value(QStringLiteral("mailboxes")).toArray().size(), 1);
    // Live: without the typed-back name, or with another one, it does not start.
    const auto jobsBefore = result(call(*bridge, QStringLiteral("job.list"))).value(QStringLiteral("jobs")).toArray();
    for (const QString &confirm : {QString(), QStringLiteral("someone@else.example")}) {
        const auto refused = call(*bridge, QStringLiteral("restore.start"), params({{QStringLiteral("mailbox"), QStringLiteral("INBOX")}, {QStringLiteral("confirm"), confirm}}));
        QCOMPARE(errorCode(refused), 1007);
        QCOMPARE(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject(),
                 (QJsonObject{{QStringLiteral("param"), QStringLiteral("confirm")}}));
    }
    QCOMPARE(result(call(*bridge, QStringLiteral("job.list"))).value(QStringLiteral("jobs")).toArray(), jobsBefore);
    QJsonObject confirmed = onlyInbox;
    confirmed.insert(QStringLiteral("confirm"), m_account);
    const QString id = result(call(*bridge, QStringLiteral("restore.start"), params(confirmed))).value(QStringLiteral("jobId")).toString();
    const auto job = waitForJob(*bridge, id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const auto report = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(report.value(QStringLiteral("restored")).toInteger(), 3);
    QCOMPARE(report.value(QStringLiteral("alreadyPresent")).toInteger(), m_inbox - 3);
    // Their UIDs are below the mailbox's next UID: clients may have seen them expunged.
    QCOMPARE(report.value(QStringLiteral("uidsKept")).toInteger(), 0);
    QCOMPARE(report.value(QStringLiteral("uidsNew")).toInteger(), 3);
    // The same messages again, each once; under new names, as the uidlist still lists
    // the old ones (with the old UIDs).
    QCOMPARE(messageMultiset(m_maildir), whole);
    for (const QString &f : std::as_const(files))
        QVERIFY2(!QFile::exists(inbox.filePath(f)), qPrintable(f));
}

void TestRestoreApi::killedRestoreResumesWithNothingDuplicated()
{
    const QString copy = QStringLiteral("copy@restore.example");
    const QString copyMaildir = m_h.root() + QStringLiteral("/restore.example/copy/Maildir");
    QString id;
    {
        // About 6 s for the message bytes (what a restore pays for): killed well inside.
        auto bridge = m_h.startBridge(60, withConfig(double(m_messageBytes) / 6e6));
        QVERIFY(bridge);
        const auto plan = result(call(*bridge, QStringLiteral("restore.preview"), params({{QStringLiteral("account"), copy}})));
        QCOMPARE(plan.value(QStringLiteral("into")).toString(), copy);
        QCOMPARE(plan.value(QStringLiteral("live")).toBool(), false); // the account does not exist yet
        QCOMPARE(plan.value(QStringLiteral("messages")).toInteger(), m_messages);
        id = result(call(*bridge, QStringLiteral("restore.start"), params({{QStringLiteral("account"), copy}})))
                 .value(QStringLiteral("jobId")).toString();
        QVERIFY(!id.isEmpty());
        QElapsedTimer t;
        t.start();
        QJsonObject job;
        while (t.elapsed() < 30000) {
            job = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
            pendingNotifications()[bridge.get()].clear();
            const auto p = job.value(QStringLiteral("progress")).toObject();
            const QString state = job.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("queued")) { // not picked up by a worker yet
                QTest::qWait(20);
                continue;
            }
            if (state != QLatin1String("running")
                || p.value(QStringLiteral("bytesDone")).toInteger() * 3 > p.value(QStringLiteral("bytesTotal")).toInteger())
                break;
            QTest::qWait(50);
        }
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        // One restore into an account at a time: they would share a journal.
        const auto second = call(*bridge, QStringLiteral("restore.start"),
                                 params({{QStringLiteral("account"), copy}, {QStringLiteral("confirm"), copy}}));
        QCOMPARE(errorCode(second), 1009);
        QCOMPARE(second.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject(),
                 (QJsonObject{{QStringLiteral("job"), id}}));
        QTest::qWait(1200); // past a journal write (every 3 s at most) and some batches
        const qint64 pid = result(call(*bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
    }
    auto bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    const auto old = result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}));
    QCOMPARE(old.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(old.value(QStringLiteral("resumable")).toBool(), true);
    const auto resumed = result(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}}));
    QCOMPARE(resumed.value(QStringLiteral("resumedFrom")).toString(), id);
    QCOMPARE(resumed.value(QStringLiteral("kind")).toString(), QStringLiteral("restore"));
    const auto job = waitForJob(*bridge, resumed.value(QStringLiteral("id")).toString());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const auto report = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(report.value(QStringLiteral("resumed")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("restored")).toInteger() + report.value(QStringLiteral("alreadyPresent")).toInteger(),
             m_messages);

    // Every message exactly once, none left in tmp/, the UIDVALIDITY of the original.
    int tmp = -1;
    const QStringList restored = messageMultiset(copyMaildir, &tmp);
    QStringList original;
    for (const QString &line : messageMultiset(m_maildir))
        if (!line.startsWith(QLatin1String(".Restored")))
            original << line;
    QCOMPARE(restored.size(), m_messages);
    QCOMPARE(restored, original);
    QCOMPARE(tmp, 0);
    QCOMPARE(uidValidity(copyMaildir + QStringLiteral("/dovecot-uidlist")), uidValidity(m_maildir + QStringLiteral("/dovecot-uidlist")));
    QVERIFY(!uidValidity(copyMaildir + QStringLiteral("/dovecot-uidlist")).isEmpty());
    // The catalog sees the new account.
    QTRY_COMPARE_WITH_TIMEOUT(result(call(*bridge, QStringLiteral("account.get"), {{QStringLiteral("name"), copy}}))
                                  .value(QStringLiteral("account")).toObject().value(QStringLiteral("messages")).toInteger(),
                              m_messages, 10000);
}

void TestRestoreApi::cancelledRestoreResumes()
{
    const QString other = QStringLiteral("cancel@restore.example");
    auto bridge = m_h.startBridge(60, withConfig(double(m_messageBytes) / 6e6));
    QVERIFY(bridge);
    const QString id = result(call(*bridge, QStringLiteral("restore.start"), params({{QStringLiteral("account"), other}})))
                           .value(QStringLiteral("jobId")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(result(call(*bridge, QStringLiteral("job.get"), {{QStringLiteral("id"), id}}))
                                     .value(QStringLiteral("progress")).toObject().value(QStringLiteral("bytesDone")).toInteger() > 0,
                             20000);
    QCOMPARE(result(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), id}})).value(QStringLiteral("id")).toString(), id);
    const auto cancelled = waitForJob(*bridge, id);
    QCOMPARE(cancelled.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 1008);
    QVERIFY(cancelled.value(QStringLiteral("finishedAt")).toInteger() - cancelled.value(QStringLiteral("startedAt")).toInteger() < 5);
    m_h.stopDaemon();

    bridge = m_h.startBridge(60, withConfig(0));
    QVERIFY(bridge);
    const auto resumed = result(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), id}}));
    const auto job = waitForJob(*bridge, resumed.value(QStringLiteral("id")).toString());
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const auto report = job.value(QStringLiteral("result")).toObject();
    QCOMPARE(report.value(QStringLiteral("restored")).toInteger() + report.value(QStringLiteral("alreadyPresent")).toInteger(),
             m_messages);
    int tmp = -1;
    QCOMPARE(messageMultiset(m_h.root() + QStringLiteral("/restore.example/cancel/Maildir"), &tmp).size(), m_messages);
    QCOMPARE(tmp, 0);
}

QTEST_GUILESS_MAIN(TestRestoreApi)
#include "tst_restoreapi.moc"
