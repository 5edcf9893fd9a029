// SPDX-License-Identifier: GPL-3.0-or-later
// SshPrompter when nobody answers: Cancel, a stopped worker, the transport destroyed,
// the window closed or the prompter itself gone while a dialog is open. Each must end
// the login at once (SshFailure::AuthFailed with a reason that says it was cancelled),
// close the dialog, and never leave a worker thread waiting. Against a real sshd with a
// passphrase-protected key, so it runs as any user.

#include "promptdriver.h"
#include "sshserver.h"
#include "sshtestsupport.h"

#include "transport/sshprompter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using namespace mailstore::test;

namespace {
constexpr int WaitMs = 30'000;
// SshTransport gives a stopping worker this long before it lets it go; a stop that has
// to wait it out means the worker was still blocked.
constexpr int TransportStopWaitMs = 2000;
const QString Passphrase = u"cancel-phrase"_s;
} // namespace

class TestSshPromptCancel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cancelEndsInAuthFailed();
    void stopTokenWakesWaitingCallback();
    void destroyingTransportWhileAsking();
    void closingWindowWhileAsking();
    void prompterGoneAnswersCancelled();

private:
    SshTarget lockedKeyTarget() const;
    void expectCancelled(const HostInfoOutcome &outcome);

    SshLogin m_login;
    std::unique_ptr<SshServer> m_sshd;
    QString m_key;
    std::unique_ptr<QWidget> m_window;
};

void TestSshPromptCancel::initTestCase()
{
    QVERIFY2(m_login.prepare(), qPrintable(m_login.error()));
    m_sshd = std::make_unique<SshServer>(m_login.serverOptions(u"publickey"_s));
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    m_key = m_sshd->makeKey(u"id_locked"_s, Passphrase, true);
    QVERIFY(!m_key.isEmpty());
}

void TestSshPromptCancel::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSshPromptCancel::cleanup()
{
    m_window.reset();
}

SshTarget TestSshPromptCancel::lockedKeyTarget() const
{
    SshTarget t = m_login.target(*m_sshd, m_sshd->dir() + "/known_hosts"_L1);
    t.identityFile = m_key;
    return t;
}

void TestSshPromptCancel::expectCancelled(const HostInfoOutcome &outcome)
{
    QVERIFY(outcome.answered);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.failure, SshFailure::AuthFailed);
    QVERIFY2(outcome.error.contains("was cancelled"_L1), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(lockedKeyTarget().displayName()));
    QCOMPARE(m_sshd->acceptedLogins().size(), 0);
}

void TestSshPromptCancel::cancelEndsInAuthFailed()
{
    SshTarget t = lockedKeyTarget();
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    QSignalSpy remember(&prompter, &SshPrompter::rememberRequested);
    HostInfoCall call(t);
    QPointer<QDialog> dialog = waitForDialog(opened, SshPrompter::PassphraseDialogName, WaitMs);
    QVERIFY(dialog);
    cancel(dialog);
    QVERIFY(call.wait(WaitMs));
    expectCancelled(call.outcome());
    QCOMPARE(opened.size(), 0); // no second question for other methods
    QCOMPARE(remember.size(), 0);
    QTRY_VERIFY(!dialog);
}

void TestSshPromptCancel::stopTokenWakesWaitingCallback()
{
    SshPrompter prompter(m_window.get());
    SshTarget t;
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    std::optional<QString> result = u"unset"_s;
    std::jthread worker([&](std::stop_token stop) {
        result = t.passwordPrompt(SshSecretRequest{u"admin@mail1:22"_s, QString(), 1}, stop);
    });
    QPointer<QDialog> dialog = waitForDialog(opened, SshPrompter::PasswordDialogName, WaitMs);
    QVERIFY(dialog);
    worker.request_stop(); // what SshWorker::requestStop() does
    worker.join();         // returns: the callback woke up
    QCOMPARE(result, std::nullopt);
    QTRY_VERIFY(!dialog); // and the dialog nobody can answer any more went away
}

void TestSshPromptCancel::destroyingTransportWhileAsking()
{
    SshTarget t = lockedKeyTarget();
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    auto transport = std::make_unique<SshTransport>(t);
    QSignalSpy closed(transport.get(), &Transport::closed);
    transport->open();
    QPointer<QDialog> dialog = waitForDialog(opened, SshPrompter::PassphraseDialogName, WaitMs);
    QVERIFY(dialog);
    QElapsedTimer timer;
    timer.start();
    transport.reset(); // stops the worker while it waits for the dialog
    QVERIFY2(timer.elapsed() < TransportStopWaitMs,
             qPrintable(u"the worker stayed blocked for %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(closed.size(), 0); // close() by the owner is silent by contract
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_sshd->acceptedLogins().size(), 0);
}

void TestSshPromptCancel::closingWindowWhileAsking()
{
    SshTarget t = lockedKeyTarget();
    SshPrompter prompter(m_window.get());
    prompter.attachTo(t);
    QSignalSpy opened(&prompter, &SshPrompter::promptOpened);
    HostInfoCall call(t);
    QPointer<QDialog> dialog = waitForDialog(opened, SshPrompter::PassphraseDialogName, WaitMs);
    QVERIFY(dialog);
    m_window.reset(); // takes its child dialog with it, unanswered
    QVERIFY(!dialog);
    QVERIFY(call.wait(WaitMs));
    expectCancelled(call.outcome());
    // With its window gone the prompter asks nothing more; a new login is refused at once.
    const HostInfoOutcome again = hostInfoOver(t, WaitMs);
    expectCancelled(again);
    QCOMPARE(opened.size(), 0);
}

void TestSshPromptCancel::prompterGoneAnswersCancelled()
{
    SshTarget t = lockedKeyTarget();
    auto prompter = std::make_unique<SshPrompter>(m_window.get());
    prompter->attachTo(t);
    QSignalSpy opened(prompter.get(), &SshPrompter::promptOpened);
    HostInfoCall call(t);
    QPointer<QDialog> dialog = waitForDialog(opened, SshPrompter::PassphraseDialogName, WaitMs);
    QVERIFY(dialog);
    prompter.reset();
    QVERIFY(call.wait(WaitMs));
    expectCancelled(call.outcome());
    QTRY_VERIFY(!dialog);
    // The target still holds the callbacks: they answer "cancelled" without a dialog.
    const HostInfoOutcome again = hostInfoOver(t, WaitMs);
    expectCancelled(again);
    const QWidgetList windows = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(windows.cbegin(), windows.cend(),
                         [](QWidget *w) { return qobject_cast<QDialog *>(w) && w->isVisible(); }));
}

QTEST_MAIN(TestSshPromptCancel)
#include "tst_sshpromptcancel.moc"
