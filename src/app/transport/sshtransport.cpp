// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshtransport.h"

#include "sshworker.h"

namespace mailstore::app {

namespace {
constexpr int StopWaitMs = 2000;
} // namespace

SshTransport::SshTransport(SshTarget target, QObject *parent)
    : Transport(parent)
    , m_target(std::move(target))
{
}

SshTransport::~SshTransport()
{
    stopWorker();
}

void SshTransport::open()
{
    stopWorker();
    m_failure = SshFailure::None;
    m_open = false;
    auto *worker = new SshWorker(m_target);
    m_worker = worker;
    // Queued: the worker emits from its own thread; order is kept per connection.
    connect(worker, &SshWorker::opened, this, [this] {
        m_open = true;
        emit opened();
    }, Qt::QueuedConnection);
    connect(worker, &SshWorker::received, this, &Transport::received, Qt::QueuedConnection);
    connect(worker, &SshWorker::diagnostics, this, &Transport::diagnostics, Qt::QueuedConnection);
    connect(worker, &SshWorker::hostKeyUnknown, this, &SshTransport::hostKeyUnknown,
            Qt::QueuedConnection);
    connect(worker, &SshWorker::failed, this, [this](int kind, const QString &reason) {
        m_open = false;
        m_failure = SshFailure(kind);
        emit closed(reason);
    }, Qt::QueuedConnection);
    // The worker may outlive a close() that timed out (stuck in connect): it then
    // deletes itself when its thread ends.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SshTransport::stopWorker()
{
    if (!m_worker)
        return;
    SshWorker *worker = m_worker;
    m_worker.clear();
    worker->disconnect(this);
    worker->requestStop();
    // The relay loop notices within milliseconds; only a blocking ssh_connect can take
    // longer, and the GUI should not freeze for it.
    if (worker->wait(StopWaitMs))
        delete worker;
}

void SshTransport::close()
{
    m_open = false;
    stopWorker();
}

void SshTransport::write(const QByteArray &frame)
{
    if (m_worker)
        m_worker->send(frame + '\n');
}

bool SshTransport::isOpen() const
{
    return m_open;
}

QString SshTransport::description() const
{
    return tr("agent over SSH on %1").arg(m_target.displayName());
}

void SshTransport::acceptHostKey(bool trust)
{
    if (m_worker)
        m_worker->answerHostKey(trust);
}

} // namespace mailstore::app
