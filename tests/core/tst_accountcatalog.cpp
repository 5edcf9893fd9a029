// SPDX-License-Identifier: GPL-3.0-or-later
// The account catalog: querying (filter, problems, sort, paging) and refreshing only
// what changed, on real Maildir trees.
#include "core/catalog/accountcatalog.h"
#include "maildirfixture.h"

#include <QTest>

using namespace mailstore::core;
using namespace fixture;

namespace {
constexpr time_t Old = 1700000000; // folders "last changed" long ago: stamps are trusted

void age(const std::string &dir)
{
    const timeval times[2] = {{Old, 0}, {Old, 0}};
    ::utimes(dir.c_str(), times);
}

// domain/user with `messages` seen messages of `size` bytes each in INBOX.
void makeAccount(const std::string &root, const std::string &domain, const std::string &user, int messages,
                 int size, time_t newest = 1790000000)
{
    const std::string md = root + "/" + domain + "/" + user + "/Maildir";
    QVERIFY(makeMaildir(md));
    // A uidlist, as Dovecot keeps one: cur/ mail without it is an index problem.
    std::string uidlist = "3 V1700000000 N" + std::to_string(messages + 1) + "\n";
    for (int i = 0; i < messages; ++i) {
        const std::string base = std::to_string(newest - messages + 1 + i) + ".M" + std::to_string(i) + "P1.host,S="
            + std::to_string(size);
        QVERIFY(writeFile(md + "/cur/" + base + ":2,S", std::string(size_t(size), 'x')));
        uidlist += std::to_string(i + 1) + " :" + base + "\n";
    }
    QVERIFY(writeFile(md + "/dovecot-uidlist", uidlist));
    age(md);
    age(md + "/cur");
    age(md + "/new");
}

std::vector<std::string> names(const catalog::Page &p)
{
    std::vector<std::string> out;
    for (const auto &a : p.accounts)
        out.push_back(a.name);
    return out;
}
} // namespace

class TestAccountCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void buildCountsAndFinds();
    void filterIsCaseInsensitiveSubstring();
    void sortAndPage();
    void problemsOnly();
    void refreshRescansOnlyChangedAccounts();
    void refreshSeesNewAndRemovedAccounts();
    void racyStampIsRescanned();
    void unreadableRootIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_root;
    catalog::AccountCatalog make() { return catalog::AccountCatalog(m_root, *maildir::MailLayout::parse("%d/%n/Maildir")); }
};

void TestAccountCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = tempRoot(*m_dir);
    makeAccount(m_root, "example.org", "alice", 3, 100);
    makeAccount(m_root, "example.org", "Bob", 10, 50, 1790000500);
    makeAccount(m_root, "example.net", "carol", 1, 5000, 1780000000);
    makeAccount(m_root, "example.net", "dave", 0, 0);
}

void TestAccountCatalog::buildCountsAndFinds()
{
    auto cat = make();
    QVERIFY(!cat.ready());
    auto stats = cat.build(2);
    QVERIFY(stats);
    QCOMPARE(stats->accounts, size_t(4));
    QCOMPARE(stats->rescanned, size_t(4));
    QVERIFY(cat.ready());
    QCOMPARE(cat.size(), size_t(4));
    QCOMPARE(cat.progressDone(), size_t(4));
    const auto t = cat.totals();
    QCOMPARE(t.messages, std::uint64_t(14));
    QCOMPARE(t.bytes, std::uint64_t(300 + 500 + 5000));
    QVERIFY(cat.find("Bob@example.org"));
    QCOMPARE(cat.find("Bob@example.org")->maildir.string(), m_root + "/example.org/Bob/Maildir");
    QVERIFY(!cat.find("bob@example.org")); // names are exact; only the filter ignores case
}

void TestAccountCatalog::filterIsCaseInsensitiveSubstring()
{
    auto cat = make();
    QVERIFY(cat.build());
    catalog::Query q;
    q.filter = "EXAMPLE.ORG";
    auto page = cat.query(q);
    QCOMPARE(page.total, size_t(2));
    QCOMPARE(names(page), (std::vector<std::string>{"Bob@example.org", "alice@example.org"}));
    q.filter = "bob";
    QCOMPARE(names(cat.query(q)), std::vector<std::string>{"Bob@example.org"});
    q.filter = "zzz";
    page = cat.query(q);
    QCOMPARE(page.total, size_t(0));
    QVERIFY(page.accounts.empty());
}

