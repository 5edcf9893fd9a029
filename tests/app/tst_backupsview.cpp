// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups tab on a real agent with a real backup target: backups made by the core
// before the agent starts fill the targets and catalog models from backup.targets and
// backup.list; the host page warns about the unverified one; "Back up now" and "Verify"
// run as jobs in the Jobs dock and the tab and warning follow their results; the
// support role does not see them; the account page backs up its account.

#include "agentclient.h"
#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/maildir/maillayout.h"
#include "fleet/hostconnection.h"
#include "mainwindow.h"
#include "models/accountsmodel.h"
#include "models/backupsmodel.h"
#include "models/backuptargetsmodel.h"
#include "models/jobsmodel.h"
#include "teststore.h"
#include "widgets/accountpage.h"
#include "widgets/backupsview.h"
#include "widgets/hostpage.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

namespace {
std::filesystem::path fsPath(const QString &p)
{
    return std::filesystem::path(QFile::encodeName(p).toStdString());
}

} // namespace

class TestBackupsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostPageWarns();
    void modelsFillFromTheAgent();
    void backUpNowRunsAJob();
    void verifyClearsTheWarning();
    void supportRoleHidesActions();
    void accountPageBacksUp();

private:
    QJsonObject waitForJob(const QString &kind);
    QString writeConfig(const QString &name, const QByteArray &extra = {});

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_tmp;
    QString m_target;
    QStringList m_accounts;      // the two backed-up accounts, sorted
    QStringList m_ids;           // their backups, in creation order
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QString TestBackupsView::writeConfig(const QString &name, const QByteArray &extra)
{
    const QString config = m_tmp.filePath(name);
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("backup_targets=onsite:" + QFile::encodeName(m_target) + "\n" + extra);
    return config;
}

void TestBackupsView::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(12, 11, 0.05);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_target = m_tmp.filePath(u"onsite"_s);
    QVERIFY(QDir().mkpath(m_target));
    // Two accounts of the store, found as the agent finds them (sorted by name).
    auto layout = core::maildir::MailLayout::parse(core::maildir::MailLayout::DefaultPattern);
    QVERIFY(layout);
    auto found = layout->discover(fsPath(m_store->root()));
    QVERIFY(found && found->size() >= 2);
    std::vector<core::maildir::AccountLocation> locations{(*found)[0], (*found)[1]};
    m_accounts = {QString::fromStdString(locations[0].name), QString::fromStdString(locations[1].name)};
    // A week ago and a day ago; only the first verified.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 2; ++i) {
        core::archive::BackupOptions options;
        options.now = now - (i == 0 ? 7 : 1) * 86400;
        auto made = core::archive::createBackup(locations[std::size_t(i)], fsPath(m_target), options);
        QVERIFY2(made, made ? "" : made.error().detail.c_str());
        m_ids << QString::fromStdString(made->entry.id);
        if (i == 0)
            QVERIFY(core::archive::verifyBackup(made->archive));
    }
    LocalStore local = m_store->localStore();
    local.extraArgs << u"--config"_s << writeConfig(u"agent.conf"_s);
    m_client = std::make_unique<AgentClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->connectLocal(local);
    QSignalSpy loaded(m_window->hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
}

void TestBackupsView::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_store.reset();
}

void TestBackupsView::hostPageWarns()
{
    HostPage *page = m_window->hostPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->hostInfo().value("backups"_L1).toObject().value("attention"_L1).toInt(), 1,
                              30'000);
    QVERIFY(page->backupWarning().startsWith(u"⚠ 1 backup(s) never verified or failed verify."_s));
    QVERIFY(page->backupWarning().contains(u"<a href=\"backups\">Show backups</a>"_s));
    QVERIFY(!page->isBackupsShown());
}

