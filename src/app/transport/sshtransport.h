// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshTransport: the agent's --stdio bridge on a remote host, reached over SSH (libssh)
// through an exec channel. The libssh session lives in an SshWorker thread; this object
// stays in the GUI thread and only relays queued signals, so callers see the same
// Transport contract as the local process transport.

#include "sshtarget.h"
#include "transport.h"

#include <QPointer>

namespace mailstore::app {

class SshWorker;

class SshTransport final : public Transport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTransport)
public:
    explicit SshTransport(SshTarget target, QObject *parent = nullptr);
    ~SshTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray &frame) override;
    bool isOpen() const override;
    QString description() const override;

    // Answer to hostKeyUnknown(); until then the connection waits, with nothing sent.
    void acceptHostKey(bool trust);
    // Why the last link ended (None while open or after close()).
    SshFailure failure() const { return m_failure; }
    bool failureNeedsUser() const override
    {
        return m_failure == SshFailure::HostKeyUnknown || m_failure == SshFailure::HostKeyRefused
            || m_failure == SshFailure::AuthFailed;
    }
    const SshTarget &target() const { return m_target; }

signals:
    // Only when target().interactiveHostKey is set and the key is in no known_hosts file.
    void hostKeyUnknown(const QString &keyType, const QString &fingerprint);

private:
    void stopWorker();

    SshTarget m_target;
    QPointer<SshWorker> m_worker;
    SshFailure m_failure = SshFailure::None;
    bool m_open = false;
};

} // namespace mailstore::app
