// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-agent restore` as a runbook uses it: the --json report, a second run that
// writes nothing, a new folder, exit 1 for a refused archive and exit 2 naming the bad
// input.
#include "agentharness.h"

#include <QFile>

using namespace testing;

class TestRestoreCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restoreTwiceAndIntoANewFolder();
    void truncatedArchiveExitsOne();
    void errorsExitTwo_data();
    void errorsExitTwo();

private:
    QJsonObject runJson(const QStringList &args, int expectedExit);
    QStringList store() const;
    AgentHarness m_h;
    QString m_account, m_target, m_id;
    qint64 m_messages = 0;
};

QStringList TestRestoreCli::store() const
{
    return {QStringLiteral("--root"), m_h.root(), QStringLiteral("--state-dir"), m_h.tmp() + QStringLiteral("/state")};
}

QJsonObject TestRestoreCli::runJson(const QStringList &args, int expectedExit)
{
    QByteArray out, err;
    const int code = m_h.runAgent(args + store() + QStringList{QStringLiteral("--json")}, &out, &err);
    if (code != expectedExit)
        qWarning("exit %d, stderr: %s", code, err.constData());
    return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
}

void TestRestoreCli::initTestCase()
{
    QVERIFY(m_h.init(6, 0.3, 0));
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("accounts"), QStringLiteral("--root"), m_h.root(), QStringLiteral("--json"),
                           QStringLiteral("--sort"), QStringLiteral("messages"), QStringLiteral("--desc")},
                          &out),
             0);
    m_account = QJsonDocument::fromJson(out).object().value(QStringLiteral("accounts")).toArray().first().toObject()
                    .value(QStringLiteral("name")).toString();
    m_target = m_h.tmp() + QStringLiteral("/target");
    QVERIFY(QDir().mkpath(m_target));
    const QJsonObject made = runJson({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--account"),
                                      m_account, QStringLiteral("--to"), m_target},
                                     0);
    m_id = made.value(QStringLiteral("id")).toString();
    m_messages = made.value(QStringLiteral("messages")).toInteger();
    QVERIFY(!m_id.isEmpty());
    QVERIFY(m_messages > 0);
}

void TestRestoreCli::restoreTwiceAndIntoANewFolder()
{
    const QStringList restore{QStringLiteral("restore"), QStringLiteral("--from"), m_target + QLatin1Char('/') + m_id
                                  + QStringLiteral(".tar.zst"), QStringLiteral("--account"), m_account,
                              QStringLiteral("--into"), QStringLiteral("copy@example.org")};
    const QJsonObject first = runJson(restore, 0);
    QCOMPARE(first.value(QStringLiteral("backup")).toString(), m_id);
    QCOMPARE(first.value(QStringLiteral("account")).toString(), m_account);
    QCOMPARE(first.value(QStringLiteral("into")).toString(), QStringLiteral("copy@example.org"));
    QCOMPARE(first.value(QStringLiteral("restored")).toInteger(), m_messages);
    QCOMPARE(first.value(QStringLiteral("alreadyPresent")).toInteger(), 0);
    QCOMPARE(first.value(QStringLiteral("uidsNew")).toInteger() + first.value(QStringLiteral("uidsKept")).toInteger(),
             m_messages);
    QCOMPARE(first.value(QStringLiteral("archives")).toArray(), QJsonArray{m_id});
    QVERIFY(QFile::exists(m_h.root() + QStringLiteral("/example.org/copy/Maildir/cur")));

    // The folder and no --backup: the account's newest backup there. Everything is there.
    const QJsonObject second = runJson({QStringLiteral("restore"), QStringLiteral("--from"), m_target,
                                        QStringLiteral("--account"), m_account, QStringLiteral("--into"),
                                        QStringLiteral("copy@example.org")},
                                       0);
    QCOMPARE(second.value(QStringLiteral("restored")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("alreadyPresent")).toInteger(), m_messages);

    const QJsonObject folder = runJson(restore + QStringList{QStringLiteral("--mailbox"), QStringLiteral("INBOX"),
                                                             QStringLiteral("--to-folder"), QStringLiteral("Restored")},
                                       0);
    const QJsonArray boxes = folder.value(QStringLiteral("mailboxes")).toArray();
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().toObject().value(QStringLiteral("target")).toString(), QStringLiteral("Restored"));
    QCOMPARE(boxes.first().toObject().value(QStringLiteral("targetExists")).toBool(), false);
    QCOMPARE(folder.value(QStringLiteral("restored")).toInteger(), boxes.first().toObject().value(QStringLiteral("messages")).toInteger());
    QVERIFY(QFile::exists(m_h.root() + QStringLiteral("/example.org/copy/Maildir/.Restored/dovecot-uidlist")));
}

