// SPDX-License-Identifier: GPL-3.0-or-later
// SshWorker's authentication, kept apart from the connection and relay code. It runs
// only after the host key was verified, so a refused host never sees a secret.
#include "sshworker.h"

#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
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
            && (m_target.kbdint || !m_target.password.isEmpty()))
            rc = authKbdint();
        if (rc == SSH_AUTH_DENIED && !m_failed && (methods & SSH_AUTH_METHOD_PASSWORD)
            && !m_target.password.isEmpty()) {
            const QByteArray password = m_target.password.toUtf8();
            rc = ssh_userauth_password(m_session, nullptr, password.constData());
        }
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

int SshWorker::authPublicKey()
{
    if (!m_target.identityFile.isEmpty()) {
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
        if (rc != SSH_OK && m_target.passphrase) {
            const QByteArray passphrase = m_target.passphrase(file).toUtf8();
            rc = ssh_pki_import_privkey_file(path.constData(), passphrase.constData(), nullptr,
                                             nullptr, &key);
        }
        if (rc != SSH_OK) {
            fail(SshFailure::AuthFailed,
                 tr("The key file %1 is not a usable private key, or its passphrase is "
                    "wrong or missing.").arg(file));
            return SSH_AUTH_DENIED;
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        if (rc != SSH_AUTH_DENIED)
            return rc;
    }
    // ssh-agent (SSH_AUTH_SOCK) and the default ~/.ssh/id_* keys.
    return ssh_userauth_publickey_auto(m_session, nullptr, nullptr);
}

int SshWorker::authKbdint()
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    for (int round = 0; rc == SSH_AUTH_INFO && round < 10; ++round) {
        const QString name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_session));
        const QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
        const int count = ssh_userauth_kbdint_getnprompts(m_session);
        QList<SshPrompt> prompts;
        for (int i = 0; i < count; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            prompts.append(SshPrompt{QString::fromUtf8(text), echo != 0});
        }
        QStringList answers;
        if (m_target.kbdint)
            answers = m_target.kbdint(name, instruction, prompts);
        else if (count == 1 && !prompts.first().echo)
            answers = {m_target.password}; // PAM's usual single "Password:" prompt
        if (answers.size() < count)
            return SSH_AUTH_DENIED; // nobody could answer
        for (int i = 0; i < count; ++i) {
            const QByteArray answer = answers.at(i).toUtf8();
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.constData());
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc;
}

} // namespace mailstore::app
