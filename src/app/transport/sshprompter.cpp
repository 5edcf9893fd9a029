// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshprompter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace mailstore::app {

// One question from a worker. The worker waits on it; whoever finishes it first (the
// dialog, the stop token, the prompter's end) decides the answer, later calls are no-ops.
struct SshPrompter::Request {
    enum class Kind { Password, Passphrase, Kbdint };
    Kind kind = Kind::Password;
    SshSecretRequest secret;
    SshKbdintRequest kbdint;

    bool finish(std::optional<QStringList> result)
    {
        const std::lock_guard lock(mutex);
        if (done)
            return false;
        done = true;
        answers = std::move(result);
        answered.notify_all();
        return true;
    }
    bool isDone()
    {
        const std::lock_guard lock(mutex);
        return done;
    }
    std::optional<QStringList> wait()
    {
        std::unique_lock lock(mutex);
        answered.wait(lock, [this] { return done; });
        return std::exchange(answers, std::nullopt);
    }

private:
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    std::optional<QStringList> answers;
};

// Shared by the prompter and every callback it handed out, so a callback that outlives
// the prompter (a worker still connecting) finds it gone instead of a dangling pointer.
struct SshPrompter::Hub {
    std::mutex mutex; // guards both members
    SshPrompter *prompter = nullptr;
    std::vector<std::weak_ptr<Request>> pending;

    // Worker thread: posts the question to the GUI thread and waits for its answer.
    static std::optional<QStringList> ask(const std::shared_ptr<Hub> &hub,
                                          const std::shared_ptr<Request> &request,
                                          const std::stop_token &stop)
    {
        {
            const std::lock_guard lock(hub->mutex);
            if (!hub->prompter)
                return std::nullopt;
            std::erase_if(hub->pending, [](const std::weak_ptr<Request> &r) {
                const auto live = r.lock();
                return !live || live->isDone();
            });
            hub->pending.push_back(request);
            // Under the lock: the prompter cannot be destroyed in between, and if it is
            // destroyed before the event runs, Qt drops the event and the destructor has
            // already cancelled the request through `pending`.
            SshPrompter *prompter = hub->prompter;
            QMetaObject::invokeMethod(prompter, [prompter, request] { prompter->show(request); },
                                      Qt::QueuedConnection);
        }
        // Runs on the thread that stops the worker (usually the GUI thread inside
        // ~SshTransport), or right here if the stop came first.
        const std::stop_callback onStop(stop, [hub, request] {
            if (!request->finish(std::nullopt))
                return;
            const std::lock_guard lock(hub->mutex);
            if (SshPrompter *prompter = hub->prompter)
                QMetaObject::invokeMethod(prompter, [prompter] { prompter->closeWithdrawn(); },
                                          Qt::QueuedConnection);
        });
        return request->wait();
    }
};

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    // Server-supplied text is shown as typed: rich text could fake buttons or links.
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

std::optional<QString> single(const std::optional<QStringList> &answers)
{
    if (!answers || answers->size() != 1)
        return std::nullopt;
    return answers->first();
}
} // namespace

