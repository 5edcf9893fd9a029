// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Demo backups: the demo store's agent gets a backup target ("onsite") with a few real
// backups in it (made by the core, as the agent would), so the Backups tab, the restore
// wizard and the host page's backup warning have something true to show. Some backups
// are left unverified on purpose: the warning is part of what the demo shows.

#include <QString>

#include <expected>

namespace mailstore::app::demo {

// <store>-agent.conf: the agent config naming the demo's backup target.
QString configFile(const QString &storeDir);
// <store>-backups/onsite
QString backupTarget(const QString &storeDir);

// Blocking (run it on a worker thread): makes the target, the backups and then the
// config file, last, so an interrupted run starts over. Does nothing when the config
// file exists.
std::expected<void, QString> ensureBackups(const QString &storeDir);

} // namespace mailstore::app::demo
