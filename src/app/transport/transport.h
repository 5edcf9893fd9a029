// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Transport: a byte pipe to one agent. AgentClient speaks JSON-RPC over it and knows
// nothing about processes, SSH channels or HTTP; each transport (local process today,
// SSH and HTTPS later) only moves bytes and reports how the link ended.
// Rules for implementers: open() returns at once and later emits opened() or closed();
// after closed() no other signal is emitted until the next open().

#include <QObject>
#include <QString>

namespace mailstore::app {

class Transport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual void open() = 0;
    // Ends the link without emitting closed() (the caller already knows why).
    virtual void close() = 0;
    // Sends one frame; the transport appends the newline.
    virtual void write(const QByteArray &frame) = 0;
    virtual bool isOpen() const = 0;
    // For people: "local agent /usr/bin/mailstore-agent on /srv/mail".
    virtual QString description() const = 0;
    // False when the agent cannot send notifications (job.progress) over this link,
    // e.g. HTTPS request/response: callers then poll instead.
    virtual bool pushesNotifications() const { return true; }
    // Read when closed() is emitted: true when the link failed in a way only a person can
    // fix (a host key or certificate to check, credentials refused). Retrying by itself
    // would not help, and repeated failed logins can lock an account.
    virtual bool failureNeedsUser() const { return false; }

signals:
    void opened();
    void received(const QByteArray &bytes);
    // Diagnostic text from the far side (the agent's stderr), for the log.
    void diagnostics(const QByteArray &bytes);
    void closed(const QString &reason);
};

} // namespace mailstore::app
