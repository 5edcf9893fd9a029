// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AgentConfig: which store an agent face works on and where its state lives, resolved
// from (in order) the command line, a --config file, and Dovecot's own mail_location.
// Every face takes the same global options, so a runbook line works with any of them.

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <expected>

namespace mailstore::agent {

// A folder backups go to (config `backup_targets=name:/abs/path, …`), named so the
// console and the audit log never carry paths a client could choose.
struct BackupTarget {
    QString name; // [a-z0-9-]{1,32}
    QString path; // absolute, cleaned
};

struct AgentConfig {
    QString root;      // absolute, canonical mail root
    QString layout;    // e.g. "%d/%n/Maildir"
    QString stateDir;  // daemon socket, lock, logs
    int idleTimeoutSec = 0; // daemon exits after this long without clients; 0 = never
    QString doveadmConfig;  // -c for doveadm when Dovecot runs with a non-default config
    QString configFile;     // the --config file, passed on to a daemon a bridge starts
    QStringList supportUsers; // local (and SSH) users with the support role; others are admin
    // The I/O budget of the host's jobs: a read cap in MB/s (10^6 bytes; 0 = no cap) and
    // how many heavy jobs (bulk reads) run at once; the rest wait queued.
    double ioMBPerSec = 0;
    int heavyJobs = 2;
    QList<BackupTarget> backupTargets; // in the config's order; empty: no backups
    // Storage sampling: seconds between samples (0 = off) and whether the fsync probe runs.
    int metricsIntervalSec = 10;
    bool metricsProbe = true;

    QString socketPath() const;
    QString lockPath() const;
    QString logPath() const;
    QString auditPath() const;
    QString jobsDir() const; // the job journal
    QString restoresDir() const; // restore journals (<state dir>/restores)
    QString metricsPath() const; // the metrics history (<state dir>/metrics.sqlite)
    const BackupTarget *backupTarget(const QString &name) const;
    quint64 ioBytesPerSec() const;
};

// Adds --root, --layout, --config, --state-dir to a parser.
void addGlobalOptions(QCommandLineParser &parser);

// Resolves the config after parser.process(). Errors are sentences for the terminal.
std::expected<AgentConfig, QString> resolveConfig(const QCommandLineParser &parser);

// Parses `backup_targets=`'s items ("name:/abs/path"); the error names the bad entry.
std::expected<QList<BackupTarget>, QString> parseBackupTargets(const QStringList &items);

// Default state folder for a store: $XDG_STATE_HOME/mailstore-agent/<hash of root>
// (~/.local/state when unset), so each store has its own daemon.
QString defaultStateDir(const QString &root);

} // namespace mailstore::agent
