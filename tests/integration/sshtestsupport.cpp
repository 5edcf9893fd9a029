// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshtestsupport.h"

#include "api/methods.h"
#include "teststore.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailstore::test {

SshLogin::SshLogin() = default;
SshLogin::~SshLogin() = default;

bool SshLogin::prepare()
{
    const QString agent = app::test::TestStore::agentProgram();
    if (agent.isEmpty()) {
        m_error = u"the agent was not built (MAILSTORE_AGENT_BIN is empty)"_s;
        return false;
    }
    if (SshTestAccount::canManageAccounts(&m_skipReason)) {
        m_account = std::make_unique<SshTestAccount>();
        if (!m_account->prepare(agent)) {
            m_error = m_account->error();
            return false;
        }
        m_user = m_account->userName();
        m_remoteCommand = m_account->remoteCommand();
        return true;
    }
    m_store = std::make_unique<app::test::TestStore>(12, 7, 0.1);
    if (!m_store->isValid()) {
        m_error = m_store->error();
        return false;
    }
    const passwd *pw = ::getpwuid(::geteuid());
    m_user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    m_remoteCommand = u"%1 --stdio --root %2 --state-dir %3"_s.arg(agent, m_store->root(),
                                                                   m_store->stateDir());
    return true;
}

QString SshLogin::password() const
{
    return m_account ? m_account->password() : QString();
}

QString SshLogin::stateDir() const
{
    return m_account ? m_account->stateDir() : m_store->stateDir();
}

SshServer::Options SshLogin::serverOptions(const QString &methods) const
{
    SshServer::Options options;
    options.pam = hasAccount();
    options.authenticationMethods = methods;
    return options;
}

app::SshTarget SshLogin::target(const SshServer &sshd, const QString &knownHostsFile) const
{
    app::SshTarget t;
    t.user = m_user;
    t.host = u"127.0.0.1"_s;
    t.port = sshd.port();
    t.remoteCommand = m_remoteCommand;
    t.knownHostsFile = knownHostsFile;
    t.userKnownHostsFile = QString(); // the tester's ~/.ssh/known_hosts must not decide anything
    t.acceptFingerprint = sshd.hostFingerprint();
    return t;
}

HostInfoCall::HostInfoCall(const app::SshTarget &target, const Hook &hook)
{
    m_client.connectTo([this, target, hook]() -> std::unique_ptr<app::Transport> {
        auto transport = std::make_unique<app::SshTransport>(target);
        app::SshTransport *raw = transport.get();
        // Connected before AgentClient's own handler, so the kind is known first.
        QObject::connect(raw, &app::Transport::closed, raw,
                         [this, raw] { m_outcome.failure = raw->failure(); });
        if (hook)
            hook(raw);
        return transport;
    });
    m_client.call(api::method::HostInfo, {}, &m_client, [this](const api::Response &r) {
        m_outcome.answered = true;
        m_outcome.ok = !r.error;
        m_outcome.error = r.error ? r.error->message : QString();
        m_outcome.hostname = r.result.toObject().value("hostname"_L1).toString();
        m_outcome.clientLog = m_client.log();
        if (m_loop)
            m_loop->quit();
    });
}

HostInfoCall::~HostInfoCall() = default;

bool HostInfoCall::wait(int timeoutMs)
{
    if (!m_outcome.answered) {
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
    }
    m_outcome.clientLog = m_client.log();
    return m_outcome.answered;
}

HostInfoOutcome hostInfoOver(const app::SshTarget &target, int timeoutMs, const HostInfoCall::Hook &hook)
{
    HostInfoCall call(target, hook);
    call.wait(timeoutMs);
    return call.outcome();
}

} // namespace mailstore::test
