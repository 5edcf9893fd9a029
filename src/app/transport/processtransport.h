// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProcessTransport: runs the agent as a child process (`mailstore-agent --stdio ...`)
// and uses its stdin/stdout as the link; stderr goes to diagnostics().

#include "transport.h"

#include <QProcess>
#include <QStringList>

namespace mailstore::app {

class ProcessTransport final : public Transport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessTransport)
public:
    ProcessTransport(QString program, QStringList arguments, QObject *parent = nullptr);
    ~ProcessTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray &frame) override;
    bool isOpen() const override;
    QString description() const override;

    qint64 processId() const { return m_process.processId(); }

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void emitClosed(const QString &reason);

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    bool m_closing = false;
};

} // namespace mailstore::app
