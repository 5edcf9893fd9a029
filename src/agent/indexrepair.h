// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent's index operations, shared by the API (index.verify, index.rebuild) and the
// CLI (`index verify`, `index rebuild`) so both give the same answers and JSON.

#include "../api/jsonrpc.h"
#include "../core/integrity/integrityscan.h"
#include "doveadm.h"

#include <QJsonObject>

#include <expected>

namespace mailstore::agent {

struct RepairOptions {
    bool dryRun = false;
    bool kick = false;   // doveadm kick the user first
    bool resync = true;  // doveadm force-resync afterwards
};

// {"account", "healthy", "problems", "findings"} for one account, optionally one mailbox.
std::expected<QJsonObject, api::RpcError> verifyAccount(const core::maildir::AccountLocation &account,
                                                        const QString &mailbox, bool deep);

// Rebuilds one account (AccountRebuildReport JSON plus "doveadm": what Dovecot said).
std::expected<QJsonObject, api::RpcError> repairAccount(const core::maildir::AccountLocation &account,
                                                        const QString &mailbox, const RepairOptions &options,
                                                        const Doveadm &doveadm);

} // namespace mailstore::agent
