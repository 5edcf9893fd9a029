// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TokenStore: the HTTPS bearer tokens of an agent, in a JSON file (mode 0600) that
// holds only each token's SHA-256, never the token. A new token is shown once, when it
// is made. Lookups compare fixed-length digests in constant time (CRYPTO_memcmp) and
// look at every entry, so neither the content nor the position of a match leaks.

#include "principal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace mailstore::agent {

struct TokenEntry {
    QString id;       // public handle for list/revoke
    QString name;     // label shown in the audit log
    Role role = Role::Support;
    QByteArray sha256; // 32 raw bytes
    qint64 created = 0; // unix seconds
};

class TokenStore {
public:
    // A missing file is an empty store (the first `token add` creates it).
    static std::expected<TokenStore, QString> load(const QString &path);
    std::expected<void, QString> save() const;

    // Adds a token and returns it in plain text: the only time it exists outside the caller.
    QString add(Role role, const QString &name, QString *id = nullptr);
    bool revoke(const QString &id);
    std::optional<TokenEntry> verify(const QByteArray &token) const;
    const QList<TokenEntry> &entries() const { return m_entries; }

private:
    QString m_path;
    QList<TokenEntry> m_entries;
};

} // namespace mailstore::agent
