// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maildir/account.h"
#include "maildirfixture.h"

#include <QTest>

using namespace mailstore::core;
using namespace mailstore::core::maildir;

class TestAccount : public QObject {
    Q_OBJECT
private slots:
    void scanSumsMailboxes()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        const std::string md = root + "/example.org/alice/Maildir";
        QVERIFY(fixture::makeMaildir(md));
        QVERIFY(fixture::writeFile(md + "/new/1700000100.a,S=100"));
        QVERIFY(fixture::writeFile(md + "/cur/1700000200.b,S=200:2,S"));
        QVERIFY(fixture::makeMaildir(md + "/.Sent"));
        QVERIFY(fixture::writeFile(md + "/.Sent/cur/1700000500.c,S=50:2,S"));
        QVERIFY(fixture::makeMaildir(md + "/.Archive.2024", true, false)); // new/ missing
        QVERIFY(fixture::writeFile(md + "/.Archive.2024/cur/1600000000.d,S=1000:2,"));
        QVERIFY(fixture::writeFile(md + "/.Archive.2024/cur/1600000001.e"));

        const auto layout = MailLayout::parse("%d/%n/Maildir");
        QVERIFY(layout);
        const auto accounts = layout->discover(root);
        QVERIFY(accounts && accounts->size() == 1);
        const auto detail = scanAccount(accounts->front());
        QVERIFY(detail);
        const AccountSummary &s = detail->summary;
        QCOMPARE(s.name, std::string("alice@example.org"));
        QCOMPARE(s.domain, std::string("example.org"));
        QCOMPARE(s.mailboxes, 3u);
        QCOMPARE(s.messages, quint64(5));
        QCOMPARE(s.unseen, quint64(3)); // new/a, Archive d (no S), Archive e (no info)
        QCOMPARE(s.bytes, quint64(100 + 200 + 50 + 1000 + 0));
        QCOMPARE(s.lastDelivery, qint64(1700000500));
        QCOMPARE(detail->mailboxes.size(), size_t(3));
        QCOMPARE(detail->mailboxes[1].info.name, std::string("Archive/2024"));
        QCOMPARE(detail->mailboxes[1].stats.messages, quint64(2));
        QCOMPARE(detail->mailboxes[2].info.name, std::string("Sent"));
        QCOMPARE(detail->mailboxes[2].stats.bytes, quint64(50));
        // Findings: missing new/, zero-byte e, e without ":2,". Only the first two are
        // problems; a name without ":2," is Info (Dovecot reads it fine).
        QCOMPARE(s.findings, 2u);
        QCOMPARE(s.health, Health::Warning);
        QCOMPARE(detail->findings.size(), size_t(3));
        QCOMPARE(fixture::countFindings(detail->findings, findingcode::MissingSubfolder), 1);
        QCOMPARE(fixture::countFindings(detail->findings, findingcode::ZeroByteMessage), 1);
        QCOMPARE(fixture::countFindings(detail->findings, findingcode::NameWithoutInfo), 1);
    }

    void emptyAndMissingAccount()
    {
        QTemporaryDir tmp;
        const std::string md = fixture::tempRoot(tmp) + "/bob/Maildir";
        QVERIFY(fixture::makeMaildir(md));
        const AccountLocation loc{"bob", "bob", "", md};
        const auto detail = scanAccount(loc);
        QVERIFY(detail);
        QCOMPARE(detail->summary.messages, quint64(0));
        QCOMPARE(detail->summary.lastDelivery, qint64(0));
        QCOMPARE(detail->summary.mailboxes, 1u);
        QCOMPARE(detail->summary.domain, std::string());

        const AccountLocation gone{"gone", "gone", "", fixture::tempRoot(tmp) + "/gone/Maildir"};
        const auto missing = scanAccount(gone);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
