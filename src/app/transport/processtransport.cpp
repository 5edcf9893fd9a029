// SPDX-License-Identifier: GPL-3.0-or-later
#include "processtransport.h"

#include <QFileInfo>

namespace mailstore::app {

ProcessTransport::ProcessTransport(QString program, QStringList arguments, QObject *parent)
    : Transport(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::started, this, &Transport::opened);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { emit received(m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { emit diagnostics(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &ProcessTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ProcessTransport::onError);
}

ProcessTransport::~ProcessTransport()
{
    close();
}

void ProcessTransport::open()
{
    m_closing = false;
    m_process.start(m_program, m_arguments);
}

void ProcessTransport::close()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_closing = true;
    // The --stdio bridge exits on EOF; the daemon behind it stays up, which is wanted.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(500)) {
        m_process.kill();
        m_process.waitForFinished(500);
    }
}

void ProcessTransport::write(const QByteArray &frame)
{
    m_process.write(frame + '\n');
}

bool ProcessTransport::isOpen() const
{
    return m_process.state() == QProcess::Running;
}

QString ProcessTransport::description() const
{
    return tr("local agent %1").arg(m_program);
}

void ProcessTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    // Deliver what the agent said last before reporting its end.
    const QByteArray rest = m_process.readAllStandardOutput();
    if (!rest.isEmpty())
        emit received(rest);
    const QByteArray err = m_process.readAllStandardError();
    if (!err.isEmpty())
        emit diagnostics(err);
    if (status == QProcess::CrashExit)
        emitClosed(tr("The agent process crashed or was killed."));
    else
        emitClosed(tr("The agent process exited with code %1.").arg(exitCode));
}

void ProcessTransport::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        const QString why = QFileInfo::exists(m_program)
            ? tr("The agent %1 could not be started: %2.").arg(m_program, m_process.errorString())
            : tr("The agent program %1 was not found.").arg(m_program);
        emitClosed(why);
    }
    // Crashes are reported through finished(); write errors show up as a crash too.
}

void ProcessTransport::emitClosed(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    emit closed(reason);
}

} // namespace mailstore::app
