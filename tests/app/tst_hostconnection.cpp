// SPDX-License-Identifier: GPL-3.0-or-later
// HostConnection against the real agent: the states the fleet tree shows. A stopped
// bridge (SIGSTOP) stands for a host that hangs: the keep-alive notices and the host
// becomes degraded, then connected again when it answers. A killed bridge stands for a
// dropped link: unreachable, then back by itself with backoff. A missing agent program
// never connects and the retries back off up to the cap.

#include "fleet/hostconnection.h"
#include "teststore.h"
#include "transport/processtransport.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using State = HostConnection::State;

class TestHostConnection : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void connectsAndDescribesHost();
    void hangingHostIsDegradedThenRecovers();
    void droppedLinkIsUnreachableThenReconnects();
    void stopEndsRetries();
    void missingAgentBacksOffToTheCap();

private:
    ConnectionProfile profile() const;
    qint64 bridgePid(HostConnection &host) const;
    std::unique_ptr<test::TestStore> m_store;
};

void TestHostConnection::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(20, 3);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
}

ConnectionProfile TestHostConnection::profile() const
{
    ConnectionProfile p;
    p.id = newProfileId();
    p.name = u"test-store"_s;
    p.group = u"Test"_s;
    p.environment = Environment::Test;
    p.url = u"local:"_s + m_store->root();
    return p;
}

qint64 TestHostConnection::bridgePid(HostConnection &host) const
{
    auto *transport = qobject_cast<ProcessTransport *>(host.client()->transport());
    return transport ? transport->processId() : 0;
}

void TestHostConnection::connectsAndDescribesHost()
{
    HostConnection host(profile(), localTransportFactory(m_store->localStore()));
    QSignalSpy states(&host, &HostConnection::stateChanged);
    QSignalSpy info(&host, &HostConnection::hostInfoChanged);
    QCOMPARE(host.state(), State::Disconnected);
    host.start();
    QCOMPARE(host.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!info.isEmpty(), 30'000);
    // A fresh agent may answer while it still builds its catalog: the keep-alive follows
    // the build until the totals are final.
    QTRY_VERIFY_WITH_TIMEOUT(host.hostInfo().value("catalogReady"_L1).toBool(), 30'000);
    QCOMPARE(host.hostInfo().value("accounts"_L1).toInt(), 20);
    QVERIFY(!host.displayName().isEmpty());
    QVERIFY(host.lastLatencyMs() >= 0);
    QCOMPARE(host.retryInMs(), -1);
    QCOMPARE(states.first().first().value<State>(), State::Connecting);
}

void TestHostConnection::hangingHostIsDegradedThenRecovers()
{
    HostConnection host(profile(), localTransportFactory(m_store->localStore()));
    host.setKeepAlive(200, 1000, 1500);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    const qint64 pid = bridgePid(host);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Degraded, 10'000);
    QVERIFY2(host.reason().contains("No answer"_L1), qPrintable(host.reason()));
    QCOMPARE(host.client()->state(), AgentClient::State::Connected); // the link itself is up
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 10'000);
    QVERIFY(host.reason().isEmpty());
}

void TestHostConnection::droppedLinkIsUnreachableThenReconnects()
{
    HostConnection host(profile(), localTransportFactory(m_store->localStore()));
    host.setBackoff(300, 2000);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    QSignalSpy reconnected(&host, &HostConnection::reconnected);
    const qint64 first = bridgePid(host);
    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Unreachable, 10'000);
    QVERIFY(host.retryInMs() > 0 && host.retryInMs() <= 380); // 300 ms ± 20 %, coarse timer
    QCOMPARE(host.failedAttempts(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    QCOMPARE(reconnected.size(), 1);
    QCOMPARE(host.failedAttempts(), 0);
    QVERIFY(bridgePid(host) != first); // a new link, not the old one
}

void TestHostConnection::stopEndsRetries()
{
    HostConnection host(profile(), localTransportFactory(m_store->localStore()));
    host.setBackoff(200, 200);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    host.stop();
    QCOMPARE(host.state(), State::Disconnected);
    QCOMPARE(host.retryInMs(), -1);
    QTest::qWait(600); // three backoff periods: nothing may start again
    QCOMPARE(host.state(), State::Disconnected);
    QCOMPARE(host.client()->state(), AgentClient::State::Disconnected);
}

void TestHostConnection::missingAgentBacksOffToTheCap()
{
    auto factory = [] {
        return std::make_unique<ProcessTransport>(u"/nonexistent/mailstore-agent"_s, QStringList{u"--stdio"_s});
    };
    HostConnection host(profile(), factory);
    host.setBackoff(50, 200);
    QList<int> delays;
    connect(&host, &HostConnection::stateChanged, &host, [&host, &delays] {
        if (host.state() == State::Unreachable && host.retryInMs() >= 0
            && delays.size() < host.failedAttempts())
            delays.append(host.retryInMs());
    });
    host.start();
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 5, 20'000);
    // 50, 100, 200, 200, 200 ms, each within ±20 % jitter (and the 5 % a coarse QTimer
    // may add).
    const QList<int> base{50, 100, 200, 200, 200};
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(delays[i] <= base[i] * 1.2 * 1.05 + 1 && delays[i] >= base[i] * 0.8 - 20,
                 qPrintable(u"attempt %1: %2 ms"_s.arg(i + 1).arg(delays[i])));
    }
    QCOMPARE(host.state(), State::Unreachable);
    QVERIFY(!host.reason().isEmpty());
}

QTEST_MAIN(TestHostConnection)
#include "tst_hostconnection.moc"
