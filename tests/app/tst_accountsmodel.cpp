// SPDX-License-Identifier: GPL-3.0-or-later
// AccountsModel against a live agent on a 300-account demo store: paging, agent-side
// filter and sort, stale answers, and QAbstractItemModelTester throughout.

#include "agentclient.h"
#include "api/methods.h"
#include "models/accountsmodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

class TestAccountsModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester();
    void rowCountMatchesTotal();
    void fetchMorePagesToTheEnd();
    void filterNarrowsRows();
    void sortBySizeDescending();
    void staleAnswersIgnored();
    void unsortableColumnKeepsOrder();

private:
    void loadAll(AccountsModel &model);
    static QStringList names(const AccountsModel &model);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AgentClient> m_client;
    QStringList m_allNames; // what accounts.list says, by name ascending
};

void TestAccountsModel::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_client = std::make_unique<AgentClient>();
    m_client->connectTo(localTransportFactory(m_store->localStore()));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Connected, 60'000);

    // Reference: the whole list in one call (300 < the 1000 page cap).
    bool done = false;
    m_client->call(api::method::AccountsList, {{u"limit"_s, 1000}}, this,
                   [&](const api::Response &r) {
        QVERIFY(!r.error);
        const QJsonObject o = r.result.toObject();
        QCOMPARE(o.value("total"_L1).toInteger(), 300);
        for (const auto &a : o.value("accounts"_L1).toArray())
            m_allNames << a.toObject().value("name"_L1).toString();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
    QCOMPARE(m_allNames.size(), 300);
}

void TestAccountsModel::cleanupTestCase()
{
    m_client.reset();
    m_store.reset(); // stops the daemon
}

void TestAccountsModel::loadAll(AccountsModel &model)
{
    QSignalSpy pages(&model, &AccountsModel::pageLoaded);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(pages.wait(30'000));
    }
}

QStringList TestAccountsModel::names(const AccountsModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, AccountsModel::Account).data(AccountsModel::NameRole).toString();
    return out;
}

void TestAccountsModel::modelTester()
{
    AccountsModel model(m_client.get());
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    loadAll(model);
    model.setFilter(u"example.org"_s);
    QVERIFY(loaded.wait(30'000));
    model.sort(AccountsModel::Size, Qt::DescendingOrder);
    QVERIFY(loaded.wait(30'000));
    loadAll(model);
    QVERIFY(model.rowCount() > 0);
}

void TestAccountsModel::rowCountMatchesTotal()
{
    AccountsModel model(m_client.get());
    model.setPageSize(200);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(model.rowCount(), 200); // one page, not the whole host
    QCOMPARE(model.total(), 300);
    QCOMPARE(model.hostTotal(), 300);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
}

void TestAccountsModel::fetchMorePagesToTheEnd()
{
    AccountsModel model(m_client.get());
    model.setPageSize(70);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    loadAll(model);
    QCOMPARE(model.rowCount(), 300);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(names(model), m_allNames); // same order, no gaps or duplicates across pages
}

void TestAccountsModel::filterNarrowsRows()
{
    const QString needle = u"ANNA"_s; // case-insensitive in the agent
    QStringList expected;
    for (const QString &n : m_allNames)
        if (n.contains(needle, Qt::CaseInsensitive))
            expected << n;
    QVERIFY2(!expected.isEmpty(), "the demo store should have an 'anna'");

    AccountsModel model(m_client.get());
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    model.setFilter(needle);
    QVERIFY(loaded.wait(30'000));
    loadAll(model);
    QCOMPARE(model.total(), expected.size());
    QCOMPARE(names(model), expected);
    QCOMPARE(model.hostTotal(), 300); // the unfiltered count survives filtering
}

void TestAccountsModel::sortBySizeDescending()
{
    AccountsModel model(m_client.get());
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.sort(AccountsModel::Size, Qt::DescendingOrder);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    loadAll(model);
    QCOMPARE(model.rowCount(), 300);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 size = model.index(r, AccountsModel::Size)
                                .data(AccountsModel::SortValueRole).toLongLong();
        QVERIFY2(size <= previous, qPrintable(u"row %1 grows"_s.arg(r)));
        previous = size;
    }
}

void TestAccountsModel::staleAnswersIgnored()
{
    AccountsModel model(m_client.get());
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.setFilter(u"a"_s);                    // many rows...
    model.setFilter(u"no-such-account-xyz"_s); // ...replaced before they arrive
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
    // The answer for "a" must not land later either.
    QTest::qWait(500);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loaded.count(), 1);
}

void TestAccountsModel::unsortableColumnKeepsOrder()
{
    AccountsModel model(m_client.get());
    for (int c = 0; c < AccountsModel::ColumnCount; ++c)
        QVERIFY(model.isSortable(c));
    QVERIFY(!model.isSortable(AccountsModel::ColumnCount));
    model.sort(AccountsModel::ColumnCount, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(AccountsModel::Account));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);

    // Every real column sorts on the agent: unread, descending, never increases.
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30'000));
    model.sort(AccountsModel::Unseen, Qt::DescendingOrder);
    QVERIFY(loaded.wait(30'000));
    QVERIFY(model.rowCount() > 1);
    qint64 prev = std::numeric_limits<qint64>::max();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 v = model.index(r, AccountsModel::Unseen).data(AccountsModel::SortValueRole).toLongLong();
        QVERIFY(v <= prev);
        prev = v;
    }
}

QTEST_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
