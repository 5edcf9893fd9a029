// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI faces of the agent as a runbook uses them: output, --json, exit codes, errors.
#include "agentharness.h"

#include <QFile>

using namespace testing;

class TestAgentCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accountsJsonMatchesStore();
    void accountsTableAndFilter();
    void accountShow();
    void unknownAccountExitsOne();
    void badInputIsNamed_data();
    void badInputIsNamed();
    void configFileSuppliesRootAndLayout();
    void helpEverywhere();
    void demoInitRefusesNonEmptyFolder();

private:
    AgentHarness m_h;
};

void TestAgentCli::initTestCase()
{
    QVERIFY(m_h.init(12, 0.2, 3));
}

void TestAgentCli::accountsJsonMatchesStore()
{
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--json")}, &out), 0);
    const auto o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 12);
    const auto accounts = o.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 12);
    // Every listed account is a real Maildir under the root in the default layout.
    for (const auto &a : accounts) {
        const QString name = a.toObject().value(QStringLiteral("name")).toString();
        const QString dir = m_h.root() + QLatin1Char('/') + name.section(QLatin1Char('@'), 1) + QLatin1Char('/')
            + name.section(QLatin1Char('@'), 0, 0) + QStringLiteral("/Maildir/cur");
        QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir));
    }
}

void TestAgentCli::accountsTableAndFilter()
{
    QByteArray json;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--json"),
                           QStringLiteral("--sort"), QStringLiteral("size"), QStringLiteral("--desc"),
                           QStringLiteral("--limit"), QStringLiteral("1")},
                          &json),
             0);
    const auto top = QJsonDocument::fromJson(json).object().value(QStringLiteral("accounts")).toArray().first().toObject();
    const QString name = top.value(QStringLiteral("name")).toString();

    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--filter"),
                           name.toUpper()},
                          &out),
             0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header + the one account
    QVERIFY(lines.at(0).startsWith(QLatin1String("ACCOUNT")));
    QVERIFY(lines.at(1).startsWith(name));
    QVERIFY(lines.at(1).contains(QString::number(top.value(QStringLiteral("messages")).toInteger())));
}

void TestAgentCli::accountShow()
{
    QByteArray json;
    m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--json")}, &json);
    const QString name = QJsonDocument::fromJson(json).object().value(QStringLiteral("accounts")).toArray().first()
                             .toObject().value(QStringLiteral("name")).toString();
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("account"), QStringLiteral("show"), name, QStringLiteral("--root"), m_h.root(),
                           QStringLiteral("--json")},
                          &out),
             0);
    const auto o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(o.value(QStringLiteral("mailboxes")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("INBOX"));

    QCOMPARE(m_h.runAgent({QStringLiteral("account"), QStringLiteral("show"), name, QStringLiteral("--root"), m_h.root()}, &out), 0);
    QVERIFY(out.contains("Account:       " + name.toUtf8()));
    QVERIFY(out.contains("INBOX"));
}

void TestAgentCli::unknownAccountExitsOne()
{
    QByteArray out, err;
    QCOMPARE(m_h.runAgent({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("ghost@example.org"),
                           QStringLiteral("--root"), m_h.root()},
                          &out, &err),
             1);
    QVERIFY(err.contains("no account 'ghost@example.org'"));
    QVERIFY(out.isEmpty());
}

void TestAgentCli::badInputIsNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("missing root") << QStringList{QStringLiteral("accounts"), QStringLiteral("--root"), QStringLiteral("/nonexistent/x")}
                                  << QByteArray("mail root /nonexistent/x does not exist");
    QTest::newRow("bad layout") << QStringList{QStringLiteral("accounts"), QStringLiteral("--layout"), QStringLiteral("%q/Maildir")}
                                << QByteArray("layout '%q/Maildir' is not valid");
    QTest::newRow("bad sort") << QStringList{QStringLiteral("accounts"), QStringLiteral("--sort"), QStringLiteral("colour")}
                              << QByteArray("--sort must be");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("accounts"), QStringLiteral("--frobnicate")}
                                    << QByteArray("frobnicate");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("bad account name") << QStringList{QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("no-at-sign")}
                                      << QByteArray("is not an account name");
    QTest::newRow("bad accounts count") << QStringList{QStringLiteral("demo-init"), QStringLiteral("/tmp/x"), QStringLiteral("--accounts"), QStringLiteral("-3")}
                                        << QByteArray("--accounts must be");
}

void TestAgentCli::badInputIsNamed()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    if (!args.contains(QLatin1String("--root")) && args.first() != QLatin1String("demo-init"))
        args << QStringLiteral("--root") << m_h.root();
    QByteArray out, err;
    QCOMPARE(m_h.runAgent(args, &out, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(out.isEmpty());
}

void TestAgentCli::configFileSuppliesRootAndLayout()
{
    const QString cfg = m_h.tmp() + QStringLiteral("/agent.conf");
    QFile f(cfg);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("root=" + m_h.root().toUtf8() + "\nlayout=%d/%n/Maildir\n");
    f.close();
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--config"), cfg, QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("total")).toInt(), 12);
    // The command line wins over the file.
    QByteArray err;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--config"), cfg, QStringLiteral("--root"),
                           QStringLiteral("/nonexistent/y")},
                          &out, &err),
             2);
    QVERIFY(err.contains("/nonexistent/y"));
}

void TestAgentCli::helpEverywhere()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("accounts"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("account"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("daemon"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("demo-init"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("--stdio"), QStringLiteral("--help")}}) {
        QByteArray out;
        QCOMPARE(m_h.runAgent(args, &out), 0);
        QVERIFY2(out.contains("--root"), qPrintable(args.join(QLatin1Char(' '))));
    }
}

void TestAgentCli::demoInitRefusesNonEmptyFolder()
{
    QByteArray out, err;
    QCOMPARE(m_h.runAgent({QStringLiteral("demo-init"), m_h.root()}, &out, &err), 2);
    QVERIFY2(err.contains("cannot write the demo store"), err.constData());
}

QTEST_GUILESS_MAIN(TestAgentCli)
#include "tst_agentcli.moc"
