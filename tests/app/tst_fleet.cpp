// SPDX-License-Identifier: GPL-3.0-or-later
// The console with several real hosts (local agents on demo stores): the fleet tree
// groups them with their environment, the environment tag follows the selection, the
// global lookup (Ctrl+K) streams matches per host — a hanging host and a dead host
// never hold back the others — and Enter opens the account on the right host.

#include "fleet/hostconnection.h"
#include "mainwindow.h"
#include "models/accountsmodel.h"
#include "models/auditmodel.h"
#include "models/jobsmodel.h"
#include "models/lookupmodel.h"
#include "teststore.h"
#include "transport/processtransport.h"
#include "widgets/accountpage.h"
#include "widgets/auditview.h"
#include "widgets/hostpage.h"
#include "widgets/jobsdock.h"
#include "widgets/lookupdialog.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QToolButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using State = HostConnection::State;

class TestFleet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void treeGroupsHostsWithTheirEnvironment();
    void environmentTagFollowsSelection();
    void lookupStreamsPerHostAndSkipsDeadOnes();
    void lookupEnterOpensAccountOnItsHost();
    void hangingHostDoesNotBlockLookup();
    void supportRoleHidesWhatItMayNotRun();
    void jobsStartedWhileAwayShowAfterReconnect();
    void auditTabListsMutatingCalls();

private:
    HostConnection *add(const QString &name, const QString &group, Environment env,
                        const test::TestStore &store);
    QString firstAccount(HostConnection *host);

    std::unique_ptr<test::TestStore> m_a, m_b, m_c;
    std::unique_ptr<MainWindow> m_window;
    HostConnection *m_hostA = nullptr, *m_hostB = nullptr, *m_hostC = nullptr, *m_dead = nullptr;
};

HostConnection *TestFleet::add(const QString &name, const QString &group, Environment env,
                               const test::TestStore &store)
{
    ConnectionProfile p;
    p.id = newProfileId();
    p.name = name;
    p.group = group;
    p.environment = env;
    p.url = u"local:"_s + store.root();
    return m_window->addHost(p, localTransportFactory(store.localStore()), false);
}