void TestRestoreCli::truncatedArchiveExitsOne()
{
    // A copy of the target folder whose archive lost its second half.
    const QString cut = m_h.tmp() + QStringLiteral("/cut");
    QVERIFY(QDir().mkpath(cut));
    for (const QString &name : {m_id + QStringLiteral(".tar.zst"), m_id + QStringLiteral(".manifest"),
                                QStringLiteral("backup-catalog")})
        QVERIFY(QFile::copy(m_target + QLatin1Char('/') + name, cut + QLatin1Char('/') + name));
    QFile archive(cut + QLatin1Char('/') + m_id + QStringLiteral(".tar.zst"));
    QVERIFY(archive.resize(archive.size() / 2));
    QByteArray out, err;
    QCOMPARE(m_h.runAgent(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), cut, QStringLiteral("--account"),
                                      m_account, QStringLiteral("--into"), QStringLiteral("cut@example.org")}
                              + store(),
                          &out, &err),
             1);
    QVERIFY2(err.contains("refused before any write: truncated"), err.constData());
    QVERIFY(!QFile::exists(m_h.root() + QStringLiteral("/example.org/cut")));
}

void TestRestoreCli::errorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const auto with = [this](const QStringList &extra) {
        return QStringList{QStringLiteral("restore"), QStringLiteral("--from"), m_target, QStringLiteral("--account"),
                           m_account} + extra;
    };
    QTest::newRow("no --from") << QStringList{QStringLiteral("restore"), QStringLiteral("--account"), m_account}
                               << QByteArray("usage: mailstore-agent restore --from PATH");
    QTest::newRow("bad since") << with({QStringLiteral("--since"), QStringLiteral("2026-02-30")})
                               << QByteArray("--since 2026-02-30 is not a date (YYYY-MM-DD) or unix seconds");
    QTest::newRow("not an archive") << QStringList{QStringLiteral("restore"), QStringLiteral("--from"),
                                                   QStringLiteral("/nonexistent/x.tar"), QStringLiteral("--account"), m_account}
                                    << QByteArray("--from /nonexistent/x.tar is neither a backup folder nor");
    QTest::newRow("other account") << with({QStringLiteral("--backup"), m_id}).replaceInStrings(m_account, QStringLiteral("someone@example.org"))
                                   << QByteArray("is of account '" + m_account.toUtf8() + "', not 'someone@example.org'");
    QTest::newRow("unknown mailbox") << with({QStringLiteral("--mailbox"), QStringLiteral("Nope")})
                                     << QByteArray("mailbox Nope is not in backup " + m_id.toUtf8());
    QTest::newRow("bad folder name") << with({QStringLiteral("--to-folder"), QStringLiteral("a.b")})
                                     << QByteArray("not a usable new folder name: a.b");
    QTest::newRow("unknown backup") << with({QStringLiteral("--backup"), QStringLiteral("20300101T000000Z-00000000")})
                                    << QByteArray("cannot restore 20300101T000000Z-00000000");
}

void TestRestoreCli::errorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QByteArray out, err;
    QCOMPARE(m_h.runAgent(args + store(), &out, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRestoreCli)
#include "tst_restorecli.moc"
