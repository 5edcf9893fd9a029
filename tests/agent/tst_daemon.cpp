// SPDX-License-Identifier: GPL-3.0-or-later
// The real daemon and bridge, talked to over JSON-RPC: methods, bad frames, bridge
// death, re-attach, single-daemon rule, idle exit and stop.
#include "agentharness.h"

#include <QFile>

#include <set>

using namespace testing;

class TestDaemon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void versionAndHostInfo();
    void accountsListPagesFiltersAndSorts();
    void accountGetAndMailboxMessages();
    void unknownAccountIsNotFound();
    void badFramesGetErrorsAndSessionGoesOn();
    void oversizeLineKeepsDaemonSmall();
    void batchAndNotifications();
    void bridgeKilledMidCallLeavesDaemonRunning();
    void secondDaemonIsRefused();
    void idleDaemonExitsAndStopWorks();

private:
    qint64 daemonPid(QProcess &bridge);
    AgentHarness m_h;
    int m_accounts = 30;
};

void TestDaemon::initTestCase()
{
    QVERIFY2(QFile::exists(agentBin()), "agent binary missing");
    QVERIFY(m_h.init(m_accounts));
}

void TestDaemon::cleanupTestCase()
{
    m_h.stopDaemon();
}

qint64 TestDaemon::daemonPid(QProcess &bridge)
{
    return result(call(bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
}

void TestDaemon::versionAndHostInfo()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const auto v = result(call(*bridge, QStringLiteral("api.version")));
    QCOMPARE(v.value(QStringLiteral("version")).toString(), QStringLiteral("1.6"));
    // The caller as the agent sees it: over the local socket, the peer's user, admin.
    const QJsonObject caller = v.value(QStringLiteral("caller")).toObject();
    QCOMPARE(caller.value(QStringLiteral("transport")).toString(), QStringLiteral("local"));
    QCOMPARE(caller.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QVERIFY(!caller.value(QStringLiteral("name")).toString().isEmpty());
    QCOMPARE(v.value(QStringLiteral("major")).toInt(), 1);
    const QStringList methods = v.value(QStringLiteral("methods")).toVariant().toStringList();
    for (const char *m : {"api.version", "host.info", "accounts.list", "account.get", "mailbox.messages"})
        QVERIFY2(methods.contains(QLatin1String(m)), m);

    // accounts.list waits for the catalog, so after it host.info reports it ready.
    QCOMPARE(result(call(*bridge, QStringLiteral("accounts.list"))).value(QStringLiteral("total")).toInt(), m_accounts);
    const auto info = result(call(*bridge, QStringLiteral("host.info")));
    QCOMPARE(info.value(QStringLiteral("root")).toString(), QFileInfo(m_h.root()).canonicalFilePath());
    QCOMPARE(info.value(QStringLiteral("layout")).toString(), QStringLiteral("%d/%n/Maildir"));
    QVERIFY(info.value(QStringLiteral("catalogReady")).toBool());
    QCOMPARE(info.value(QStringLiteral("accounts")).toInt(), m_accounts);
    QVERIFY(info.value(QStringLiteral("messages")).toInteger() > 0);
    QVERIFY(processAlive(info.value(QStringLiteral("pid")).toInteger()));
}

void TestDaemon::accountsListPagesFiltersAndSorts()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    // Paging 7 at a time visits every account exactly once, in name order.
    QStringList names;
    for (int offset = 0; offset < m_accounts; offset += 7) {
        const auto page = result(call(*bridge, QStringLiteral("accounts.list"),
                                      {{QStringLiteral("offset"), offset}, {QStringLiteral("limit"), 7}}));
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), m_accounts);
        for (const auto &a : page.value(QStringLiteral("accounts")).toArray())
            names << a.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(names.size(), m_accounts);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(names, sorted);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), m_accounts);

    // Filter: case-insensitive substring; total counts matches only.
    const QString needle = names.first().section(QLatin1Char('@'), 1).left(4).toUpper();
    const auto filtered = result(call(*bridge, QStringLiteral("accounts.list"),
                                      {{QStringLiteral("filter"), needle}, {QStringLiteral("limit"), 1000}}));
    const int expected = int(std::count_if(names.begin(), names.end(),
                                           [&](const QString &n) { return n.contains(needle, Qt::CaseInsensitive); }));
    QVERIFY(expected > 0);
    QCOMPARE(filtered.value(QStringLiteral("total")).toInt(), expected);
    for (const auto &a : filtered.value(QStringLiteral("accounts")).toArray())
        QVERIFY(a.toObject().value(QStringLiteral("name")).toString().contains(needle, Qt::CaseInsensitive));

    // Sort by size, descending: non-increasing.
    const auto bySize = result(call(*bridge, QStringLiteral("accounts.list"),
                                    {{QStringLiteral("sort"), QStringLiteral("size")},
                                     {QStringLiteral("order"), QStringLiteral("desc")},
                                     {QStringLiteral("limit"), 1000}}));
    qint64 prev = std::numeric_limits<qint64>::max();
    for (const auto &a : bySize.value(QStringLiteral("accounts")).toArray()) {
        const qint64 b = a.toObject().value(QStringLiteral("bytes")).toInteger();
        QVERIFY(b <= prev);
        prev = b;
    }
    QCOMPARE(bySize.value(QStringLiteral("accounts")).toArray().size(), m_accounts);
}

