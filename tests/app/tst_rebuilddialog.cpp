// SPDX-License-Identifier: GPL-3.0-or-later
// The rebuild dialog against a real agent: a healthy demo account gets a garbage line
// in the middle of its INBOX dovecot-uidlist; the dry-run preview must show the right
// counts (every message keeps its UID, UIDVALIDITY kept, no typed confirmation), and
// applying it must leave the account healthy on the next Verify. An account whose
// uidlist is gone gets a new UIDVALIDITY: then typing the account name is required.

#include "agentclient.h"
#include "api/methods.h"
#include "localagent.h"
#include "models/jobsmodel.h"
#include "teststore.h"
#include "widgets/rebuilddialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestRebuildDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewCountsAndApplyHeals();
    void newUidValidityNeedsTypedName();

private:
    QJsonObject verify(const QString &account);
    // A healthy account whose INBOX uidlist has at least minEntries lines, not yet used.
    QString pickAccount(int minEntries);
    QString inboxOf(const QString &account) const;
    static int messageFiles(const QString &maildir);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<AgentClient> m_client;
    std::unique_ptr<JobsModel> m_jobs;
    QStringList m_used;
};

void TestRebuildDialog::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_client = std::make_unique<AgentClient>();
    m_jobs = std::make_unique<JobsModel>(m_client.get());
    m_client->connectTo(localTransportFactory(m_store->localStore()));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), AgentClient::State::Connected, 60'000);
}

void TestRebuildDialog::cleanupTestCase()
{
    m_jobs.reset();
    m_client.reset();
    m_store.reset();
}

QJsonObject TestRebuildDialog::verify(const QString &account)
{
    QJsonObject result;
    bool answered = false;
    m_client->call(mailstore::api::method::IndexVerify, QJsonObject{{u"account"_s, account}}, this,
                   [&](const mailstore::api::Response &r) {
        answered = true;
        result = r.error ? QJsonObject{{u"error"_s, r.error->message}} : r.result.toObject();
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 60'000); }();
    return result;
}

QString TestRebuildDialog::inboxOf(const QString &account) const
{
    // Demo layout %d/%n/Maildir; INBOX is the Maildir itself.
    return m_store->root() + u'/' + account.section(u'@', 1) + u'/' + account.section(u'@', 0, 0)
        + u"/Maildir"_s;
}

int TestRebuildDialog::messageFiles(const QString &maildir)
{
    return int(QDir(maildir + u"/cur"_s).entryList(QDir::Files).size()
               + QDir(maildir + u"/new"_s).entryList(QDir::Files).size());
}

QString TestRebuildDialog::pickAccount(int minEntries)
{
    QDirIterator it(m_store->root(), {u"dovecot-uidlist"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QDir maildir = QFileInfo(path).dir();
        if (maildir.dirName() != "Maildir"_L1)
            continue; // a subfolder's uidlist: we want INBOX
        QDir user = maildir;
        user.cdUp();
        QDir domain = user;
        domain.cdUp();
        const QString account = user.dirName() + u'@' + domain.dirName();
        QFile f(path);
        if (m_used.contains(account) || !f.open(QIODevice::ReadOnly)
            || f.readAll().count('\n') < minEntries + 1)
            continue;
        const QJsonObject v = verify(account);
        if (v.value("healthy"_L1).toBool() && messageFiles(maildir.path()) >= minEntries) {
            m_used << account;
            return account;
        }
    }
    return {};
}

void TestRebuildDialog::previewCountsAndApplyHeals()
{
    const QString account = pickAccount(4);
    QVERIFY2(!account.isEmpty(), "no healthy demo account with a 4-line INBOX uidlist");
    const QString uidlist = inboxOf(account) + u"/dovecot-uidlist"_s;
    QFile f(uidlist);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    lines.insert(lines.size() / 2, "this is not a uidlist line");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();
    const QJsonObject before = verify(account);
    QVERIFY2(!before.value("healthy"_L1).toBool(), "the garbage line went unnoticed");

    RebuildDialog dialog(m_client.get(), m_jobs.get(), {account});
    QSignalSpy planned(&dialog, &RebuildDialog::planLoaded);
    QVERIFY(planned.wait(60'000));
    QCOMPARE(dialog.stage(), RebuildDialog::Stage::Preview);
    const RebuildPlan &plan = dialog.plan();
    QCOMPARE(plan.accounts.size(), 1);
    QCOMPARE(plan.accounts.first().name, account);
    QCOMPARE(plan.mailboxCount(), 1);
    const RebuildPlan::Mailbox &inbox = plan.accounts.first().mailboxes.first();
    QCOMPARE(inbox.mailbox, u"INBOX"_s);
    const int files = messageFiles(inboxOf(account));
    QCOMPARE(inbox.messages, files);
    QCOMPARE(inbox.uidsKept, files); // the point of the rebuild: nobody re-downloads
    QCOMPARE(inbox.uidsNew, 0);
    QCOMPARE(inbox.entriesDropped, 0);
    QVERIFY(inbox.uidValidityKept);
    QVERIFY(dialog.requiredConfirmation().isEmpty());
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.applyButton()->text(), u"Rebuild 1 mailbox(es)"_s); // untranslated test run

    QSignalSpy done(&dialog, &RebuildDialog::rebuildFinished);
    dialog.setOptions(false, true);
    dialog.applyButton()->click();
    QVERIFY(done.wait(120'000));
    QCOMPARE(done.first().at(1).toBool(), true);
    QCOMPARE(dialog.stage(), RebuildDialog::Stage::Done);
    QVERIFY(!dialog.jobId().isEmpty());

    const QJsonObject after = verify(account);
    QVERIFY2(after.value("healthy"_L1).toBool(),
             qPrintable(u"still %1 problem(s)"_s.arg(after.value("problems"_L1).toInt())));
}

void TestRebuildDialog::newUidValidityNeedsTypedName()
{
    const QString account = pickAccount(2);
    QVERIFY(!account.isEmpty());
    QVERIFY(QFile::remove(inboxOf(account) + u"/dovecot-uidlist"_s));

    RebuildDialog dialog(m_client.get(), m_jobs.get(), {account});
    QSignalSpy planned(&dialog, &RebuildDialog::planLoaded);
    QVERIFY(planned.wait(60'000));
    QCOMPARE(dialog.stage(), RebuildDialog::Stage::Preview);
    if (dialog.plan().accountsWithNewUidValidity().isEmpty())
        QSKIP("the agent recovered the UIDVALIDITY (e.g. from dovecot.index)");
    QCOMPARE(dialog.requiredConfirmation(), account);
    QVERIFY(!dialog.applyButton()->isEnabled());
    dialog.setConfirmationText(account.left(3));
    QVERIFY(!dialog.applyButton()->isEnabled());
    dialog.setConfirmationText(account);
    QVERIFY(dialog.applyButton()->isEnabled());
}

QTEST_MAIN(TestRebuildDialog)
#include "tst_rebuilddialog.moc"
