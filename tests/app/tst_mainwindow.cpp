// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a real demo store: accounts load, filtering narrows them, Enter
// opens an account with its mailboxes and messages, Back returns, and a killed agent
// shows the inline banner while the window stays usable, Reconnect recovers. Several
// selected accounts make Verify name its count, and Ctrl+Shift+V lists them in the
// "Index health" tab; Ctrl+J toggles the jobs dock.

#include "agentclient.h"
#include "mainwindow.h"
#include "models/accountsmodel.h"
#include "models/mailboxesmodel.h"
#include "models/messagesmodel.h"
#include "models/scanresultsmodel.h"
#include "teststore.h"
#include "transport/processtransport.h"
#include "widgets/accountpage.h"
#include "widgets/hostpage.h"
#include "widgets/jobsdock.h"
#include "widgets/scanview.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void accountsPopulated();
    void filterNarrowsTheTable();
    void enterOpensAccount();
    void verifySeveralSelected();
    void ctrlJTogglesJobs();
    void lostAgentShowsBanner();

private:
    QStackedWidget *stack() const { return m_window->findChild<QStackedWidget *>(u"pageStack"_s); }

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_client = std::make_unique<AgentClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->resize(1280, 800);
    m_window->show();
    QCOMPARE(m_window->hostPage(), nullptr); // pages exist per host
    m_window->connectLocal(m_store->localStore());
    QVERIFY(m_window->hostPage());
    QSignalSpy loaded(m_window->hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_store.reset();
}

void TestMainWindow::accountsPopulated()
{
    AccountsModel *model = m_window->hostPage()->accountsModel();
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->total(), 300);
    QVERIFY(!m_window->hostName().isEmpty());
    QCOMPARE(stack()->currentWidget(), m_window->hostPage());
    QVERIFY(!m_window->isBannerVisible());
}

void TestMainWindow::filterNarrowsTheTable()
{
    AccountsModel *model = m_window->hostPage()->accountsModel();
    auto *filter = m_window->hostPage()->findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(filter);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QSignalSpy loaded(model, &AccountsModel::loaded);
    QTest::keyClicks(filter, u"example.org"_s);
    QVERIFY(loaded.wait(30'000)); // debounced: typing sends one query
    QTRY_COMPARE(model->filter(), u"example.org"_s);
    QVERIFY(model->total() > 0 && model->total() < 300);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->accountName(r).contains("example.org"_L1));
    filter->clear();
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(model->total(), 300);
}

void TestMainWindow::enterOpensAccount()
{
    QTableView *view = m_window->hostPage()->accountsView();
    const QString name = m_window->hostPage()->accountsModel()->accountName(0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    AccountPage *page = m_window->accountPage();
    QSignalSpy loaded(page, &AccountPage::loaded);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(loaded.wait(30'000));
    QCOMPARE(stack()->currentWidget(), page);
    QCOMPARE(page->accountName(), name);
    QVERIFY(page->mailboxesModel()->rowCount() > 0);
    QCOMPARE(page->mailboxesModel()->mailboxName(0), u"INBOX"_s);
    QCOMPARE(page->messagesModel()->mailbox(), u"INBOX"_s);
    QVERIFY(page->summaryText().contains(name));

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(stack()->currentWidget(), m_window->hostPage());
}

void TestMainWindow::verifySeveralSelected()
{
    HostPage *host = m_window->hostPage();
    QTableView *view = host->accountsView();
    view->setFocus();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(host->selectedAccounts().size(), 2);
    auto *verify = m_window->findChild<QAction *>(u"actionVerify"_s);
    QVERIFY(verify && verify->isEnabled());
    QCOMPARE(verify->text(), u"&Verify 2 account(s)"_s); // untranslated in tests

    QSignalSpy finished(host->scanView(), &ScanView::finished);
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(60'000));
    QVERIFY(host->isScanShown());
    QCOMPARE(host->scanView()->resultsModel()->rowCount(), 2);
}

void TestMainWindow::ctrlJTogglesJobs()
{
    JobsDock *dock = m_window->jobsDock();
    const bool before = dock->isVisible();
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(dock->isVisible(), !before);
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(dock->isVisible(), before);
}

void TestMainWindow::lostAgentShowsBanner()
{
    auto *transport = qobject_cast<ProcessTransport *>(m_client->transport());
    QVERIFY(transport);
    QCOMPARE(::kill(pid_t(transport->processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Lost, 30'000);
    QVERIFY(m_window->isBannerVisible());
    QVERIFY(!m_window->bannerHeadline().isEmpty());
    // What was loaded stays on screen.
    QVERIFY(m_window->hostPage()->accountsModel()->rowCount() > 0);

    auto *reconnect = m_window->findChild<QPushButton *>(u"reconnectButton"_s);
    QVERIFY(reconnect && reconnect->isVisible());
    QSignalSpy loaded(m_window->hostPage()->accountsModel(), &AccountsModel::loaded);
    reconnect->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Connected, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30'000); // views reload by themselves
    QVERIFY(!m_window->isBannerVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