void TestDaemon::accountGetAndMailboxMessages()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const auto biggest = result(call(*bridge, QStringLiteral("accounts.list"),
                                     {{QStringLiteral("sort"), QStringLiteral("messages")},
                                      {QStringLiteral("order"), QStringLiteral("desc")},
                                      {QStringLiteral("limit"), 1}}))
                             .value(QStringLiteral("accounts")).toArray().first().toObject();
    const QString name = biggest.value(QStringLiteral("name")).toString();
    const auto account = result(call(*bridge, QStringLiteral("account.get"), {{QStringLiteral("name"), name}}));
    QCOMPARE(account.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(), name);
    const auto boxes = account.value(QStringLiteral("mailboxes")).toArray();
    QVERIFY(!boxes.isEmpty());
    QCOMPARE(boxes.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("INBOX"));
    qint64 sum = 0;
    for (const auto &b : boxes)
        sum += b.toObject().value(QStringLiteral("messages")).toInteger();
    QCOMPARE(sum, account.value(QStringLiteral("account")).toObject().value(QStringLiteral("messages")).toInteger());
    QCOMPARE(sum, biggest.value(QStringLiteral("messages")).toInteger());

    const qint64 inboxCount = boxes.first().toObject().value(QStringLiteral("messages")).toInteger();
    QVERIFY(inboxCount > 3);
    const auto page = result(call(*bridge, QStringLiteral("mailbox.messages"),
                                  {{QStringLiteral("account"), name}, {QStringLiteral("mailbox"), QStringLiteral("INBOX")},
                                   {QStringLiteral("limit"), 3}}));
    QCOMPARE(page.value(QStringLiteral("total")).toInteger(), inboxCount);
    const auto msgs = page.value(QStringLiteral("messages")).toArray();
    QCOMPARE(msgs.size(), 3);
    qint64 prev = std::numeric_limits<qint64>::max();
    for (const auto &m : msgs) {
        const auto o = m.toObject();
        QVERIFY(o.value(QStringLiteral("deliveredAt")).toInteger() <= prev);
        prev = o.value(QStringLiteral("deliveredAt")).toInteger();
        QVERIFY(!o.value(QStringLiteral("subject")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("messageId")).toString().startsWith(QLatin1Char('<')));
        QVERIFY(o.value(QStringLiteral("size")).toInteger() > 0);
    }
    // The next page continues where the first ended.
    const auto next = result(call(*bridge, QStringLiteral("mailbox.messages"),
                                  {{QStringLiteral("account"), name}, {QStringLiteral("offset"), 2},
                                   {QStringLiteral("limit"), 1}}));
    QCOMPARE(next.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("file")),
             msgs.at(2).toObject().value(QStringLiteral("file")));
}

