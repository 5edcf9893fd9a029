// SPDX-License-Identifier: GPL-3.0-or-later
// SshWorker's authentication, kept apart from the connection and relay code. It runs
// only after the host key was verified, so a refused host never sees a secret.
// Order per round: public key (key file, then ssh-agent and ~/.ssh/id_*), then
// keyboard-interactive, then password. A cancelled prompt ends authentication at once:
// the person chose not to connect, and more dialogs for other methods would only nag.
#include "sshworker.h"

#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// As ssh(1)'s NumberOfPasswordPrompts: a typo gets a second and third chance.
constexpr int MaxSecretAttempts = 3;

QStringList methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << u"publickey"_s;
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << u"password"_s;
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << u"keyboard-interactive"_s;
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << u"gssapi-with-mic"_s;
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << u"hostbased"_s;
    return names;
}

// Secrets are copied into byte arrays for libssh; overwrite them once sent so they do not
// linger in freed heap memory (core dumps, swap).
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

// A passphrase is asked only for something that looks like a private key: asking one
// for a file that is no key at all would blame the wrong thing.
bool looksLikePrivateKey(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(4096).contains("PRIVATE KEY-----");
}
} // namespace

bool SshWorker::authenticate()
{
    int rc = ssh_userauth_none(m_session, nullptr);
    // SSH_AUTH_PARTIAL means another factor is still required: go round again.
    for (int round = 0; round < 4 && rc != SSH_AUTH_SUCCESS && !m_failed && !stopping(); ++round) {
        if (rc == SSH_AUTH_ERROR) {
            fail(SshFailure::Connection, tr("Authentication on %1 broke off: %2")
                                             .arg(m_target.displayName(), sshError()));
            return false;
        }
        const int methods = ssh_userauth_list(m_session, nullptr);
        rc = SSH_AUTH_DENIED;
        if (methods & SSH_AUTH_METHOD_PUBLICKEY)
            rc = authPublicKey();
        if (rc == SSH_AUTH_DENIED && !m_failed && (methods & SSH_AUTH_METHOD_INTERACTIVE)
            && (m_target.kbdint || !m_password.isEmpty()))
            rc = authKbdint();
        if (rc == SSH_AUTH_DENIED && !m_failed && (methods & SSH_AUTH_METHOD_PASSWORD)
            && (m_target.passwordPrompt || !m_password.isEmpty()))
            rc = authPassword();
        if (rc == SSH_AUTH_DENIED && !m_failed) {
            const QStringList offered = methodNames(methods);
            fail(SshFailure::AuthFailed,
                 tr("Authentication as %1 failed. The host offered: %2. Check the key "
                    "(or ssh-agent), the user name and the password.")
                     .arg(m_target.displayName(),
                          offered.isEmpty() ? tr("no method") : offered.join(u", "_s)));
            return false;
        }
    }
    if (rc != SSH_AUTH_SUCCESS && !m_failed)
        fail(SshFailure::AuthFailed, tr("Authentication as %1 did not complete.")
                                         .arg(m_target.displayName()));
    return rc == SSH_AUTH_SUCCESS && !m_failed && !stopping();
}

void SshWorker::failCancelled()
{
    fail(SshFailure::AuthFailed,
         tr("Authentication as %1 was cancelled: the question for a password, passphrase or "
            "answer was dismissed, so the connection was not made.")
             .arg(m_target.displayName()));
}

int SshWorker::authPublicKey()
{
    if (!m_target.identityFile.isEmpty()) {
        const int rc = authKeyFile();
        if (rc != SSH_AUTH_DENIED || m_failed)
            return rc;
    }
    // ssh-agent (target.agentSocket or SSH_AUTH_SOCK) and the default ~/.ssh/id_* keys.
    return ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
}

int SshWorker::authKeyFile()
{
    // Load the given key ourselves so a missing or broken file gets a clear message
    // instead of a plain "denied".
    const QString file = m_target.identityFile;
    if (!QFileInfo(file).isReadable()) {
        fail(SshFailure::AuthFailed, tr("The key file %1 cannot be read.").arg(file));
        return SSH_AUTH_DENIED;
    }
    const QByteArray path = QFile::encodeName(file);
    ssh_key key = nullptr;
    int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key);
    const bool ask = rc != SSH_OK && m_target.passphrase && looksLikePrivateKey(file);
    for (int attempt = 1; ask && rc != SSH_OK && attempt <= MaxSecretAttempts; ++attempt) {
        const std::optional<QString> answer =
            m_target.passphrase(SshSecretRequest{m_target.displayName(), file, attempt},
                                m_stopSource.get_token());
        if (!answer) {
            failCancelled();
            return SSH_AUTH_DENIED;
        }
        QByteArray passphrase = answer->toUtf8();
        rc = ssh_pki_import_privkey_file(path.constData(), passphrase.constData(), nullptr,
                                         nullptr, &key);
        wipe(passphrase);
    }
    if (rc != SSH_OK) {
        fail(SshFailure::AuthFailed,
             tr("The key file %1 is not a usable private key, or its passphrase is "
                "wrong or missing.").arg(file));
        return SSH_AUTH_DENIED;
    }
    rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    return rc;
}

int SshWorker::authKbdint()
{
    // A known password answers PAM's usual single hidden "Password:" prompt once; any
    // other prompt, and a second try, goes to the kbdint callback (a person).
    bool passwordSent = false;
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 10; ++round) {
        SshKbdintRequest request;
        request.account = m_target.displayName();
        request.name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_session));
        request.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
        const int count = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < count; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            request.prompts.append(SshPrompt{QString::fromUtf8(text), echo != 0});
        }
        std::optional<QStringList> answers;
        if (count == 0) {
            answers = QStringList(); // a round with text only: acknowledge it
        } else if (!passwordSent && !m_password.isEmpty() && count == 1 && !request.prompts.first().echo) {
            answers = QStringList{m_password};
            passwordSent = true;
        } else if (m_target.kbdint) {
            answers = m_target.kbdint(request, m_stopSource.get_token());
            if (!answers || answers->size() < count) {
                failCancelled();
                return SSH_AUTH_DENIED;
            }
        } else {
            return SSH_AUTH_DENIED; // nobody can answer
        }
        for (int i = 0; i < count; ++i) {
            QByteArray answer = answers->at(i).toUtf8();
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.constData());
            wipe(answer); // libssh keeps its own copy
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    if (rc == SSH_AUTH_DENIED && passwordSent)
        m_password.clear(); // refused: the password method must not offer it again
    return rc;
}

int SshWorker::authPassword()
{
    for (int refused = 0; refused < MaxSecretAttempts;) {
        QString password = m_password;
        if (password.isEmpty()) {
            if (!m_target.passwordPrompt)
                return SSH_AUTH_DENIED;
            const std::optional<QString> answer = m_target.passwordPrompt(
                SshSecretRequest{m_target.displayName(), QString(), refused + 1},
                m_stopSource.get_token());
            if (!answer) {
                failCancelled();
                return SSH_AUTH_DENIED;
            }
            password = *answer;
        }
        QByteArray bytes = password.toUtf8();
        const int rc = ssh_userauth_password(m_session, nullptr, bytes.constData());
        wipe(bytes);
        if (rc != SSH_AUTH_DENIED) {
            m_password = password; // kept for a later factor of a multi-step login
            return rc;
        }
        m_password.clear();
        ++refused;
    }
    return SSH_AUTH_DENIED;
}

} // namespace mailstore::app
