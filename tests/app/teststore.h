// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TestStore: a real demo store made by the real agent (`demo-init`) in a temporary
// folder, with a private state folder so each test's daemon stays its own; the
// destructor stops that daemon. Tests of the console never talk to a fake agent.

#include "localagent.h"

#include <QString>
#include <QTemporaryDir>

namespace mailstore::app::test {

class TestStore {
public:
    // scale shrinks the message counts (demo-init --scale) to keep tests quick.
    explicit TestStore(int accounts = 300, int seed = 7, double scale = 0.1);
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString root() const { return m_dir.path() + QStringLiteral("/store"); }
    QString stateDir() const { return m_dir.path() + QStringLiteral("/state"); }
    LocalStore localStore() const;
    // 30 days of demo storage history (core/demo/demometrics) in the state folder, as
    // the demo gets it, for an agent with the metrics methods (API 1.6) to serve. Call
    // it before the daemon starts.
    bool addDemoMetrics();

    static QString agentProgram();

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace mailstore::app::test
