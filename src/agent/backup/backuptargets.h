// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupTargets: the host's configured backup folders and what their catalogs say.
// Catalog reads are cached per target and reread only when the catalog file changed
// (inode, size, mtime), so host.info can carry a backups summary at every keep-alive
// without reading a catalog each time. Thread-safe: routes run on the pool.

#include "../../api/jsonrpc.h"
#include "../../core/archive/backupcatalog.h"
#include "../agentconfig.h"

#include <QHash>
#include <QJsonObject>

#include <expected>
#include <memory>
#include <mutex>

namespace mailstore::agent {

class BackupTargets {
public:
    explicit BackupTargets(QList<BackupTarget> targets);

    const QList<BackupTarget> &all() const { return m_targets; }
    // 1001 with data {"target"} when no target has that name.
    std::expected<BackupTarget, api::RpcError> find(const QString &name) const;

    using CatalogPtr = std::shared_ptr<const core::archive::BackupCatalog>;
    // The target's catalog (cached); an error when the folder or its catalog cannot be read.
    core::Result<CatalogPtr> catalog(const BackupTarget &target) const;

    // backup.targets' item for one target: availability, free space, counts.
    QJsonObject targetJson(const BackupTarget &target) const;
    // host.info's "backups": {"targets", "attention", "lastBackup", "lastVerified"}.
    QJsonObject hostSummary() const;

private:
    struct Cached {
        std::uint64_t dev = 0, ino = 0, size = 0;
        std::int64_t mtimeNs = -1;
        CatalogPtr catalog;
    };
    QList<BackupTarget> m_targets;
    mutable std::mutex m_mutex;
    mutable QHash<QString, Cached> m_cache; // by target name
};

// BackupEntry on the wire (docs/admin-api.md, backup.list).
QJsonObject backupEntryJson(const core::archive::CatalogEntry &entry);

} // namespace mailstore::agent