void TestBackupsView::modelsFillFromTheAgent()
{
    HostPage *page = m_window->hostPage();
    BackupsView *view = page->backupsView();
    QSignalSpy catalog(view, &BackupsView::catalogLoaded);
    page->showBackups(); // as the warning's link does
    QVERIFY(catalog.wait(30'000));
    BackupTargetsModel *targets = view->targetsModel();
    QCOMPARE(targets->rowCount(), 1);
    QCOMPARE(targets->index(0, BackupTargetsModel::Name).data().toString(), u"onsite"_s);
    QCOMPARE(targets->index(0, BackupTargetsModel::Path).data().toString(), m_target);
    QCOMPARE(targets->index(0, BackupTargetsModel::Backups).data().toString(), u"2"_s);
    QCOMPARE(targets->index(0, BackupTargetsModel::Attention).data().toString(), u"⚠ 1"_s);
    QCOMPARE(view->currentTarget(), u"onsite"_s);

    BackupsModel *backups = view->backupsModel();
    QCOMPARE(backups->rowCount(), 2);
    // Newest first: the day-old, never verified backup of the second account.
    QCOMPARE(backups->backupId(0), m_ids[1]);
    QCOMPARE(backups->accountOf(0), m_accounts[1]);
    QCOMPARE(backups->index(0, BackupsModel::Verified).data().toString(), u"never verified"_s);
    QCOMPARE(backups->index(0, BackupsModel::Verified).data(BackupsModel::StateRole).toString(), u"never"_s);
    QCOMPARE(backups->index(0, BackupsModel::Kind).data().toString(), u"full"_s);
    QCOMPARE(backups->backupId(1), m_ids[0]);
    QCOMPARE(backups->index(1, BackupsModel::Verified).data(BackupsModel::StateRole).toString(), u"good"_s);
    QVERIFY(backups->index(1, BackupsModel::Verified).data().toString().startsWith(u"good, "_s));
    QVERIFY(!backups->index(1, BackupsModel::Verified).data(Qt::DecorationRole).isNull());
    // The messages count is the account's, as the core's catalog entry has it.
    const auto entries = core::archive::readCatalog(fsPath(m_target));
    QVERIFY(entries);
    QCOMPARE(backups->index(1, BackupsModel::Messages).data(BackupsModel::SortRole).toLongLong(),
             qint64(entries->find(m_ids[0].toStdString())->messages));
    QCOMPARE(backups->index(1, BackupsModel::Stored).data(BackupsModel::SortRole).toLongLong(),
             qint64(entries->find(m_ids[0].toStdString())->stored));
}

QJsonObject TestBackupsView::waitForJob(const QString &kind)
{
    QSignalSpy finished(m_window->jobsModel(), &JobsModel::jobFinished);
    for (int i = 0; i < 10; ++i) {
        if (!finished.wait(60'000))
            return {};
        const QJsonObject job = finished.last().first().toJsonObject();
        if (job.value("kind"_L1).toString() == kind)
            return job;
    }
    return {};
}

void TestBackupsView::backUpNowRunsAJob()
{
    BackupsView *view = m_window->hostPage()->backupsView();
    QVERIFY(view->backUpAction()->isVisible());
    // The accounts of the selected backup rows; incremental on its full backup.
    view->backupsView()->selectRow(1);
    QCOMPARE(view->accountsToBackUp(), QStringList{m_accounts[0]});
    view->incrementalCheck()->setChecked(true);
    QSignalSpy catalog(view, &BackupsView::catalogLoaded);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    const QJsonObject job = waitForJob(u"backup.create"_s);
    QCOMPARE(job.value("state"_L1).toString(), u"succeeded"_s);
    QCOMPARE(JobsModel::kindText(job.value("kind"_L1).toString()), u"Backup"_s);
    QCOMPARE(JobsModel::resultText(job), u"1 backup(s) made"_s); // untranslated in tests
    QCOMPARE(m_window->jobsModel()->rowCount() >= 1, true);
    QVERIFY(catalog.wait(30'000)); // the tab reloads when its job ends
    BackupsModel *backups = view->backupsModel();
    QCOMPARE(backups->rowCount(), 3);
    QCOMPARE(backups->accountOf(0), m_accounts[0]);
    QVERIFY(backups->index(0, BackupsModel::Kind).data().toString().startsWith(u"incremental on "_s));
    QCOMPARE(backups->backup(0).value("parent"_L1).toString(), m_ids[0]);
    QCOMPARE(backups->index(0, BackupsModel::Verified).data(BackupsModel::StateRole).toString(), u"never"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostPage()->hostInfo().value("backups"_L1).toObject()
                                  .value("attention"_L1).toInt(), 2, 30'000);
    QVERIFY(m_window->hostPage()->backupWarning().startsWith(u"⚠ 2 backup(s)"_s));
}

void TestBackupsView::verifyClearsTheWarning()
{
    BackupsView *view = m_window->hostPage()->backupsView();
    view->backupsView()->selectAll();
    QCOMPARE(view->selectedBackupIds().size(), 3);
    QCOMPARE(view->verifyAction()->text(), u"&Verify 3 backup(s)"_s); // untranslated in tests
    QSignalSpy catalog(view, &BackupsView::catalogLoaded);
    view->verifyAction()->trigger();
    const QJsonObject job = waitForJob(u"backup.verify"_s);
    QCOMPARE(job.value("state"_L1).toString(), u"succeeded"_s);
    QCOMPARE(JobsModel::resultText(job), u"3 backup(s) verified, all good"_s);
    QVERIFY(catalog.wait(30'000));
    BackupsModel *backups = view->backupsModel();
    for (int r = 0; r < backups->rowCount(); ++r)
        QCOMPARE(backups->index(r, BackupsModel::Verified).data(BackupsModel::StateRole).toString(), u"good"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->hostPage()->backupWarning(), QString(), 30'000);
    QCOMPARE(view->targetsModel()->index(0, BackupTargetsModel::Attention).data().toString(), u"none"_s);
}

void TestBackupsView::supportRoleHidesActions()
{
    // The same target on a host (a store and daemon of its own) where this user is
    // support staff.
    const QString config = writeConfig(u"support.conf"_s,
                                       "support_users=" + QByteArray(::getpwuid(::getuid())->pw_name) + "\n");
    test::TestStore store(10, 5, 0.05);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    LocalStore local = store.localStore();
    local.extraArgs << u"--config"_s << config;
    AgentClient client;
    MainWindow window(&client);
    window.connectLocal(local);
    QSignalSpy loaded(window.hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentHost()->callerRole(), u"support"_s, 30'000);
    BackupsView *view = window.hostPage()->backupsView();
    QSignalSpy catalog(view, &BackupsView::catalogLoaded);
    window.hostPage()->showBackups();
    QVERIFY(catalog.wait(30'000));
    QCOMPARE(view->backupsModel()->rowCount(), 3); // they may look
    QVERIFY(!view->backUpAction()->isVisible());   // but not act: hidden, not greyed
    QVERIFY(!view->verifyAction()->isVisible());
    QVERIFY(!view->restoreAction()->isVisible());
    QVERIFY(!view->incrementalCheck()->isVisible());
    // Nor on the account page.
    QVERIFY(!window.findChild<QAction *>(u"actionBackUpAccount"_s)->isVisible());
    QVERIFY(!window.findChild<QAction *>(u"actionRestoreAccount"_s)->isVisible());
    QVERIFY(window.accountPage()->findChild<QToolButton *>(u"backupsButton"_s)->isHidden());
}

void TestBackupsView::accountPageBacksUp()
{
    // On the account page, Ctrl+B backs up that account (incremental on its last backup).
    QAction *backUp = m_window->findChild<QAction *>(u"actionBackUpAccount"_s);
    QVERIFY(backUp);
    QVERIFY(!backUp->isEnabled()); // not on the host page: the Backups tab has its own
    AccountPage *page = m_window->accountPage();
    QSignalSpy loaded(page, &AccountPage::loaded);
    m_window->openAccount(m_accounts[1]);
    QVERIFY(loaded.wait(30'000));
    QVERIFY(backUp->isEnabled() && backUp->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    const QJsonObject job = waitForJob(u"backup.create"_s);
    QCOMPARE(job.value("state"_L1).toString(), u"succeeded"_s);
    const QJsonArray made = job.value("result"_L1).toObject().value("backups"_L1).toArray();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().toObject().value("account"_L1).toString(), m_accounts[1]);
    QCOMPARE(made.first().toObject().value("incremental"_L1).toBool(), true);
}

QTEST_MAIN(TestBackupsView)
#include "tst_backupsview.moc"
