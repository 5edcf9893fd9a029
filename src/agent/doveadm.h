// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Doveadm: Dovecot's admin tool, used where it is installed to finish a repair
// (force-resync) and to disconnect a user first (kick). Arguments are passed as a list,
// never through a shell; the user name comes from our own account catalog.

#include <QString>
#include <QStringList>

namespace mailstore::agent {

class Doveadm {
public:
    explicit Doveadm(QString configFile = {}); // empty: Dovecot's default config
    bool available() const { return !m_program.isEmpty(); }

    struct Outcome {
        bool ran = false;
        int exitCode = -1;
        QString output; // stdout + stderr, trimmed, bounded
        QString summary() const;
    };
    Outcome kick(const QString &user) const;
    Outcome forceResync(const QString &user, const QString &mailboxMask) const;

private:
    Outcome run(const QStringList &args) const;
    QString m_program;
    QString m_config;
};

} // namespace mailstore::agent
