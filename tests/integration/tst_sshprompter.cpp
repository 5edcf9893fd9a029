// SPDX-License-Identifier: GPL-3.0-or-later
// SshPrompter against a real sshd, offscreen: the dialog a login opens is found among
// the top-level windows, filled in and accepted as a person would, and the login then
// succeeds (sshd's log names the method). "Remember" hands the secret to the keychain
// signal. Cancelling and tearing things down while a dialog is open: tst_sshpromptcancel.

#include "promptdriver.h"
#include "sshserver.h"
#include "sshtestsupport.h"

#include "transport/sshprompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using namespace mailstore::test;

namespace {
constexpr int WaitMs = 30'000;
} // namespace

class TestSshPrompter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passphraseDialog();
    void passwordDialogRetriesAndRemembers();
    void kbdintDialog();
    void kbdintDialogShowsEveryPrompt();

private:
    SshLogin m_login;
    std::unique_ptr<QWidget> m_window;
};

void TestSshPrompter::initTestCase()
{
    QVERIFY2(m_login.prepare(), qPrintable(m_login.error()));
}

void TestSshPrompter::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->setWindowTitle(u"console"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSshPrompter::cleanup()
{
    m_window.reset();
}

void TestSshPrompter::passphraseDialog()
{
    SshServer sshd(m_login.serverOptions(u"publickey"_s));
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    const QString key = sshd.makeKey(u"id_locked"_s, u"dialog-phrase"_s, true);
    QVERIFY(!key.isEmpty());
    SshTarget t = m_login.target(sshd, sshd.dir() + "/known_hosts"_L1);
    t.identityFile = key;
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    QSignalSpy remember(&prompter, &SshPrompter::rememberRequested);

    HostInfoCall call(t);
    QDialog *dialog = waitForDialog(opened, SshPrompter::PassphraseDialogName, WaitMs);
    QVERIFY(dialog);
    // Window-modal over the console, opened with open(): no nested event loop runs.
    QCOMPARE(dialog->parentWidget(), m_window.get());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(!dialog->accessibleName().isEmpty());
    const QList<QLineEdit *> fields = answerFields(dialog);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first()->echoMode(), QLineEdit::Password);
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(key); }));
    QVERIFY(answer(dialog, {u"dialog-phrase"_s}, true));

    QVERIFY(call.wait(WaitMs));
    QVERIFY2(call.outcome().ok, qPrintable(call.outcome().error));
    QCOMPARE(sshd.acceptedLogins().size(), 1);
    QVERIFY(sshd.acceptedLogins().first().endsWith(SshServer::fingerprintOf(key + ".pub"_L1)));
    QCOMPARE(remember.size(), 1);
    QCOMPARE(remember.first().at(0).toString(), "passphrase:"_L1 + key);
    QCOMPARE(remember.first().at(1).toString(), u"dialog-phrase"_s);
    QCOMPARE(opened.size(), 0); // asked once
}

void TestSshPrompter::passwordDialogRetriesAndRemembers()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    SshServer sshd(m_login.serverOptions(u"password"_s));
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    SshTarget t = m_login.target(sshd, sshd.dir() + "/known_hosts"_L1);
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    QSignalSpy remember(&prompter, &SshPrompter::rememberRequested);

    HostInfoCall call(t);
    QDialog *dialog = waitForDialog(opened, SshPrompter::PasswordDialogName, WaitMs);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(answerFields(dialog).value(0)->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->findChild<QLabel *>(u"sshRetryNote"_s));
    // A typo first: the question comes back, and says why.
    QVERIFY(answer(dialog, {u"typo"_s}));
    dialog = waitForDialog(opened, SshPrompter::PasswordDialogName, WaitMs);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(u"sshRetryNote"_s)); // says the first was refused
    QVERIFY(answer(dialog, {m_login.password()}, true));

    QVERIFY(call.wait(WaitMs));
    QVERIFY2(call.outcome().ok, qPrintable(call.outcome().error));
    QCOMPARE(sshd.acceptedLogins().size(), 1);
    QVERIFY(sshd.acceptedLogins().first().startsWith("Accepted password for "_L1 + m_login.user()));
    QCOMPARE(remember.size(), 1);
    QCOMPARE(remember.first().at(0).toString(), u"password"_s);
    QCOMPARE(remember.first().at(1).toString(), m_login.password());
}

void TestSshPrompter::kbdintDialog()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    SshServer sshd(m_login.serverOptions(u"keyboard-interactive"_s)); // the system's PAM
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    SshTarget t = m_login.target(sshd, sshd.dir() + "/known_hosts"_L1);
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    QSignalSpy remember(&prompter, &SshPrompter::rememberRequested);

    HostInfoCall call(t);
    QDialog *dialog = waitForDialog(opened, SshPrompter::KbdintDialogName, WaitMs);
    QVERIFY(dialog);
    const QList<QLineEdit *> fields = answerFields(dialog);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first()->echoMode(), QLineEdit::Password); // PAM asks with echo off
    QVERIFY(answer(dialog, {m_login.password()}, true)); // a lone password may be kept

    QVERIFY(call.wait(WaitMs));
    QVERIFY2(call.outcome().ok, qPrintable(call.outcome().error));
    QCOMPARE(sshd.acceptedLogins().size(), 1);
    QVERIFY(sshd.acceptedLogins().first().startsWith("Accepted keyboard-interactive/pam for "_L1 + m_login.user()));
    QCOMPARE(remember.size(), 1);
    QCOMPARE(remember.first().at(0).toString(), u"password"_s);
}

void TestSshPrompter::kbdintDialogShowsEveryPrompt()
{
    // OpenSSH's PAM sends one prompt per round, so a multi-prompt form is driven by hand
    // here, from a worker thread as SshWorker would.
    SshPrompter prompter(m_window.get());
    SshTarget t;
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    QSignalSpy remember(&prompter, &SshPrompter::rememberRequested);
    const SshKbdintRequest request{u"admin@mail1:22"_s, u"<b>Two-step</b> login"_s,
                                   u"Answer both questions."_s,
                                   {SshPrompt{u"Account code:"_s, true}, SshPrompt{u"PIN:"_s, false}}};
    std::optional<QStringList> result;
    // jthread: if a check below fails, its destructor stops the callback, then joins.
    std::jthread worker([&](std::stop_token stop) { result = t.kbdint(request, stop); });

    QDialog *dialog = waitForDialog(opened, SshPrompter::KbdintDialogName, WaitMs);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLabel *>(u"sshKbdintName"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), request.name);
    QCOMPARE(name->textFormat(), Qt::PlainText); // server text cannot style itself
    auto *instruction = dialog->findChild<QLabel *>(u"sshKbdintInstruction"_s);
    QVERIFY(instruction);
    QCOMPARE(instruction->text(), request.instruction);
    const QList<QLineEdit *> fields = answerFields(dialog);
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0)->echoMode(), QLineEdit::Normal);
    QCOMPARE(fields.at(1)->echoMode(), QLineEdit::Password);
    QCOMPARE(fields.at(1)->accessibleName(), u"PIN:"_s);
    // Answers that change every time are not offered for the keychain.
    auto *box = dialog->findChild<QCheckBox *>(QLatin1String(SshPrompter::RememberBoxName));
    QVERIFY(box && !box->isEnabled());
    QVERIFY(answer(dialog, {u"AC-17"_s, u"4711"_s}));
    worker.join();
    QCOMPARE(result, std::optional<QStringList>(QStringList{u"AC-17"_s, u"4711"_s}));
    QCOMPARE(remember.size(), 0);
}

QTEST_MAIN(TestSshPrompter)
#include "tst_sshprompter.moc"
