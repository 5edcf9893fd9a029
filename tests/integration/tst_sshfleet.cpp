// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet host over a real sshd: a HostConnection reconnects by itself after the link
// drops, but a login the host refuses is not retried (repeated failed logins can lock
// an account): sshd sees exactly one attempt, and the host waits for a person.

#include "fleet/hostconnection.h"
#include "sshserver.h"
#include "teststore.h"
#include "transport/sshtransport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using State = HostConnection::State;

class TestSshFleet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void droppedLinkReconnectsByItself();
    void refusedLoginIsNotRetried();

private:
    SshTarget target() const;
    ConnectionProfile profile() const;

    mailstore::test::SshServer m_sshd;
    std::unique_ptr<test::TestStore> m_store;
    QString m_remoteCommand;
};

void TestSshFleet::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(10, 3, 0.1);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    m_remoteCommand = u"%1 --stdio --root %2 --state-dir %3"_s.arg(
        test::TestStore::agentProgram(), m_store->root(), m_store->stateDir());
}

SshTarget TestSshFleet::target() const
{
    SshTarget t;
    t.user = m_sshd.userName();
    t.host = u"127.0.0.1"_s;
    t.port = m_sshd.port();
    t.remoteCommand = m_remoteCommand;
    t.identityFile = m_sshd.userKey();
    t.knownHostsFile = m_sshd.dir() + "/known_fleet"_L1;
    t.userKnownHostsFile = QString();
    t.acceptFingerprint = m_sshd.hostFingerprint();
    return t;
}

ConnectionProfile TestSshFleet::profile() const
{
    ConnectionProfile p;
    p.id = newProfileId();
    p.name = u"ssh-host"_s;
    p.group = u"Production"_s;
    p.url = u"ssh://%1@127.0.0.1:%2"_s.arg(m_sshd.userName()).arg(m_sshd.port());
    return p;
}

void TestSshFleet::droppedLinkReconnectsByItself()
{
    const SshTarget t = target();
    HostConnection host(profile(), [t] { return std::make_unique<SshTransport>(t); });
    host.setBackoff(200, 1000);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!host.hostInfo().isEmpty(), 10'000);
    const int before = int(m_sshd.acceptedLogins().size());
    QVERIFY(m_sshd.killSessions() > 0); // the network drops the link
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Unreachable, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Connected, 30'000);
    QCOMPARE(m_sshd.acceptedLogins().size(), before + 1); // one new login, no storm
    QCOMPARE(host.failedAttempts(), 0);
}

void TestSshFleet::refusedLoginIsNotRetried()
{
    SshTarget t = target();
    t.identityFile = m_sshd.makeKey(u"id_not_authorized"_s, QString(), false);
    const qsizetype mark = m_sshd.log().size();
    HostConnection host(profile(), [t] { return std::make_unique<SshTransport>(t); });
    host.setBackoff(100, 100);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Unreachable, 30'000);
    QCOMPARE(host.retryInMs(), -1);
    QVERIFY2(host.reason().contains("publickey"_L1), qPrintable(host.reason()));
    QTest::qWait(1000); // ten backoff periods: still nothing may try again
    QCOMPARE(host.state(), State::Unreachable);
    QCOMPARE(host.failedAttempts(), 0);
    const QString log = m_sshd.log().mid(mark);
    QCOMPARE(log.count("Connection from"_L1), 1); // one connection, one refused login
    QCOMPARE(log.count("Accepted"_L1), 0);
    // A person fixes it and asks again: exactly one more attempt.
    host.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), State::Unreachable, 30'000);
    QCOMPARE(host.retryInMs(), -1);
    QTRY_COMPARE(m_sshd.log().mid(mark).count("Connection from"_L1), 2);
    QTest::qWait(500);
    QCOMPARE(m_sshd.log().mid(mark).count("Connection from"_L1), 2);
}

QTEST_MAIN(TestSshFleet)
#include "tst_sshfleet.moc"
