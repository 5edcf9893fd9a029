// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the SSH login tests (tst_sshauth, tst_sshprompter): who logs in and which
// bridge runs on the far side, and one host.info call over an SshTransport.

#include "sshserver.h"
#include "sshtestaccount.h"

#include "agentclient.h"
#include "transport/sshtransport.h"

#include <functional>
#include <memory>

class QEventLoop;

namespace mailstore::app::test {
class TestStore;
}

namespace mailstore::test {

// As root: the local test account (SshTestAccount), so password and
// keyboard-interactive logins can be tested, and sshd uses PAM. Otherwise: the current
// user, key logins only, against a demo store of their own.
class SshLogin {
public:
    SshLogin();
    ~SshLogin();

    bool prepare(); // false with error() set
    QString error() const { return m_error; }
    // Whether password and keyboard-interactive can be tested; why not in skipReason().
    bool hasAccount() const { return m_account != nullptr; }
    QString skipReason() const { return m_skipReason; }

    QString user() const { return m_user; }
    QString password() const; // the account's; empty without one
    QString remoteCommand() const { return m_remoteCommand; }
    QString stateDir() const;
    // An sshd that offers only `methods` ("password", "keyboard-interactive",
    // "publickey"), with PAM when there is an account.
    SshServer::Options serverOptions(const QString &methods) const;
    // A target for this login on sshd; the host key is trusted on first use and
    // recorded in knownHostsFile.
    app::SshTarget target(const SshServer &sshd, const QString &knownHostsFile) const;

private:
    std::unique_ptr<SshTestAccount> m_account;
    std::unique_ptr<app::test::TestStore> m_store;
    QString m_user;
    QString m_remoteCommand;
    QString m_error;
    QString m_skipReason;
};

struct HostInfoOutcome {
    bool answered = false;
    bool ok = false;          // answered without an error
    QString hostname;         // from host.info
    QString error;            // the call's error message
    app::SshFailure failure = app::SshFailure::None;
    QStringList clientLog;    // AgentClient::log(): the bridge's stderr (diagnostics)
};

// One host.info call over a fresh SshTransport. Starts at once; wait() runs the event
// loop until the answer (or the timeout), so a test can work dialogs in between.
class HostInfoCall {
public:
    using Hook = std::function<void(app::SshTransport *)>;
    explicit HostInfoCall(const app::SshTarget &target, const Hook &hook = {});
    ~HostInfoCall();
    HostInfoCall(const HostInfoCall &) = delete;
    HostInfoCall &operator=(const HostInfoCall &) = delete;

    bool wait(int timeoutMs);
    const HostInfoOutcome &outcome() const { return m_outcome; }
    app::AgentClient &client() { return m_client; }

private:
    app::AgentClient m_client;
    HostInfoOutcome m_outcome;
    QEventLoop *m_loop = nullptr;
};

// HostInfoCall and wait() in one; outcome().answered is false on timeout.
HostInfoOutcome hostInfoOver(const app::SshTarget &target, int timeoutMs,
                             const HostInfoCall::Hook &hook = {});

} // namespace mailstore::test
