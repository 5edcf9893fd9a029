// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshPrompter: asks a person for what an SSH login needs (key passphrase, password,
// keyboard-interactive answers) in window-modal dialogs. It lives on the GUI thread;
// the callbacks it puts into an SshTarget run on the SSH worker thread, post the question
// here and block that thread until the dialog is answered or cancelled, the prompter or
// its window is destroyed, or the transport stops its worker (the stop token). Dialogs
// are opened with open(), never exec(), so no nested event loop runs.
//
// Wiring: construct one per main window, call attachTo(target) before the target goes
// into an SshTransport, and connect rememberRequested to the keychain.

#include "sshtarget.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QWidget;

namespace mailstore::app {

class SshPrompter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshPrompter)
public:
    // Dialogs are window-modal over window; with no window they are application-modal.
    explicit SshPrompter(QWidget *window, QObject *parent = nullptr);
    // Cancels every open or pending question (their workers then fail with AuthFailed).
    ~SshPrompter() override;

    // Sets target.passphrase, target.kbdint and target.passwordPrompt to ask through
    // this prompter. The callbacks stay safe to call after the prompter is gone: they
    // then answer "cancelled" at once.
    void attachTo(SshTarget &target) const;

    // Closes every open dialog as cancelled and cancels questions not shown yet.
    void cancelAll();

    // Object names of the dialogs and their parts, for tests and accessibility tools.
    static constexpr auto PasswordDialogName = "sshPasswordDialog";
    static constexpr auto PassphraseDialogName = "sshPassphraseDialog";
    static constexpr auto KbdintDialogName = "sshKbdintDialog";
    static constexpr auto AnswerFieldName = "sshAnswer"; // + index: sshAnswer0, sshAnswer1…
    static constexpr auto RememberBoxName = "sshRemember";

signals:
    // A dialog was just opened (window-modal, not yet answered).
    void promptOpened(QDialog *dialog);
    // Accepted with "Remember in the system keychain" ticked. what is "password" or
    // "passphrase:<key file>". The secret has not been checked by the host yet.
    void rememberRequested(const QString &what, const QString &secret);

private:
    struct Request;
    struct Hub;

    void show(const std::shared_ptr<Request> &request);
    QDialog *buildSecretDialog(const std::shared_ptr<Request> &request);
    QDialog *buildKbdintDialog(const std::shared_ptr<Request> &request);
    void closeWithdrawn();

    struct OpenDialog {
        QPointer<QDialog> dialog;
        std::weak_ptr<Request> request;
    };

    QPointer<QWidget> m_window;
    bool m_hadWindow = false; // once its window is gone, questions are cancelled
    std::shared_ptr<Hub> m_hub;
    std::vector<OpenDialog> m_open; // GUI thread only

};

} // namespace mailstore::app