SshPrompter::SshPrompter(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_hadWindow(window != nullptr)
    , m_hub(std::make_shared<Hub>())
{
    m_hub->prompter = this;
}

SshPrompter::~SshPrompter()
{
    std::vector<std::weak_ptr<Request>> pending;
    {
        const std::lock_guard lock(m_hub->mutex);
        m_hub->prompter = nullptr;
        pending.swap(m_hub->pending);
    }
    for (const auto &weak : pending) {
        if (const auto request = weak.lock())
            request->finish(std::nullopt);
    }
    for (const OpenDialog &open : m_open) {
        if (open.dialog) {
            open.dialog->disconnect(this);
            open.dialog->deleteLater();
        }
    }
}

void SshPrompter::attachTo(SshTarget &target) const
{
    const std::shared_ptr<Hub> hub = m_hub;
    target.passphrase = [hub](const SshSecretRequest &secret, std::stop_token stop) {
        auto request = std::make_shared<Request>();
        request->kind = Request::Kind::Passphrase;
        request->secret = secret;
        return single(Hub::ask(hub, request, stop));
    };
    target.passwordPrompt = [hub](const SshSecretRequest &secret, std::stop_token stop) {
        auto request = std::make_shared<Request>();
        request->kind = Request::Kind::Password;
        request->secret = secret;
        return single(Hub::ask(hub, request, stop));
    };
    target.kbdint = [hub](const SshKbdintRequest &kbdint, std::stop_token stop) {
        auto request = std::make_shared<Request>();
        request->kind = Request::Kind::Kbdint;
        request->kbdint = kbdint;
        return Hub::ask(hub, request, stop);
    };
}

void SshPrompter::cancelAll()
{
    std::vector<std::weak_ptr<Request>> pending;
    {
        const std::lock_guard lock(m_hub->mutex);
        pending.swap(m_hub->pending);
    }
    for (const auto &weak : pending) {
        if (const auto request = weak.lock())
            request->finish(std::nullopt);
    }
    closeWithdrawn();
}

void SshPrompter::closeWithdrawn()
{
    // Copy first: done() deletes the dialog (WA_DeleteOnClose) and its finished()
    // handler edits m_open.
    const std::vector<OpenDialog> open = m_open;
    for (const OpenDialog &entry : open) {
        const auto request = entry.request.lock();
        if (entry.dialog && (!request || request->isDone()))
            entry.dialog->done(QDialog::Rejected);
    }
    std::erase_if(m_open, [](const OpenDialog &entry) { return !entry.dialog; });
}

void SshPrompter::show(const std::shared_ptr<Request> &request)
{
    if (request->isDone())
        return; // stopped or cancelled before it reached the screen
    if (m_hadWindow && !m_window) {
        request->finish(std::nullopt); // the window it belonged to is gone
        return;
    }
    QDialog *dialog = request->kind == Request::Kind::Kbdint ? buildKbdintDialog(request)
                                                             : buildSecretDialog(request);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.push_back(OpenDialog{dialog, request});

    const Request::Kind kind = request->kind;
    const QString keyFile = request->secret.keyFile;
    connect(dialog, &QDialog::finished, this, [this, dialog, request, kind, keyFile](int result) {
        QStringList answers;
        for (int i = 0;; ++i) {
            auto *field = dialog->findChild<QLineEdit *>(QLatin1String(AnswerFieldName) + QString::number(i));
            if (!field)
                break;
            answers << field->text();
            field->clear(); // the dialog is deleted later; do not leave the secret in it
        }
        auto *remember = dialog->findChild<QCheckBox *>(QLatin1String(RememberBoxName));
        const bool keep = remember && remember->isEnabled() && remember->isChecked();
        std::erase_if(m_open, [dialog](const OpenDialog &entry) { return entry.dialog == dialog; });
        if (result != QDialog::Accepted) {
            request->finish(std::nullopt);
            return;
        }
        const QString secret = answers.value(0);
        if (request->finish(answers) && keep) {
            emit rememberRequested(kind == Request::Kind::Passphrase ? "passphrase:"_L1 + keyFile
                                                                     : u"password"_s,
                                   secret);
        }
    });
    // Destroyed unanswered (its window closed): the worker must not wait forever.
    connect(dialog, &QObject::destroyed, this, [request] { request->finish(std::nullopt); });
    dialog->open();
    emit promptOpened(dialog);
}

QDialog *SshPrompter::buildSecretDialog(const std::shared_ptr<Request> &request)
{
    const SshSecretRequest &secret = request->secret;
    const bool passphrase = request->kind == Request::Kind::Passphrase;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QLatin1String(passphrase ? PassphraseDialogName : PasswordDialogName));
    dialog->setWindowTitle(passphrase ? tr("SSH key passphrase") : tr("SSH password"));
    dialog->setAccessibleName(dialog->windowTitle());
    auto *layout = new QVBoxLayout(dialog);
    if (secret.attempt > 1) {
        auto *note = new QLabel(tr("The previous answer was not accepted. Try again."), dialog);
        note->setObjectName(u"sshRetryNote"_s);
        layout->addWidget(note);
    }
    auto *label = plainLabel(passphrase
            ? tr("Passphrase for the key %1 (to log in as %2):")
                  .arg(QDir::toNativeSeparators(secret.keyFile), secret.account)
            : tr("Password for %1:").arg(secret.account), dialog);
    auto *field = new QLineEdit(dialog);
    field->setObjectName(QLatin1String(AnswerFieldName) + u'0');
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(passphrase ? tr("Key passphrase") : tr("Password"));
    label->setBuddy(field);
    layout->addWidget(label);
    layout->addWidget(field);
    auto *remember = new QCheckBox(tr("&Remember in the system keychain"), dialog);
    remember->setObjectName(QLatin1String(RememberBoxName));
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    field->setFocus();
    return dialog;
}

QDialog *SshPrompter::buildKbdintDialog(const std::shared_ptr<Request> &request)
{
    const SshKbdintRequest &kbdint = request->kbdint;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QLatin1String(KbdintDialogName));
    dialog->setWindowTitle(tr("SSH login"));
    dialog->setAccessibleName(dialog->windowTitle());
    auto *layout = new QVBoxLayout(dialog);
    // Name who asks first: the questions come from the server and could imitate anyone.
    layout->addWidget(plainLabel(tr("The host %1 asks:").arg(kbdint.account), dialog));
    if (!kbdint.name.isEmpty()) {
        auto *name = plainLabel(kbdint.name, dialog);
        name->setObjectName(u"sshKbdintName"_s);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        layout->addWidget(name);
    }
    if (!kbdint.instruction.isEmpty()) {
        auto *instruction = plainLabel(kbdint.instruction, dialog);
        instruction->setObjectName(u"sshKbdintInstruction"_s);
        layout->addWidget(instruction);
    }
    auto *form = new QFormLayout;
    int hidden = 0;
    for (qsizetype i = 0; i < kbdint.prompts.size(); ++i) {
        const SshPrompt &prompt = kbdint.prompts.at(i);
        auto *label = plainLabel(prompt.text, dialog);
        auto *field = new QLineEdit(dialog);
        field->setObjectName(QLatin1String(AnswerFieldName) + QString::number(i));
        field->setEchoMode(prompt.echo ? QLineEdit::Normal : QLineEdit::Password);
        field->setAccessibleName(prompt.text.trimmed());
        label->setBuddy(field);
        form->addRow(label, field);
        hidden += prompt.echo ? 0 : 1;
        if (i == 0)
            field->setFocus();
    }
    layout->addLayout(form);
    auto *remember = new QCheckBox(tr("&Remember in the system keychain"), dialog);
    remember->setObjectName(QLatin1String(RememberBoxName));
    // Only a lone hidden answer is a password; one-time codes change with every login.
    if (kbdint.prompts.size() != 1 || hidden != 1) {
        remember->setEnabled(false);
        remember->setToolTip(tr("Only a single password can be remembered; these answers "
                                "may change with every login."));
    }
    layout->addWidget(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace mailstore::app
