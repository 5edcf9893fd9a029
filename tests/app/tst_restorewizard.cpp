// SPDX-License-Identifier: GPL-3.0-or-later
// The restore wizard on a real agent: the chain comes from backup.list, the preview from
// restore.preview. A message deleted after the backup comes back into the live INBOX: such
// a plan keeps Finish disabled until the
// target account's name is typed exactly; a restore into a new folder needs no typing.
// Finish starts restore.start and the job appears in the Jobs dock and succeeds.

#include "agentclient.h"
#include "api/methods.h"
#include "core/archive/backupwriter.h"
#include "core/maildir/maillayout.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "teststore.h"
#include "widgets/backupsview.h"
#include "widgets/hostpage.h"
#include "widgets/jobsdock.h"
#include "widgets/restorewizard.h"
#include "widgets/restorewizardpages.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

class TestRestoreWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void chainAndPreviewFromTheAgent();
    void liveRestoreNeedsTheTypedName();
    void newFolderNeedsNoTyping();
    void oneMailboxAndDates();

private:
    RestoreWizard *openAtPreview(const std::function<void(RestoreWizard *)> &choose);

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_tmp;
    QString m_target, m_from, m_id;
    quint64 m_messages = 0;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestRestoreWizard::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(12, 13, 0.05);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_target = m_tmp.filePath(u"onsite"_s);
    QVERIFY(QDir().mkpath(m_target));
    auto layout = core::maildir::MailLayout::parse(core::maildir::MailLayout::DefaultPattern);
    QVERIFY(layout);
    auto found = layout->discover(QFile::encodeName(m_store->root()).toStdString());
    QVERIFY(found && !found->empty());
    // An account with a few messages in its INBOX, so some are "already there".
    const auto chosen = std::find_if(found->begin(), found->end(), [](const auto &a) {
        return QDir(QFile::decodeName(a.maildir.c_str()) + u"/cur"_s).entryList(QDir::Files).size() >= 3;
    });
    QVERIFY(chosen != found->end());
    auto made = core::archive::createBackup(*chosen, QFile::encodeName(m_target).toStdString());
    QVERIFY(made);
    QVERIFY(made->entry.messages > 0);
    m_from = QString::fromStdString(chosen->name);
    m_id = QString::fromStdString(made->entry.id);
    m_messages = made->entry.messages;
    // Someone deletes a message after the backup: restoring it writes into a live INBOX.
    const QString cur = QFile::decodeName(chosen->maildir.c_str()) + u"/cur"_s;
    const QStringList files = QDir(cur).entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QVERIFY(QFile::remove(cur + u'/' + files.first()));
    const QString config = m_tmp.filePath(u"agent.conf"_s);
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("backup_targets=onsite:" + QFile::encodeName(m_target) + "\n");
    f.close();
    LocalStore local = m_store->localStore();
    local.extraArgs << u"--config"_s << config;
    m_client = std::make_unique<AgentClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->connectLocal(local);
    QSignalSpy loaded(m_window->hostPage(), &HostPage::loaded);
    QVERIFY(loaded.wait(60'000));
    QSignalSpy catalog(m_window->hostPage()->backupsView(), &BackupsView::catalogLoaded);
    m_window->hostPage()->showBackups();
    QVERIFY(catalog.wait(30'000));
}

void TestRestoreWizard::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_store.reset();
}

RestoreWizard *TestRestoreWizard::openAtPreview(const std::function<void(RestoreWizard *)> &choose)
{
    BackupsView *view = m_window->hostPage()->backupsView();
    view->backupsView()->selectRow(0);
    RestoreWizard *wizard = view->openRestore();
    if (!wizard)
        return nullptr;
    QSignalSpy chain(wizard, &RestoreWizard::chainLoaded);
    if (!wizard->isChainLoaded() && !chain.wait(30'000))
        return nullptr;
    choose(wizard);
    QSignalSpy preview(wizard, &RestoreWizard::previewLoaded);
    wizard->goToPreview();
    if (!preview.wait(30'000))
        return nullptr;
    return wizard;
}

void TestRestoreWizard::chainAndPreviewFromTheAgent()
{
    RestoreWizard *wizard = openAtPreview([](RestoreWizard *) {});
    QVERIFY(wizard);
    QCOMPARE(wizard->account(), m_from);
    QCOMPARE(wizard->chain().size(), 1);
    QCOMPARE(wizard->chain().first().toObject().value("id"_L1).toString(), m_id);
    QCOMPARE(wizard->currentId(), int(RestoreWizard::PreviewPage));
    // Into the original account: the deleted message comes back, the rest is there.
    const QJsonObject plan = wizard->preview();
    QCOMPARE(plan.value("backup"_L1).toString(), m_id);
    QCOMPARE(plan.value("into"_L1).toString(), m_from);
    QCOMPARE(plan.value("messages"_L1).toInteger(), 1);
    QCOMPARE(plan.value("alreadyPresent"_L1).toInteger(), qint64(m_messages) - 1);
    QCOMPARE(plan.value("archives"_L1).toArray(), QJsonArray{m_id});
    QCOMPARE(wizard->isLive(), true);
    QVERIFY(wizard->previewPage()->summaryText().startsWith(
        u"<b>1 messages ("_s)); // counts as the agent sent them
    wizard->reject();
}

void TestRestoreWizard::liveRestoreNeedsTheTypedName()
{
    RestoreWizard *wizard = openAtPreview([](RestoreWizard *) {});
    QVERIFY(wizard);
    QCOMPARE(wizard->requestParams().value("account"_L1).toString(), m_from);
    QCOMPARE(wizard->isLive(), true); // the account's INBOX exists and gets a message
    QTreeWidget *plan = wizard->previewPage()->mailboxesView();
    QVERIFY(plan->topLevelItemCount() > 0);
    QCOMPARE(plan->topLevelItem(0)->text(0), u"INBOX"_s);
    QCOMPARE(plan->topLevelItem(0)->text(1), u"INBOX (exists)"_s);
    QCOMPARE(plan->topLevelItem(0)->text(2), u"1"_s);

    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QLineEdit *confirm = wizard->previewPage()->confirmField();
    QVERIFY(confirm->isVisible());
    QVERIFY(!finish->isEnabled());
    QTest::keyClicks(confirm, m_from.left(m_from.size() - 1));
    QVERIFY(!finish->isEnabled()); // almost is not enough
    QTest::keyClicks(confirm, m_from.right(1) + u' ');
    QVERIFY(!finish->isEnabled()); // nor a trailing space
    QTest::keyClick(confirm, Qt::Key_Backspace);
    QCOMPARE(confirm->text(), m_from);
    QVERIFY(finish->isEnabled());

    QSignalSpy started(wizard, &RestoreWizard::jobStarted);
    QSignalSpy finished(m_window->jobsModel(), &JobsModel::jobFinished);
    finish->click();
    QVERIFY(started.wait(30'000));
    const QString id = started.first().first().toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_window->jobsDock()->isVisible()); // shown in the dock at once
    auto ours = [&finished, id] {
        for (const QList<QVariant> &args : finished) {
            if (args.first().toJsonObject().value("id"_L1).toString() == id)
                return args.first().toJsonObject();
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!ours().isEmpty(), 60'000);
    const QJsonObject job = ours();
    QCOMPARE(job.value("kind"_L1).toString(), u"restore"_s);
    QVERIFY2(job.value("state"_L1).toString() == "succeeded"_L1,
             QJsonDocument(job).toJson().constData());
    QCOMPARE(job.value("result"_L1).toObject().value("restored"_L1).toInteger(), 1);
    // Finish started one job, not one per validation of the page.
    JobsModel *jobs = m_window->jobsModel();
    int restores = 0;
    for (int r = 0; r < jobs->rowCount(); ++r)
        restores += jobs->job(jobs->jobId(r)).value("kind"_L1).toString() == "restore"_L1 ? 1 : 0;
    QCOMPARE(restores, 1);
    QCOMPARE(JobsModel::kindText(job.value("kind"_L1).toString()), u"Restore"_s);
    // The account has all its messages again, as the agent counts them now.
    qint64 messages = -1;
    m_client->call(api::method::AccountGet, QJsonObject{{u"name"_s, m_from}}, this,
                   [&messages](const api::Response &r) {
        messages = r.error ? -2
                           : r.result.toObject().value("account"_L1).toObject().value("messages"_L1).toInteger();
    });
    QTRY_VERIFY_WITH_TIMEOUT(messages != -1, 30'000);
    QCOMPARE(messages, qint64(m_messages));
    QCOMPARE(JobsModel::resultText(job),
             u"1 message(s) restored, %1 already there"_s.arg(m_messages - 1));
    QCOMPARE(job.value("result"_L1).toObject().value("alreadyPresent"_L1).toInteger(), qint64(m_messages) - 1);
}

void TestRestoreWizard::newFolderNeedsNoTyping()
{
    RestoreWizard *wizard = openAtPreview([](RestoreWizard *) {});
    QVERIFY(wizard);
    wizard->back();
    wizard->wherePage()->chooseNewFolder();
    QSignalSpy preview(wizard, &RestoreWizard::previewLoaded);
    wizard->next();
    QVERIFY(preview.wait(30'000));
    const QString folder = u"Restored "_s + QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(wizard->requestParams().value("toFolder"_L1).toString(), folder);
    QCOMPARE(wizard->isLive(), false);
    QCOMPARE(wizard->preview().value("messages"_L1).toInteger(), qint64(m_messages));
    QTreeWidget *plan = wizard->previewPage()->mailboxesView();
    QVERIFY(plan->topLevelItem(0)->text(1).startsWith(folder));
    QVERIFY(plan->topLevelItem(0)->text(1).endsWith(u" (new)"_s));
    QVERIFY(wizard->previewPage()->confirmField()->isHidden());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->reject();
}

void TestRestoreWizard::oneMailboxAndDates()
{
    // The What page offers the backup's mailboxes (from a plan of everything); one chosen,
    // with a delivery range that holds everything, into a new folder named as given.
    RestoreWizard *wizard = openAtPreview([](RestoreWizard *w) {
        auto *mailbox = w->page(RestoreWizard::WhatPage)->findChild<QComboBox *>();
        QTRY_VERIFY(mailbox->count() > 1);
        QCOMPARE(mailbox->itemText(0), u"All mailboxes"_s);
        QCOMPARE(mailbox->itemText(1), u"INBOX"_s);
        mailbox->setCurrentIndex(1);
        const auto checks = w->page(RestoreWizard::WhatPage)->findChildren<QCheckBox *>();
        for (QCheckBox *c : checks)
            c->setChecked(true); // from a month ago through today
        w->wherePage()->chooseNewFolder();
    });
    QVERIFY(wizard);
    const QJsonObject params = wizard->requestParams();
    QCOMPARE(params.value("mailbox"_L1).toString(), u"INBOX"_s);
    QCOMPARE(params.value("until"_L1).toInteger(), QDate::currentDate().addDays(1).startOfDay().toSecsSinceEpoch());
    QCOMPARE(params.value("since"_L1).toInteger(),
             QDate::currentDate().addMonths(-1).startOfDay().toSecsSinceEpoch());
    const QJsonArray mailboxes = wizard->preview().value("mailboxes"_L1).toArray();
    QCOMPARE(mailboxes.size(), 1);
    QCOMPARE(mailboxes.first().toObject().value("source"_L1).toString(), u"INBOX"_s);
    // One source mailbox lands in the folder itself, not in "<folder>/INBOX".
    QCOMPARE(mailboxes.first().toObject().value("target"_L1).toString(), params.value("toFolder"_L1).toString());
    wizard->reject();
}

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
