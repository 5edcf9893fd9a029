// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Principal: who makes a call, with which role and over which transport. Every dispatch
// carries one, so the role check and the audit log never guess from context.

#include <QString>

#include <optional>

namespace mailstore::agent {

// support may read everything; admin may also change things (mutating methods).
enum class Role { Support, Admin };

inline QString roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("support");
}

inline std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("admin"))
        return Role::Admin;
    if (name == QLatin1String("support"))
        return Role::Support;
    return std::nullopt;
}

struct Principal {
    QString name;                              // user name (local) or token label (https)
    Role role = Role::Support;                 // fail closed: unknown callers only read
    QString transport = QStringLiteral("local"); // "local" | "https"
};

} // namespace mailstore::agent