void TestAccountCatalog::sortAndPage()
{
    auto cat = make();
    QVERIFY(cat.build());
    catalog::Query q;
    q.sort = catalog::SortKey::Size;
    q.descending = true;
    QCOMPARE(names(cat.query(q)), (std::vector<std::string>{"carol@example.net", "Bob@example.org",
                                                            "alice@example.org", "dave@example.net"}));
    q.sort = catalog::SortKey::Messages;
    q.descending = false;
    q.offset = 1;
    q.limit = 2;
    auto page = cat.query(q);
    QCOMPARE(page.total, size_t(4));
    QCOMPARE(names(page), (std::vector<std::string>{"carol@example.net", "alice@example.org"}));
    q.sort = catalog::SortKey::LastDelivery;
    q.descending = true;
    q.offset = 0;
    q.limit = 1;
    QCOMPARE(names(cat.query(q)), std::vector<std::string>{"Bob@example.org"});
    q.sort = catalog::SortKey::Name;
    q.descending = true;
    q.limit = 10;
    QCOMPARE(names(cat.query(q)).front(), std::string("dave@example.net"));
    q.offset = 4;
    QVERIFY(cat.query(q).accounts.empty());
}

void TestAccountCatalog::problemsOnly()
{
    // A zero-byte message is a finding: that account has a problem.
    QVERIFY(writeFile(m_root + "/example.net/dave/Maildir/cur/1790000000.M1P1.host:2,S"));
    age(m_root + "/example.net/dave/Maildir/cur");
    auto cat = make();
    QVERIFY(cat.build());
    catalog::Query q;
    q.problemsOnly = true;
    auto page = cat.query(q);
    QCOMPARE(names(page), std::vector<std::string>{"dave@example.net"});
    QVERIFY(page.accounts.front().findings > 0);
    QCOMPARE(cat.totals().withProblems, size_t(1));
}

void TestAccountCatalog::refreshRescansOnlyChangedAccounts()
{
    auto cat = make();
    QVERIFY(cat.build());
    auto r = cat.refresh();
    QVERIFY(r);
    QCOMPARE(r->rescanned, size_t(0));

    // A delivery into alice's new/ changes that folder's mtime: only alice is rescanned.
    QVERIFY(writeFile(m_root + "/example.org/alice/Maildir/new/1790000999.M9P9.host,S=7", "abcdefg"));
    r = cat.refresh();
    QCOMPARE(r->rescanned, size_t(1));
    catalog::Query q;
    q.filter = "alice";
    const auto a = cat.query(q).accounts.front();
    QCOMPARE(a.messages, std::uint64_t(4));
    QCOMPARE(a.unseen, std::uint64_t(1));
    QCOMPARE(a.bytes, std::uint64_t(307));
    QCOMPARE(a.lastDelivery, std::int64_t(1790000999));
}

void TestAccountCatalog::refreshSeesNewAndRemovedAccounts()
{
    auto cat = make();
    QVERIFY(cat.build());
    makeAccount(m_root, "example.com", "erin", 2, 10);
    QVERIFY(QDir(QString::fromStdString(m_root + "/example.net/carol")).removeRecursively());
    auto r = cat.refresh();
    QCOMPARE(r->accounts, size_t(4));
    QCOMPARE(r->rescanned, size_t(1));
    QVERIFY(cat.find("erin@example.com"));
    QVERIFY(!cat.find("carol@example.net"));
}

void TestAccountCatalog::racyStampIsRescanned()
{
    // Folders changed just now may change again within one timestamp tick; the catalog
    // must not trust them, or a delivery right after a scan would go unseen.
    const std::string cur = m_root + "/example.org/alice/Maildir/cur";
    QVERIFY(writeFile(cur + "/1790000001.M7P7.host,S=3:2,S", "abc")); // cur/ mtime = now
    auto cat = make();
    QVERIFY(cat.build());
    QVERIFY(writeFile(cur + "/1790000002.M8P8.host,S=3:2,S", "abc")); // possibly same tick
    auto r = cat.refresh();
    QVERIFY(r->rescanned >= 1);
    catalog::Query q;
    q.filter = "alice";
    QCOMPARE(cat.query(q).accounts.front().messages, std::uint64_t(5));
}

void TestAccountCatalog::unreadableRootIsAnError()
{
    catalog::AccountCatalog cat(m_root + "/does-not-exist", *maildir::MailLayout::parse("%d/%n/Maildir"));
    auto r = cat.build();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(!cat.ready());
}

QTEST_GUILESS_MAIN(TestAccountCatalog)
#include "tst_accountcatalog.moc"
