// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo agent's state folder and its storage history: the demo store's agent keeps
// its state in "<store>-state" (beside the store, not in the per-user default), so the
// console knows where to put 30 days of demo metrics (core/demo/demometrics.h) before
// the agent first starts. The Storage tab and the fleet overview then chart a history
// instead of the few minutes a fresh agent would have.

#include <QString>

#include <expected>

namespace mailstore::app::demo {

// <store>-state
QString stateDir(const QString &storeDir);

// Blocking (run it on a worker thread): writes <stateDir>/metrics.sqlite ending now when
// it is missing, through a temporary name so an interrupted run starts over.
std::expected<void, QString> ensureMetrics(const QString &stateDir);

} // namespace mailstore::app::demo
