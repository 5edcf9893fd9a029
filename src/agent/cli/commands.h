// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agent's faces. Each takes the full argument list (argv[0] first) and returns the
// process exit code. CLI commands run in-process on the core, so they work when no
// daemon runs.

#include <QStringList>

namespace mailstore::agent::cli {

int runBridgeCommand(const QStringList &args);
int runDaemonCommand(const QStringList &args);   // daemon | daemon stop | daemon status
int runAccountsCommand(const QStringList &args); // accounts [--filter T] ...
int runAccountCommand(const QStringList &args);  // account show NAME
int runDemoInitCommand(const QStringList &args); // demo-init DIR ...
int runIndexCommand(const QStringList &args);    // index verify|rebuild ...
int runTokenCommand(const QStringList &args);    // token add|list|revoke --tokens F
int runBackupCommand(const QStringList &args);   // backup create|list|verify ...
int runRestoreCommand(const QStringList &args);  // restore --from PATH --account NAME ...
int runMetricsCommand(const QStringList &args);  // metrics [--series S] [--since D] [--points N]
int runAlertsCommand(const QStringList &args);   // alerts [--json]

} // namespace mailstore::agent::cli
