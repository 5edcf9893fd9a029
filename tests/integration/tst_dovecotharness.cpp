// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the integration harness itself: a private Dovecot starts on a loopback port,
// takes APPENDs over real IMAP, hands out UIDs 1..3, answers doveadm, and leaves no
// process behind when stopped. If this fails, tst_indexrepair results mean nothing.

#include "dovecotserver.h"
#include "imapclient.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>


using namespace Qt::StringLiterals;
using namespace integration;

class TestDovecotHarness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void appendSelectStop();
};

void TestDovecotHarness::initTestCase()
{
    // CI installs Dovecot; a missing binary is a broken environment, not a reason to skip.
    if (DovecotServer::dovecotBinary().isEmpty())
        QFAIL("dovecot is not installed: run installer/install-deps.sh "
              "(apt-get install dovecot-core dovecot-imapd)");
}

void TestDovecotHarness::appendSelectStop()
{
    QList<qint64> processes;
    qint64 master = 0;
    {
        DovecotServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.port() > 0);
        master = server.masterPid();
        QVERIFY(master > 0);
        // The master forks its helpers (log, config, anvil) right after it listens; on a
        // loaded machine that can trail the first accepted connection a little.
        QTRY_VERIFY2_WITH_TIMEOUT(!server.childPids().isEmpty(), "the master has no children", 10000);
        processes = server.childPids();
        // The instance must only listen on loopback and never on the standard ports.
        QFile conf(server.configPath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray text = conf.readAll();
        QVERIFY(text.contains("listen = 127.0.0.1\n"));
        QVERIFY(text.contains("base_dir = " + QFile::encodeName(server.root()) + "/run\n"));
        QVERIFY(server.port() != 143 && server.port() != 993);

        ImapClient c;
        auto ok = c.connectTo(server.port());
        QVERIFY2(ok, qPrintable(errorText(ok)));
        ok = c.login(u"alice"_s, DovecotServer::password());
        QVERIFY2(ok, qPrintable(errorText(ok)));
        for (int i = 1; i <= 3; ++i) {
            const QByteArray msg = "Subject: harness " + QByteArray::number(i) + "\r\nMessage-ID: <h" +
                                   QByteArray::number(i) + "@test>\r\n\r\nbody {5}\r\n";
            ok = c.append(u"INBOX"_s, msg, i == 2 ? QStringList{u"\\Seen"_s, u"$Junk"_s} : QStringList{},
                          i == 3 ? QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt::UTC) : QDateTime());
            QVERIFY2(ok, qPrintable(errorText(ok)));
        }
        auto bad = c.select(u"No/Such/Box"_s);
        QVERIFY2(!bad && errorText(bad).contains(u"NO"_s), "SELECT of a missing mailbox must be a reported error");
        auto sel = c.select(u"INBOX"_s);
        QVERIFY2(sel, qPrintable(errorText(sel)));
        QCOMPARE(sel->exists, 3u);
        QCOMPARE(sel->uidNext, 4u);
        QVERIFY(sel->uidValidity != 0);
        auto msgs = c.uidFetchAll();
        QVERIFY2(msgs, qPrintable(errorText(msgs)));
        QCOMPARE(msgs->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(msgs->at(i).uid, quint32(i + 1));
            QCOMPARE(msgs->at(i).messageId, "<h" + QByteArray::number(i + 1) + "@test>");
            QVERIFY(msgs->at(i).rfc822Size > 30);
        }
        QVERIFY(msgs->at(1).flags.contains(u"\\Seen"_s));
        QVERIFY(msgs->at(1).flags.contains(u"$Junk"_s));
        ok = c.uidStore(1, u"+FLAGS"_s, {u"\\Flagged"_s});
        QVERIFY2(ok, qPrintable(errorText(ok)));
        ok = c.logout();
        QVERIFY2(ok, qPrintable(errorText(ok)));

        const ProcessResult st = server.doveadm({u"mailbox"_s, u"status"_s, u"-u"_s, u"alice"_s, u"messages uidnext"_s,
                                                 u"INBOX"_s});
        QVERIFY2(st.ok(), qPrintable(st.describe()));
        QVERIFY2(st.out.contains("messages=3") && st.out.contains("uidnext=4"), st.out.constData());
        QVERIFY(QFile::exists(server.maildirOf(u"alice"_s) + u"/dovecot-uidlist"_s));

        processes += server.childPids();
        QVERIFY2(server.stop(&error), qPrintable(error));
        QVERIFY(!server.isRunning());
    }
    // Nothing of this instance may survive the test (the destructor ran stop() again).
    QVERIFY(!processAlive(master));
    for (qint64 pid : std::as_const(processes))
        QVERIFY2(!processAlive(pid), qPrintable(u"process %1 still running"_s.arg(pid)));
}

QTEST_GUILESS_MAIN(TestDovecotHarness)
#include "tst_dovecotharness.moc"
