// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the local agent program is and how to start it for a store on this machine.

#include "agentclient.h"

#include <QString>
#include <QStringList>

namespace mailstore::app {

struct LocalStore {
    QString root;          // the mail root (--root)
    QString layout;        // optional --layout pattern
    QStringList extraArgs; // e.g. --state-dir for tests and private daemons
};

// MAILSTORE_AGENT, then next to this program, then the build tree, then PATH.
// Empty when none is found.
QString findAgentProgram();

QStringList stdioArguments(const LocalStore &store);

// A factory for AgentClient::connectTo() that runs `<agent> --stdio …`.
AgentClient::TransportFactory localTransportFactory(const LocalStore &store);

} // namespace mailstore::app
