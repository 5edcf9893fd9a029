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

signals:
    void opened();
    void received(const QByteArray &bytes);
    // Diagnostic text from the far side (the agent's stderr), for the log.
    void diagnostics(const QByteArray &bytes);
    void closed(const QString &reason);
};

} // namespace mailstore::app
