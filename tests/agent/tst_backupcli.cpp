// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-agent backup create|list|verify` as a runbook uses it: --json shapes, the
// never-verified warning, and exit codes 0 good, 1 corrupt, 2 error.
#include "agentharness.h"

#include <QFile>

using namespace testing;

class TestBackupCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createListVerify();
    void corruptArchiveExitsOne();
    void errorsExitTwo_data();
    void errorsExitTwo();

private:
    QJsonObject runJson(const QStringList &args, int expectedExit);
    AgentHarness m_h;
    QString m_account;
    QString m_target;
};

void TestBackupCli::initTestCase()
{
    QVERIFY(m_h.init(12, 0.3, 5));
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--json"),
                           QStringLiteral("--sort"), QStringLiteral("messages"), QStringLiteral("--desc")},
                          &out),
             0);
    m_account = QJsonDocument::fromJson(out).object().value(QStringLiteral("accounts")).toArray().first().toObject()
                    .value(QStringLiteral("name")).toString();
    m_target = m_h.tmp() + QStringLiteral("/target");
    QVERIFY(QDir().mkpath(m_target));
}

QJsonObject TestBackupCli::runJson(const QStringList &args, int expectedExit)
{
    QByteArray out, err;
    const int code = m_h.runAgent(args + QStringList{QStringLiteral("--json")}, &out, &err);
    if (code != expectedExit)
        qWarning("exit %d, stderr: %s", code, err.constData());
    return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
}

void TestBackupCli::createListVerify()
{
    const QStringList create{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--account"), m_account,
                             QStringLiteral("--to"), m_target, QStringLiteral("--root"), m_h.root()};
    const QJsonObject full = runJson(create, 0);
    QVERIFY(!full.isEmpty());
    QCOMPARE(full.value(QStringLiteral("kind")).toString(), QStringLiteral("full"));
    QCOMPARE(full.value(QStringLiteral("account")).toString(), m_account);
    const qint64 messages = full.value(QStringLiteral("messages")).toInteger();
    QVERIFY(messages > 0);
    QCOMPARE(full.value(QStringLiteral("stored")).toInteger(), messages);
    QVERIFY(QFile::exists(full.value(QStringLiteral("archive")).toString()));

    const QJsonObject inc = runJson(create + QStringList{QStringLiteral("--incremental")}, 0);
    QCOMPARE(inc.value(QStringLiteral("kind")).toString(), QStringLiteral("incremental"));
    QCOMPARE(inc.value(QStringLiteral("parent")).toString(), full.value(QStringLiteral("id")).toString());
    QCOMPARE(inc.value(QStringLiteral("stored")).toInteger(), 0);
    QCOMPARE(inc.value(QStringLiteral("referenced")).toInteger(), messages);

    // Never verified: both are warnings.
    QJsonObject list = runJson({QStringLiteral("backup"), QStringLiteral("list"), m_target}, 0);
    QJsonArray backups = list.value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 2);
    for (const auto &b : backups) {
        QCOMPARE(b.toObject().value(QStringLiteral("verify")).toString(), QStringLiteral("never"));
        QCOMPARE(b.toObject().value(QStringLiteral("warning")).toBool(), true);
    }
    const QJsonArray chain = list.value(QStringLiteral("chains")).toObject().value(m_account).toArray();
    QCOMPARE(chain, (QJsonArray{inc.value(QStringLiteral("id")), full.value(QStringLiteral("id"))}));

    const QJsonObject verified = runJson({QStringLiteral("backup"), QStringLiteral("verify"), m_target}, 0);
    QCOMPARE(verified.value(QStringLiteral("good")).toBool(), true);
    QCOMPARE(verified.value(QStringLiteral("results")).toArray().size(), 2);
    QCOMPARE(verified.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("membersChecked"))
                 .toInteger(),
             messages);

    list = runJson({QStringLiteral("backup"), QStringLiteral("list"), m_target}, 0);
    for (const auto &b : list.value(QStringLiteral("backups")).toArray()) {
        QCOMPARE(b.toObject().value(QStringLiteral("verify")).toString(), QStringLiteral("good"));
        QCOMPARE(b.toObject().value(QStringLiteral("warning")).toBool(), false);
        QVERIFY(b.toObject().value(QStringLiteral("lastVerified")).toInteger() > 0);
    }
}

void TestBackupCli::corruptArchiveExitsOne()
{
    const QString target = m_h.tmp() + QStringLiteral("/damaged");
    QVERIFY(QDir().mkpath(target));
    const QJsonObject made = runJson({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--account"),
                                      m_account, QStringLiteral("--to"), target, QStringLiteral("--root"), m_h.root()},
                                     0);
    const QString archive = made.value(QStringLiteral("archive")).toString();
    QFile f(archive);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.truncate(bytes.size() / 2);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();

    const QJsonObject r = runJson({QStringLiteral("backup"), QStringLiteral("verify"), archive}, 1);
    QCOMPARE(r.value(QStringLiteral("good")).toBool(), false);
    const QJsonObject one = r.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(one.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("problem")).toString(),
             QStringLiteral("truncated"));
    QCOMPARE(one.value(QStringLiteral("recorded")).toBool(), true);
    const QJsonObject list = runJson({QStringLiteral("backup"), QStringLiteral("list"), target}, 0);
    const QJsonObject entry = list.value(QStringLiteral("backups")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("verify")).toString(), QStringLiteral("corrupt"));
    QCOMPARE(entry.value(QStringLiteral("warning")).toBool(), true);

    // An incremental on a parent that failed its verify is refused.
    QByteArray err;
    QCOMPARE(m_h.runAgent({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--account"), m_account,
                           QStringLiteral("--to"), target, QStringLiteral("--root"), m_h.root(),
                           QStringLiteral("--incremental")},
                          nullptr, &err),
             2);
    QVERIFY2(err.contains("failed its last verify"), err.constData());
}

void TestBackupCli::errorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no verb") << QStringList{QStringLiteral("backup")} << QByteArray("usage:");
    QTest::newRow("create without --to") << QStringList{QStringLiteral("backup"), QStringLiteral("create"),
                                                        QStringLiteral("--account"), QStringLiteral("x@y.z")}
                                         << QByteArray("needs --account NAME and --to DIR");
    QTest::newRow("unknown account") << QStringList{QStringLiteral("backup"), QStringLiteral("create"),
                                                    QStringLiteral("--account"), QStringLiteral("nobody@nowhere.example"),
                                                    QStringLiteral("--to"), QStringLiteral("/tmp")}
                                     << QByteArray("no account 'nobody@nowhere.example'");
    QTest::newRow("missing archive") << QStringList{QStringLiteral("backup"), QStringLiteral("verify"),
                                                    QStringLiteral("/nonexistent/x.tar.zst")}
                                     << QByteArray("cannot verify /nonexistent/x.tar.zst");
    QTest::newRow("list of a missing folder") << QStringList{QStringLiteral("backup"), QStringLiteral("list"),
                                                             QStringLiteral("/nonexistent")}
                                              << QByteArray("/nonexistent is not a folder");
}

void TestBackupCli::errorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QByteArray out, err;
    QCOMPARE(m_h.runAgent(args + QStringList{QStringLiteral("--root"), m_h.root()}, &out, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