void TestFleet::initTestCase()
{
    m_a = std::make_unique<test::TestStore>(40, 11);
    m_b = std::make_unique<test::TestStore>(40, 12);
    m_c = std::make_unique<test::TestStore>(10, 13);
    QVERIFY(m_a->isValid() && m_b->isValid() && m_c->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    m_hostA = add(u"store-a"_s, u"Production"_s, Environment::Production, *m_a);
    m_hostB = add(u"store-b"_s, u"New hardware"_s, Environment::Staging, *m_b);
    m_hostC = add(u"store-c"_s, u"New hardware"_s, Environment::Staging, *m_c);
    ConnectionProfile dead;
    dead.id = newProfileId();
    dead.name = u"gone"_s;
    dead.group = u"Backup"_s;
    dead.url = u"local:/nonexistent"_s;
    m_dead = m_window->addHost(dead, [] {
        return std::make_unique<ProcessTransport>(u"/nonexistent/mailstore-agent"_s, QStringList{});
    }, false);
    for (HostConnection *h : {m_hostA, m_hostB, m_hostC})
        QTRY_COMPARE_WITH_TIMEOUT(h->state(), State::Connected, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_dead->state(), State::Unreachable, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_hostB->hostInfo().isEmpty(), 30'000);
}

void TestFleet::cleanupTestCase()
{
    m_window.reset();
}

void TestFleet::treeGroupsHostsWithTheirEnvironment()
{
    auto *tree = m_window->findChild<QTreeWidget *>(u"fleetTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Production"_s);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"New hardware"_s);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QVERIFY(tree->topLevelItem(1)->toolTip(0).contains("Staging"_L1));
    QCOMPARE(tree->topLevelItem(2)->text(0), u"Backup"_s);
    // State as a word too, never colour alone.
    QVERIFY2(tree->topLevelItem(2)->child(0)->text(0).endsWith("unreachable"_L1),
             qPrintable(tree->topLevelItem(2)->child(0)->text(0)));
    QCOMPARE(m_window->hosts().size(), 4);
}

void TestFleet::environmentTagFollowsSelection()
{
    m_window->selectHost(m_hostA);
    QCOMPARE(m_window->environmentTag(), u"PRODUCTION · Production"_s);
    QCOMPARE(m_window->currentHost(), m_hostA);
    HostPage *pageA = m_window->hostPage();
    m_window->selectHost(m_hostB);
    QCOMPARE(m_window->environmentTag(), u"STAGING · New hardware"_s);
    QVERIFY(m_window->hostPage() != pageA); // each host keeps its own page
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hostPage()->isLoaded(), 30'000);
    QCOMPARE(m_window->hostPage()->accountsModel()->total(), 40);
}

QString TestFleet::firstAccount(HostConnection *host)
{
    QString name;
    host->client()->call(u"accounts.list"_s, QJsonObject{{u"limit"_s, 1}}, this, [&name](const auto &r) {
        name = r.result.toObject().value("accounts"_L1).toArray().at(0).toObject().value("name"_L1).toString();
    });
    QDeadlineTimer deadline(10'000);
    while (name.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    return name;
}

void TestFleet::lookupStreamsPerHostAndSkipsDeadOnes()
{
    LookupDialog *dialog = m_window->openLookup();
    QVERIFY(dialog->isVisible());
    QSignalSpy answered(dialog->model(), &LookupModel::hostAnswered);
    QSignalSpy finished(dialog->model(), &LookupModel::searchFinished);
    dialog->searchField()->setText(u"@"_s); // every account has one
    dialog->searchNow();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(answered.size(), 3);
    // 20 per host at most: store-c has only 10 accounts.
    QCOMPARE(dialog->model()->rowCount(), 50);
    QStringList hostsSeen;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QString host = dialog->model()->index(row, LookupModel::Host).data().toString();
        if (!hostsSeen.contains(host))
            hostsSeen << host;
        QVERIFY(dialog->model()->accountAt(row).contains(u'@'));
    }
    QCOMPARE(hostsSeen.size(), 3);
    QVERIFY2(dialog->statusText().contains("not searched: gone (unreachable)"_L1), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains("3 host"_L1), qPrintable(dialog->statusText()));
    dialog->close();
}

void TestFleet::lookupEnterOpensAccountOnItsHost()
{
    m_window->selectHost(m_hostA);
    const QString wanted = firstAccount(m_hostB);
    QVERIFY(!wanted.isEmpty());
    LookupDialog *dialog = m_window->openLookup();
    QSignalSpy finished(dialog->model(), &LookupModel::searchFinished);
    QTest::keyClicks(dialog->searchField(), wanted);
    QVERIFY(finished.wait(10'000)); // typed text is searched after a short pause
    int row = -1;
    for (int r = 0; r < dialog->model()->rowCount(); ++r) {
        if (dialog->model()->hostAt(r) == m_hostB && dialog->model()->accountAt(r) == wanted)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(dialog->statusText()));
    dialog->view()->selectRow(row);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QCOMPARE(m_window->currentHost(), m_hostB);
    QCOMPARE(m_window->accountPage()->accountName(), wanted);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestFleet::hangingHostDoesNotBlockLookup()
{
    auto *transport = qobject_cast<ProcessTransport *>(m_hostC->client()->transport());
    QVERIFY(transport);
    const pid_t pid = pid_t(transport->processId());
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    LookupDialog *dialog = m_window->openLookup();
    QSignalSpy answered(dialog->model(), &LookupModel::hostAnswered);
    QSignalSpy finished(dialog->model(), &LookupModel::searchFinished);
    dialog->searchField()->setText(u"@"_s);
    dialog->searchNow();
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10'000);
    QCOMPARE(dialog->model()->rowCount(), 40); // the two live hosts' matches are there
    QVERIFY(finished.isEmpty());
    QVERIFY2(dialog->statusText().contains("store-c still searching"_L1) ||
             dialog->statusText().contains(m_hostC->displayName() + " still searching"_L1),
             qPrintable(dialog->statusText()));
    QCOMPARE(::kill(pid, SIGCONT), 0);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(dialog->model()->rowCount(), 50);
    dialog->close();
}

void TestFleet::supportRoleHidesWhatItMayNotRun()
{
    // The daemon's config makes this (local) user a support user.
    test::TestStore store(10, 21);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    QTemporaryDir dir;
    const QString config = dir.filePath(u"agent.conf"_s);
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("support_users=" + QByteArray(::getpwuid(::getuid())->pw_name) + "\n");
    f.close();
    LocalStore local = store.localStore();
    local.extraArgs << u"--config"_s << config;
    ConnectionProfile p;
    p.id = newProfileId();
    p.name = u"support-view"_s;
    p.group = u"Production"_s;
    p.url = u"local:"_s + store.root();
    auto *rebuild = m_window->findChild<QAction *>(u"actionRebuild"_s);
    QVERIFY(rebuild);
    m_window->selectHost(m_hostA);
    QTRY_VERIFY(m_hostA->callerRole() == "admin"_L1);
    QVERIFY(rebuild->isVisible());
    HostConnection *host = m_window->addHost(p, localTransportFactory(local));
    QTRY_COMPARE_WITH_TIMEOUT(host->callerRole(), u"support"_s, 30'000);
    QVERIFY(!rebuild->isVisible()); // hidden, not greyed out
    auto *cancel = m_window->jobsDock()->findChild<QToolButton *>(u"jobsCancelButton"_s);
    QVERIFY(cancel && cancel->isHidden());
    m_window->selectHost(m_hostA); // an admin host shows them again
    QVERIFY(rebuild->isVisible());
    QVERIFY(!cancel->isHidden());
    m_window->removeHost(p.id);
}

void TestFleet::jobsStartedWhileAwayShowAfterReconnect()
{
    m_window->selectHost(m_hostB);
    m_hostB->setBackoff(1500, 1500); // room to start a job while the console is away
    auto *transport = qobject_cast<ProcessTransport *>(m_hostB->client()->transport());
    QVERIFY(transport);
    QCOMPARE(::kill(pid_t(transport->processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_hostB->state(), State::Unreachable, 10'000);
    // Someone else (another console, a script) starts a job on the host meanwhile.
    AgentClient other;
    other.connectTo(localTransportFactory(m_b->localStore()));
    QString jobId;
    other.call(u"index.verify"_s, QJsonObject{{u"all"_s, true}}, this, [&jobId](const mailstore::api::Response &r) {
        jobId = r.result.toObject().value("jobId"_L1).toString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!jobId.isEmpty(), 10'000);
    QCOMPARE(m_window->jobsModel()->rowOf(jobId), -1);
    QTRY_COMPARE_WITH_TIMEOUT(m_hostB->state(), State::Connected, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->jobsModel()->rowOf(jobId) >= 0, 10'000);
}

void TestFleet::auditTabListsMutatingCalls()
{
    m_window->selectHost(m_hostC);
    bool answered = false;
    // A mutating call that fails (no such job) is audited like one that succeeds.
    m_hostC->client()->call(u"job.cancel"_s, QJsonObject{{u"id"_s, u"j-does-not-exist"_s}}, this,
                            [&answered](const mailstore::api::Response &) { answered = true; });
    QTRY_VERIFY(answered);
    AuditModel *audit = m_window->hostPage()->auditView()->model();
    QSignalSpy loaded(audit, &AuditModel::loaded);
    m_window->hostPage()->showAudit(); // showing the tab loads the log
    QVERIFY(loaded.wait(10'000));
    QVERIFY(audit->rowCount() >= 1);
    QCOMPARE(audit->index(0, AuditModel::Method).data().toString(), u"job.cancel"_s);
    QVERIFY2(audit->index(0, AuditModel::Arguments).data().toString().contains("id=j-does-not-exist"_L1),
             qPrintable(audit->index(0, AuditModel::Arguments).data().toString()));
    QVERIFY2(audit->index(0, AuditModel::Result).data().toString().startsWith("failed ("_L1),
             qPrintable(audit->index(0, AuditModel::Result).data().toString()));
    QCOMPARE(audit->index(0, AuditModel::Transport).data().toString(), u"local"_s);
}

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
