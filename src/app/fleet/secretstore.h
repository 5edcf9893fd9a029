// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SecretStore: passwords, key passphrases and API tokens, kept in the system keychain
// through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store). Never in settings files: QtKeychain's insecure plain-text fallback stays off.
// Without a keychain a secret lives in this process's memory for the session only,
// so the console asks again next time instead of writing it anywhere.

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace mailstore::app {

class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // "<profile id>/password", "<profile id>/token", "<profile id>/passphrase".
    static QString key(const QString &profileId, const QString &what);

    using ReadDone = std::function<void(std::optional<QString> secret)>;
    using WriteDone = std::function<void(bool storedInKeychain, const QString &error)>;

    // The session copy first, then the keychain; nullopt when neither has it.
    void read(const QString &key, QObject *context, ReadDone done);
    // Always keeps a session copy; storedInKeychain is false (with the keychain's error)
    // when no keychain took it.
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done);
    void remove(const QString &key);
    // For this process only (the user chose not to save it, or there is no keychain).
    void keepForSession(const QString &key, const QString &secret) { m_session.insert(key, secret); }

    // True once the keychain said it has no backend (then only the session copy exists).
    bool keychainMissing() const { return m_keychainMissing; }
    static QString serviceName();

private:
    QHash<QString, QString> m_session;
    bool m_keychainMissing = false;
};

} // namespace mailstore::app