void TestDaemon::unknownAccountIsNotFound()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    auto r = call(*bridge, QStringLiteral("account.get"), {{QStringLiteral("name"), QStringLiteral("nobody@nowhere.test")}});
    QCOMPARE(errorCode(r), 1001);
    QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("account")).toString(),
             QStringLiteral("nobody@nowhere.test"));
    // A name that tries to leave the root is refused, not looked up.
    r = call(*bridge, QStringLiteral("account.get"), {{QStringLiteral("name"), QStringLiteral("../../etc@x")}});
    QCOMPARE(errorCode(r), 1001);
    const QString someone = result(call(*bridge, QStringLiteral("accounts.list"), {{QStringLiteral("limit"), 1}}))
                                .value(QStringLiteral("accounts")).toArray().first().toObject()
                                .value(QStringLiteral("name")).toString();
    r = call(*bridge, QStringLiteral("mailbox.messages"),
             {{QStringLiteral("account"), someone}, {QStringLiteral("mailbox"), QStringLiteral("No Such Box")}});
    QCOMPARE(errorCode(r), 1001);
    QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("mailbox")).toString(),
             QStringLiteral("No Such Box"));
}

void TestDaemon::badFramesGetErrorsAndSessionGoesOn()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    writeFrame(*bridge, "this is not json");
    auto r = QJsonDocument::fromJson(readLine(*bridge)).object();
    QCOMPARE(errorCode(r), -32700);
    QVERIFY(r.value(QStringLiteral("id")).isNull());

    writeFrame(*bridge, R"({"jsonrpc":"2.0","id":5,"method":"accounts.li)");
    QCOMPARE(errorCode(QJsonDocument::fromJson(readLine(*bridge)).object()), -32700);

    r = call(*bridge, QStringLiteral("no.such.method"), {}, 9);
    QCOMPARE(errorCode(r), -32601);
    QCOMPARE(r.value(QStringLiteral("id")).toInt(), 9);

    r = call(*bridge, QStringLiteral("accounts.list"), {{QStringLiteral("limit"), QStringLiteral("ten")}}, 10);
    QCOMPARE(errorCode(r), -32602);
    QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("param")).toString(),
             QStringLiteral("limit"));
    r = call(*bridge, QStringLiteral("accounts.list"), {{QStringLiteral("limit"), 100000}}, 11);
    QCOMPARE(errorCode(r), -32602);
    r = call(*bridge, QStringLiteral("accounts.list"), {{QStringLiteral("sort"), QStringLiteral("colour")}}, 12);
    QCOMPARE(errorCode(r), -32602);
    r = call(*bridge, QStringLiteral("account.get"), {}, 13);
    QCOMPARE(errorCode(r), -32602);

    writeFrame(*bridge, R"({"jsonrpc":"2.0","id":14,"method":"host.info","params":[1,2]})");
    QCOMPARE(errorCode(QJsonDocument::fromJson(readLine(*bridge)).object()), -32602);

    // After all that, the session still answers.
    QCOMPARE(result(call(*bridge, QStringLiteral("api.version"), {}, 15)).value(QStringLiteral("major")).toInt(), 1);
}

void TestDaemon::oversizeLineKeepsDaemonSmall()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const qint64 pid = daemonPid(*bridge);
    // 100 MB without a newline, in 1 MB writes, then the newline and a good call.
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 100; ++i) {
        bridge->write(chunk);
        QVERIFY(bridge->waitForBytesWritten(30000));
    }
    bridge->write("\n");
    auto r = QJsonDocument::fromJson(readLine(*bridge)).object();
    QCOMPARE(errorCode(r), -32600);
    QVERIFY(r.value(QStringLiteral("id")).isNull());
    QCOMPARE(result(call(*bridge, QStringLiteral("api.version"), {}, 2)).value(QStringLiteral("major")).toInt(), 1);

    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    QVERIFY(status.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(status.readAll());
    const qint64 hwmKb = text.section(QStringLiteral("VmHWM:"), 1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
    QVERIFY2(hwmKb > 0 && hwmKb < 80 * 1024, qPrintable(QStringLiteral("daemon peak RSS %1 kB").arg(hwmKb)));
}

void TestDaemon::batchAndNotifications()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    QJsonArray batch;
    for (int i = 0; i < 1000; ++i)
        batch.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), i},
                                 {QStringLiteral("method"), i % 2 ? QStringLiteral("api.version") : QStringLiteral("accounts.list")},
                                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("limit"), 1}}}});
    batch.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("api.version")}});
    writeFrame(*bridge, QJsonDocument(batch).toJson(QJsonDocument::Compact));
    const auto answers = QJsonDocument::fromJson(readLine(*bridge)).array();
    QCOMPARE(answers.size(), 1000); // the notification gets no answer
    std::set<int> ids;
    for (const auto &a : answers) {
        QVERIFY(a.toObject().contains(QStringLiteral("result")));
        ids.insert(a.toObject().value(QStringLiteral("id")).toInt());
    }
    QCOMPARE(ids.size(), size_t(1000));
    QCOMPARE(*ids.rbegin(), 999);

    // A lone notification gets nothing back: the next line is the answer to id 77.
    writeFrame(*bridge, R"({"jsonrpc":"2.0","method":"host.info"})");
    writeFrame(*bridge, R"([{"jsonrpc":"2.0","method":"host.info"}])");
    QCOMPARE(call(*bridge, QStringLiteral("api.version"), {}, 77).value(QStringLiteral("id")).toInt(), 77);
}

