// SPDX-License-Identifier: GPL-3.0-or-later
// The host-wide index scan view on a real agent: a scan of the 300-account demo lists
// the accounts with findings; filtering narrows them; activating a row names the
// account; CSV export writes a header and one row per listed account that a CSV reader
// gets back exactly — including names with a comma, a quote and non-ASCII letters.

#include "agentclient.h"
#include "csvexport.h"
#include "localagent.h"
#include "models/jobsmodel.h"
#include "models/scanresultsmodel.h"
#include "teststore.h"
#include "widgets/scanview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

namespace {
// RFC 4180 reader, written apart from the writer so one cannot hide the other's bug.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QJsonObject finding(const QString &code, const QString &severity)
{
    return {{u"code"_s, code}, {u"severity"_s, severity}, {u"path"_s, u"/x"_s}, {u"detail"_s, u""_s}};
}
} // namespace

class TestScanView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvQuotesAwkwardNames();
    void hostScanListsProblemAccounts();
    void exportWritesHeaderAndRows();
    void verifySelectionListsEveryAccount();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<JobsModel> m_jobs;
    std::unique_ptr<ScanView> m_view;
    QTemporaryDir m_out;
};

void TestScanView::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_client = std::make_unique<AgentClient>();
    m_jobs = std::make_unique<JobsModel>(m_client.get());
    m_view = std::make_unique<ScanView>(m_client.get(), m_jobs.get());
    m_view->resize(1000, 600);
    m_view->show();
    m_client->connectTo(localTransportFactory(m_store->localStore()));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Connected, 60'000);
}

void TestScanView::cleanupTestCase()
{
    m_view.reset();
    m_jobs.reset();
    m_client.reset();
    m_store.reset();
}

void TestScanView::csvQuotesAwkwardNames()
{
    ScanResultsModel model;
    const QString awkward = u"Müller, \"Hans\"@example.org"_s;
    model.setResults(QJsonArray{
        QJsonObject{{u"account"_s, awkward}, {u"problems"_s, 2},
                    {u"findings"_s, QJsonArray{finding(u"uidlist-bad-line"_s, u"error"_s),
                                               finding(u"tmp-stale-file"_s, u"warning"_s)}}},
        QJsonObject{{u"account"_s, u"plain@example.org"_s}, {u"problems"_s, 0},
                    {u"findings"_s, QJsonArray{finding(u"uidlist-next-uid-stale"_s, u"info"_s)}}},
    });
    QCOMPARE(csv::field(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(csv::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(csv::field(u"plain"_s), u"plain"_s);
    const QByteArray bytes = csv::fromModel(model, ScanResultsModel::ExportRole);
    QVERIFY(bytes.contains("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{u"Account"_s, u"Problems"_s, u"Worst severity"_s, u"Codes"_s}));
    QCOMPARE(rows.at(1), (QStringList{awkward, u"2"_s, u"error"_s, u"uidlist-bad-line tmp-stale-file"_s}));
    QCOMPARE(rows.at(2), (QStringList{u"plain@example.org"_s, u"0"_s, u"info"_s, u"uidlist-next-uid-stale"_s}));
}

void TestScanView::hostScanListsProblemAccounts()
{
    QSignalSpy finished(m_view.get(), &ScanView::finished);
    QSignalSpy started(m_view.get(), &ScanView::jobStarted);
    m_view->startHostScan(false);
    QVERIFY(m_view->isRunning());
    QVERIFY(finished.wait(120'000));
    QCOMPARE(started.size(), 1);
    QVERIFY(!m_view->isRunning());
    ScanResultsModel *results = m_view->resultsModel();
    // The seed-7 demo damages a few accounts on purpose.
    QVERIFY2(results->rowCount() > 0, "the demo store has no account with index findings");
    for (int r = 0; r < results->rowCount(); ++r)
        QVERIFY(!results->index(r, ScanResultsModel::Codes).data().toString().isEmpty());

    // Filtering by a code narrows the list to the accounts that have it.
    const QString code = results->index(0, ScanResultsModel::Codes).data(ScanResultsModel::ExportRole)
                             .toString().section(u' ', 0, 0);
    auto *filter = m_view->findChild<QLineEdit *>(u"resultsFilterEdit"_s);
    QVERIFY(filter);
    filter->setText(code);
    QSortFilterProxyModel *proxy = m_view->proxyModel();
    QVERIFY(proxy->rowCount() >= 1 && proxy->rowCount() <= results->rowCount());
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, ScanResultsModel::Codes).data().toString().contains(code));

    // Enter on a row asks to open that account.
    QSignalSpy activated(m_view.get(), &ScanView::accountActivated);
    QTableView *view = m_view->resultsView();
    view->setFocus();
    view->setCurrentIndex(proxy->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), proxy->index(0, 0).data().toString());
    filter->clear();
}

void TestScanView::exportWritesHeaderAndRows()
{
    QSortFilterProxyModel *proxy = m_view->proxyModel();
    QVERIFY(proxy->rowCount() > 0);
    const QString file = m_out.filePath(u"scan.csv"_s);
    QString error;
    QVERIFY2(m_view->exportCsv(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
    QCOMPARE(rows.size(), proxy->rowCount() + 1);
    QCOMPARE(rows.first().first(), u"Account"_s);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        QCOMPARE(rows.at(r + 1).size(), 4);
        QCOMPARE(rows.at(r + 1).at(0), proxy->index(r, ScanResultsModel::Account).data().toString());
        QCOMPARE(rows.at(r + 1).at(1).toInt(), proxy->index(r, ScanResultsModel::Problems).data().toInt());
        QVERIFY(QStringList({u"error"_s, u"warning"_s, u"info"_s, u"ok"_s}).contains(rows.at(r + 1).at(2)));
    }
}

void TestScanView::verifySelectionListsEveryAccount()
{
    const QString sick = m_view->resultsModel()->accountName(0);
    QVERIFY(!sick.isEmpty());
    QSignalSpy finished(m_view.get(), &ScanView::finished);
    // One account with findings and one that does not exist: both are reported.
    m_view->verifyAccounts({sick, u"nobody@nowhere.invalid"_s});
    QVERIFY(finished.wait(60'000));
    QCOMPARE(m_view->resultsModel()->rowCount(), 1);
    QCOMPARE(m_view->resultsModel()->accountName(0), sick);
    auto *errorLabel = m_view->findChild<QLabel *>(u"scanErrorLabel"_s);
    QVERIFY(errorLabel && errorLabel->isVisible());
    QVERIFY(errorLabel->text().contains("nobody@nowhere.invalid"_L1));
}

QTEST_MAIN(TestScanView)
#include "tst_scanview.moc"
