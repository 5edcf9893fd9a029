// SPDX-License-Identifier: GPL-3.0-or-later
// Roles and the audit log on the daemon's Unix socket: the test's own user is made a
// support user in a config file, so the daemon sees it (SO_PEERCRED) as support and
// refuses every mutating method; as admin the same calls run. Each mutating call, allowed
// or refused, is one audit line; audit.list returns them newest first.
#include "agentharness.h"

#include <QFile>
#include <QTextStream>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace testing;

class TestRoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void supportUserIsRefusedMutatingMethods();
    void adminCallsAreAuditedNewestFirst();

private:
    AgentHarness::Bridge startBridge(const QStringList &extra);
    void stopByPid(QProcess &bridge);
    AgentHarness m_h;
    QString m_me;
    QString m_config;
    QString m_account;
};

void TestRoles::initTestCase()
{
    QVERIFY(m_h.init(20, 0.1));
    const passwd *pw = ::getpwuid(::getuid());
    QVERIFY(pw);
    m_me = QString::fromLocal8Bit(pw->pw_name);
    m_config = m_h.tmp() + QStringLiteral("/agent.conf");
    QFile f(m_config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("support_users=nobody-else," + m_me.toLocal8Bit() + "\n");
}

void TestRoles::cleanupTestCase() { m_h.stopDaemon(); }

AgentHarness::Bridge TestRoles::startBridge(const QStringList &extra)
{
    AgentHarness::Bridge p(new QProcess);
    p->start(agentBin(), QStringList{QStringLiteral("--stdio")} + m_h.storeArgs() + extra);
    if (!p->waitForStarted(5000))
        return nullptr;
    return p;
}

// A support user may not call daemon.stop, so the test ends that daemon with SIGTERM.
void TestRoles::stopByPid(QProcess &bridge)
{
    const qint64 pid = result(call(bridge, QStringLiteral("host.info"))).value(QStringLiteral("pid")).toInteger();
    QVERIFY(processAlive(pid));
    ::kill(pid_t(pid), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 15000);
}

void TestRoles::supportUserIsRefusedMutatingMethods()
{
    auto bridge = startBridge({QStringLiteral("--config"), m_config});
    QVERIFY(bridge);
    // Reads work.
    const auto list = result(call(*bridge, QStringLiteral("accounts.list")));
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 20);
    m_account = list.value(QStringLiteral("accounts")).toArray().first().toObject().value(QStringLiteral("name")).toString();
    QVERIFY(call(*bridge, QStringLiteral("index.verify"), {{QStringLiteral("account"), m_account}})
                .contains(QStringLiteral("result")));
    const auto version = result(call(*bridge, QStringLiteral("api.version")));
    const QStringList mutating = version.value(QStringLiteral("mutating")).toVariant().toStringList();
    QCOMPARE(mutating, (QStringList{QStringLiteral("backup.create"), QStringLiteral("backup.verify"),
                                    QStringLiteral("daemon.stop"), QStringLiteral("index.rebuild"),
                                    QStringLiteral("job.cancel"), QStringLiteral("job.resume"),
                                    QStringLiteral("restore.start")}));

    // Every mutating method: forbidden (1011), with a message naming method and role.
    const auto rebuild = call(*bridge, QStringLiteral("index.rebuild"),
                              {{QStringLiteral("account"), m_account}, {QStringLiteral("dryRun"), true}});
    QCOMPARE(errorCode(rebuild), 1011);
    const QString message = rebuild.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("forbidden")) && message.contains(QLatin1String("support")),
             qPrintable(message));
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), QStringLiteral("j-1")}})), 1011);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.resume"), {{QStringLiteral("id"), QStringLiteral("j-1")}})), 1011);
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("daemon.stop"))), 1011);

    // The CLI's `daemon stop` says so too, instead of waiting for a stop that never comes.
    QByteArray err;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("stop")} + m_h.storeArgs(), nullptr, &err), 2);
    QVERIFY2(err.contains("forbidden"), err.constData());

    // Reads still fine, and the refusals are in the audit log (support may read it).
    const auto audit = result(call(*bridge, QStringLiteral("audit.list")));
    QCOMPARE(audit.value(QStringLiteral("total")).toInt(), 5);
    const auto newest = audit.value(QStringLiteral("entries")).toArray().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("method")).toString(), QStringLiteral("daemon.stop"));
    QCOMPARE(newest.value(QStringLiteral("principal")).toString(), m_me);
    QCOMPARE(newest.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QCOMPARE(newest.value(QStringLiteral("transport")).toString(), QStringLiteral("local"));
    QCOMPARE(newest.value(QStringLiteral("result")).toString(), QStringLiteral("error"));
    QCOMPARE(newest.value(QStringLiteral("code")).toInt(), 1011);
    stopByPid(*bridge);
}

void TestRoles::adminCallsAreAuditedNewestFirst()
{
    // Without the config the same user is admin (the default).
    auto bridge = startBridge({});
    QVERIFY(bridge);
    QVERIFY(!m_account.isEmpty());
    const auto dry = call(*bridge, QStringLiteral("index.rebuild"),
                          {{QStringLiteral("account"), m_account}, {QStringLiteral("dryRun"), true}});
    QVERIFY2(dry.contains(QStringLiteral("result")), QJsonDocument(dry).toJson().constData());
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("job.cancel"), {{QStringLiteral("id"), QStringLiteral("j-nope")}})),
             1001);

    const auto audit = result(call(*bridge, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 3}}));
    QCOMPARE(audit.value(QStringLiteral("total")).toInt(), 7); // 5 refused by the support test, 2 here
    const QJsonArray entries = audit.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    const auto cancel = entries.at(0).toObject();
    QCOMPARE(cancel.value(QStringLiteral("method")).toString(), QStringLiteral("job.cancel"));
    QCOMPARE(cancel.value(QStringLiteral("result")).toString(), QStringLiteral("error"));
    QCOMPARE(cancel.value(QStringLiteral("code")).toInt(), 1001);
    QCOMPARE(cancel.value(QStringLiteral("args")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("j-nope"));
    const auto rebuild = entries.at(1).toObject();
    QCOMPARE(rebuild.value(QStringLiteral("method")).toString(), QStringLiteral("index.rebuild"));
    QCOMPARE(rebuild.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(rebuild.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(rebuild.value(QStringLiteral("principal")).toString(), m_me);
    QCOMPARE(rebuild.value(QStringLiteral("args")).toObject().value(QStringLiteral("account")).toString(), m_account);
    QVERIFY(!rebuild.contains(QStringLiteral("code")));
    QVERIFY(QDateTime::fromString(rebuild.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("daemon.stop"));

    // Paging: offset skips the newest.
    const auto page = result(call(*bridge, QStringLiteral("audit.list"),
                                  {{QStringLiteral("limit"), 2}, {QStringLiteral("offset"), 6}}));
    QCOMPARE(page.value(QStringLiteral("entries")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("entries")).toArray().first().toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("index.rebuild"));
    QCOMPARE(errorCode(call(*bridge, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 0}})), -32602);

    // One JSON object per line; reads are not recorded; the file is private.
    QFile log(m_h.stateDir() + QStringLiteral("/audit.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    for (const auto &l : lines)
        QVERIFY(QJsonDocument::fromJson(l).isObject());
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(log.fileName()).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    // Admin may stop it, and that is audited too.
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("stop")} + m_h.storeArgs()), 0);
    QVERIFY(log.seek(0));
    QVERIFY(log.readAll().trimmed().split('\n').last().contains("\"daemon.stop\""));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
