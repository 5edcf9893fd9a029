// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DovecotServer: a throw-away Dovecot 2.3 instance for integration tests, living entirely
// in one temporary folder (config, passwd-file, base_dir, state_dir, log, mail homes) and
// listening on 127.0.0.1 only, on a port nobody else holds. It never uses or touches a
// system Dovecot: own base_dir (so no shared sockets or master.pid), own instance_name,
// imaps disabled. Runs as root (mail processes then use uid/gid 65534, because Dovecot
// refuses mail access as uid 0) or as a normal user (everything runs as that user).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/types.h>

namespace integration {

struct ProcessResult {
    int exitCode = -1;      // -1: did not start or crashed or timed out
    QByteArray out, err;
    QString error;          // why it did not run, when it did not
    bool ok() const { return exitCode == 0; }
    QString describe() const; // one line for failure messages
};

// True while pid runs; a zombie (finished, not yet reaped by whoever inherited it) is dead.
bool processAlive(qint64 pid);

// Runs program with an argument list (never through a shell) and waits.
ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs = 60000);

class DovecotServer {
public:
    // Users all get the password "secret". The config is written here; start() runs it.
    explicit DovecotServer(const QStringList &users = {QStringLiteral("alice")});
    ~DovecotServer(); // stops the instance; removes the folder unless MAILSTORE_KEEP_DOVECOT=1
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Absolute path of the dovecot binary, or empty when Dovecot is not installed.
    static QString dovecotBinary();
    static QString doveadmBinary();
    static QString password() { return QStringLiteral("secret"); }

    bool isValid() const { return m_error.isEmpty(); } // false: see error()
    QString error() const { return m_error; }

    // Starts the master and waits (up to 15 s) until the IMAP port accepts connections.
    bool start(QString *error = nullptr);
    // Kills the master (SIGTERM, SIGKILL after 10 s) and waits until it and every child
    // it had are gone. True when nothing of this instance is left running.
    bool stop(QString *error = nullptr);
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString root() const { return m_dir.path(); }
    QString configPath() const;
    QString homeOf(const QString &user) const;
    QString maildirOf(const QString &user) const; // <home>/Maildir (may not exist yet)
    uid_t mailUid() const { return m_uid; }
    gid_t mailGid() const { return m_gid; }
    qint64 masterPid() const; // from base_dir/master.pid, 0 when absent
    QList<qint64> childPids() const; // live processes whose parent is the master

    // doveadm -c <config> <args...>, run directly (no doveadm server involved).
    ProcessResult doveadm(const QStringList &args, int timeoutMs = 60000) const;
    // Gives the mail tree back to the mail uid (only does something as root): files our
    // code creates as root would otherwise be unreadable or unwritable for Dovecot.
    bool fixPermissions(QString *error = nullptr) const;
    QString logText() const;

private:
    bool writeConfig();
    QTemporaryDir m_dir;
    QStringList m_users;
    quint16 m_port = 0;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QString m_error;
    QList<qint64> m_lastChildren; // children seen while running, checked by stop()
};

} // namespace integration
