// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bridge (`mailstore-agent --stdio`): relays bytes between stdin/stdout and the daemon's
// Unix socket, starting the daemon first if none runs for the store. It holds no state:
// killing it (or the SSH link or console that runs it) leaves the daemon and its work
// alive, and the next bridge re-attaches. stdout carries protocol frames only; every
// diagnostic goes to stderr.

#include "agentconfig.h"

namespace mailstore::agent {

struct BridgeOptions {
    QString agentExecutable;    // used to start the daemon
    int spawnedIdleTimeoutSec = 600; // idle timeout of a daemon this bridge starts
    int connectTimeoutMs = 15000;
};

// Returns the process exit code: 0 when stdin closed, 1 when the daemon went away or
// could not be reached.
int runBridge(const AgentConfig &config, const BridgeOptions &options);

} // namespace mailstore::agent
