// SPDX-License-Identifier: GPL-3.0-or-later
// AgentClient against the real agent, plus the failures the machine cannot otherwise
// provide: an agent killed mid-session, and a program that prints garbage on stdout
// (a tiny shell script standing in for a broken agent at the process boundary).

#include "agentclient.h"
#include "api/methods.h"
#include "teststore.h"
#include "transport/processtransport.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

class TestAgentClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void callSucceeds();
    void unknownMethodFailsWithItsCode();
    void killedAgentFailsPendingCalls();
    void reconnectAfterLoss();
    void garbageOnStdout_data();
    void garbageOnStdout();
    void stderrGoesToTheLog();
    void missingAgentProgram();
    void callWhileDisconnectedFailsAsync();

private:
    AgentClient::TransportFactory scriptFactory(const QByteArray &body);
    static void waitConnected(AgentClient &client);

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_scripts;
    int m_scriptNo = 0;
};

void TestAgentClient::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(20, 7, 0.05);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
}

void TestAgentClient::cleanupTestCase()
{
    m_store.reset();
}

void TestAgentClient::waitConnected(AgentClient &client)
{
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, 60'000);
}

AgentClient::TransportFactory TestAgentClient::scriptFactory(const QByteArray &body)
{
    const QString path = m_scripts.filePath(u"agent%1.sh"_s.arg(++m_scriptNo));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body + '\n');
    f.close();
    return [path]() -> std::unique_ptr<Transport> {
        return std::make_unique<ProcessTransport>(u"/bin/sh"_s, QStringList{path});
    };
}

void TestAgentClient::callSucceeds()
{
    AgentClient client;
    client.connectTo(localTransportFactory(m_store->localStore()));
    waitConnected(client);
    QVERIFY(!client.agentVersion().isEmpty());
    std::optional<api::Response> answer;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
    QVERIFY(!answer); // never synchronous
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30'000);
    QVERIFY(!answer->error);
    QCOMPARE(answer->result.toObject().value("root"_L1).toString(), m_store->root());
    QCOMPARE(client.pendingCount(), 0);
}

void TestAgentClient::unknownMethodFailsWithItsCode()
{
    AgentClient client;
    client.connectTo(localTransportFactory(m_store->localStore()));
    waitConnected(client);
    std::optional<api::Response> answer;
    client.call(u"no.such.method"_s, {}, this, [&](const api::Response &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30'000);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->code, api::rpccode::MethodNotFound);
    QCOMPARE(client.state(), AgentClient::State::Connected); // one failed call is not a lost link
}

void TestAgentClient::killedAgentFailsPendingCalls()
{
    AgentClient client;
    client.connectTo(localTransportFactory(m_store->localStore()));
    waitConnected(client);
    QSignalSpy states(&client, &AgentClient::stateChanged);
    std::optional<api::Response> a, b;
    client.call(api::method::AccountsList, {}, this, [&](const api::Response &r) { a = r; });
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { b = r; });
    auto *transport = qobject_cast<ProcessTransport *>(client.transport());
    QVERIFY(transport);
    QVERIFY(transport->processId() > 0);
    // Killed before the event loop runs, so the requests are still unanswered.
    QCOMPARE(::kill(pid_t(transport->processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 30'000);
    QVERIFY(a && a->error && b && b->error);
    QCOMPARE(a->error->code, clientcode::ConnectionLost);
    QCOMPARE(b->error->code, clientcode::ConnectionLost);
    QVERIFY(!client.stateReason().isEmpty());
    QCOMPARE(client.pendingCount(), 0);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<AgentClient::State>(), AgentClient::State::Lost);
    QVERIFY(!states.last().at(1).toString().isEmpty());
}

void TestAgentClient::reconnectAfterLoss()
{
    AgentClient client;
    client.connectTo(localTransportFactory(m_store->localStore()));
    waitConnected(client);
    auto *transport = qobject_cast<ProcessTransport *>(client.transport());
    QCOMPARE(::kill(pid_t(transport->processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 30'000);
    client.reconnect();
    waitConnected(client); // the daemon survived; a new bridge re-attaches
    std::optional<api::Response> answer;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30'000);
    QVERIFY(!answer->error);
}

void TestAgentClient::garbageOnStdout_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("text") << QByteArray("read line; echo 'Welcome to the agent!'; sleep 30");
    QTest::newRow("json-not-rpc") << QByteArray("read line; echo '{\"hello\": \"world\"}'; sleep 30");
    QTest::newRow("unprompted") << QByteArray("echo 'garbage before any request'; sleep 30");
}

void TestAgentClient::garbageOnStdout()
{
    QFETCH(QByteArray, script);
    AgentClient client;
    client.connectTo(scriptFactory(script));
    std::optional<api::Response> answer;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5'000);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->code, clientcode::ProtocolError);
    QVERIFY(client.stateReason().contains("JSON-RPC"_L1));
    QCOMPARE(client.pendingCount(), 0);
}

void TestAgentClient::stderrGoesToTheLog()
{
    AgentClient client;
    client.connectTo(scriptFactory("echo 'cannot open /srv/mail: Permission denied' >&2; exit 3"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 30'000);
    QVERIFY(client.stateReason().contains(u'3'));
    QVERIFY(client.logTail(10).contains("Permission denied"_L1));
}

void TestAgentClient::missingAgentProgram()
{
    AgentClient client;
    client.connectTo([]() -> std::unique_ptr<Transport> {
        return std::make_unique<ProcessTransport>(u"/nonexistent/mailstore-agent"_s, QStringList{});
    });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 30'000);
    QVERIFY(client.stateReason().contains("/nonexistent/mailstore-agent"_L1));
}

void TestAgentClient::callWhileDisconnectedFailsAsync()
{
    AgentClient client;
    std::optional<api::Response> answer;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
    QVERIFY(!answer);
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->error->code, clientcode::NotConnected);
}

QTEST_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
