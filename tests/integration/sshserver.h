// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshServer: a private OpenSSH sshd on 127.0.0.1 for tests, with its own host key,
// config, authorized_keys and log (-e, so the log is sshd's stderr) in a temp folder.
// By default key login only, as the user running the tests (root in CI: Debian allows
// root key login by default). With Options::pam it also offers password and
// keyboard-interactive logins through PAM (root only). It FAILS, not skips, when
// openssh-server is missing.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace mailstore::test {

class SshServer {
public:
    struct Options {
        // UsePAM yes, with password and keyboard-interactive next to keys. Root only: only
        // a root sshd can check other accounts' passwords.
        bool pam = false;
        // sshd's AuthenticationMethods, e.g. "password" to offer nothing else; empty: any.
        QString authenticationMethods;
        // A PAM stack that replaces /etc/pam.d/sshd for this sshd only: it runs in a
        // private mount namespace with this file bind-mounted over the system one, so
        // nothing under /etc changes for anyone else. See canReplacePamStack().
        QByteArray pamStack;
    };

    SshServer();
    explicit SshServer(Options options);
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    // Generates keys and starts sshd; false with error() set when it cannot.
    bool start();
    void stop();
    QString error() const { return m_error; }

    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString userName() const;
    qint64 pid() const { return m_process.processId(); }

    // Private key (no passphrase) listed in authorized_keys.
    QString userKey() const { return m_dir.path() + QStringLiteral("/id_user"); }
    // Creates another ed25519 key; authorize adds it to authorized_keys.
    QString makeKey(const QString &name, const QString &passphrase, bool authorize);

    // The host key as known_hosts expects it: "[127.0.0.1]:PORT ssh-ed25519 AAAA…".
    QString knownHostsLine() const;
    // A line for the same host with a DIFFERENT key, as after a MITM or reinstall.
    QString otherKnownHostsLine();
    QString hostFingerprint() const; // "SHA256:…"
    QString otherFingerprint() const { return m_otherFingerprint; }

    // sshd's log so far (stderr, -e).
    QString log();
    // Its "Accepted <method> for <user> from … ssh2[: <key type> <fingerprint>]" lines:
    // which login method succeeded, in order.
    QStringList acceptedLogins();
    // Whether Options::pamStack can work here (root, /etc/pam.d/sshd present, mount
    // namespaces allowed); why not otherwise.
    static bool canReplacePamStack(QString *why);
    // Whether a PAM module (e.g. "pam_exec.so") is installed in one of the usual folders.
    static bool pamModuleExists(const QString &module);

    // Kills every process below sshd's listener (per-connection monitors, sessions and
    // the commands they run), as a dropped network link would end them.
    int killSessions();

    // "SHA256:…" of a public key file, as sshd logs it on "Accepted publickey".
    static QString fingerprintOf(const QString &publicKeyFile);

private:
    bool run(const QString &program, const QStringList &args, QString *out = nullptr);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QString m_error;
    QString m_otherFingerprint;
    int m_port = 0;
};

} // namespace mailstore::test
