// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupTargets: the host's configured backup folders and what their catalogs say.
// Catalog reads are cached per target and reread only when the catalog file changed
// (inode, size, mtime). host.info (on the daemon's main thread, at every console
// keep-alive) never parses a catalog itself once the cache is warm: a changed catalog
// (after each account of a running backup) is reread on a worker thread and the summary
// uses the previous version until then. Thread-safe: routes run on the pool.

#include "../../api/jsonrpc.h"
#include "../../core/archive/backupcatalog.h"
#include "../agentconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QThreadPool>

#include <expected>
#include <memory>
#include <mutex>

namespace mailstore::agent {

class BackupTargets {
public:
    explicit BackupTargets(QList<BackupTarget> targets);
    ~BackupTargets();

    // Reads every target's catalog on a worker thread (daemon start).
    void warmUp() const;

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
    struct Stamp { // of the catalog file; all zero (mtime -1) while there is none
        std::uint64_t dev = 0, ino = 0, size = 0;
        std::int64_t mtimeNs = -1;
        bool operator==(const Stamp &) const = default;
    };
    static core::Result<Stamp> stampOf(const BackupTarget &target);
    struct Cached {
        Stamp stamp;
        CatalogPtr catalog;
        bool refreshing = false; // a worker is rereading it
    };
    // The catalog for the host summary: cached, stale while a worker rereads it.
    CatalogPtr summaryCatalog(const BackupTarget &target) const;
    void refreshLater(const BackupTarget &target) const;
    QList<BackupTarget> m_targets;
    mutable std::mutex m_mutex;
    mutable QHash<QString, Cached> m_cache; // by target name
    mutable QThreadPool m_pool; // its destructor waits: no reread outlives this object
};

// BackupEntry on the wire (docs/admin-api.md, backup.list).
QJsonObject backupEntryJson(const core::archive::CatalogEntry &entry);

} // namespace mailstore::agent