void TestDaemon::bridgeKilledMidCallLeavesDaemonRunning()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const qint64 pid = daemonPid(*bridge);
    QVERIFY(processAlive(pid));
    // A call in flight, then the bridge dies hard.
    writeFrame(*bridge, R"({"jsonrpc":"2.0","id":1,"method":"accounts.list","params":{"limit":1000,"sort":"size"}})");
    ::kill(pid_t(bridge->processId()), SIGKILL);
    QVERIFY(bridge->waitForFinished(5000));
    QTest::qWait(200);
    QVERIFY(processAlive(pid));

    // A new bridge re-attaches to the same daemon and it answers normally.
    auto again = m_h.startBridge();
    QVERIFY(again);
    QCOMPARE(daemonPid(*again), pid);
    QCOMPARE(result(call(*again, QStringLiteral("accounts.list"))).value(QStringLiteral("total")).toInt(), m_accounts);

    // Two bridges at once share the daemon.
    auto third = m_h.startBridge();
    QVERIFY(third);
    QCOMPARE(daemonPid(*third), pid);
}

void TestDaemon::secondDaemonIsRefused()
{
    auto bridge = m_h.startBridge();
    QVERIFY(bridge);
    const qint64 pid = daemonPid(*bridge);
    QByteArray err;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon")} + m_h.storeArgs(), nullptr, &err, 10000), 2);
    QVERIFY2(err.contains("already serves"), err.constData());
    QVERIFY(err.contains(QByteArray::number(pid)));

    // Another state folder for the same store is refused too.
    const QString other = m_h.tmp() + QStringLiteral("/st2");
    QCOMPARE(m_h.runAgent({QStringLiteral("daemon"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--state-dir"), other},
                          nullptr, &err, 10000),
             2);
    QVERIFY2(err.contains("another daemon already serves"), err.constData());
    QVERIFY(processAlive(pid));
    QCOMPARE(daemonPid(*bridge), pid);
}

void TestDaemon::idleDaemonExitsAndStopWorks()
{
    m_h.stopDaemon();
    QByteArray out;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("status")} + m_h.storeArgs(), &out), 3);

    // A daemon started by a bridge with a 1 s idle timeout exits soon after the bridge.
    qint64 pid = 0;
    {
        auto bridge = m_h.startBridge(1);
        QVERIFY(bridge);
        pid = daemonPid(*bridge);
        QVERIFY(processAlive(pid));
        bridge->closeWriteChannel();
        QVERIFY(bridge->waitForFinished(5000));
        QCOMPARE(bridge->exitCode(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);

    // daemon stop: the daemon answers, exits, and status says so.
    auto bridge = m_h.startBridge(0);
    QVERIFY(bridge);
    pid = daemonPid(*bridge);
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("status")} + m_h.storeArgs(), &out), 0);
    QVERIFY(out.contains(QByteArray::number(pid)));
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("stop")} + m_h.storeArgs(), &out), 0);
    QVERIFY(out.contains("stopped"));
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);
    // The bridge notices that its daemon went away and exits with an error.
    bridge->waitForFinished(5000);
    QCOMPARE(bridge->state(), QProcess::NotRunning);
    QCOMPARE(bridge->exitCode(), 1);
    QVERIFY(bridge->readAllStandardError().contains("closed the connection"));
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
