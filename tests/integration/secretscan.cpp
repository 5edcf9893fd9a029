// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace mailstore::test {

namespace {
// Qt's handler is process-wide, so the recorder's state is too.
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

StderrCapture::~StderrCapture()
{
    const QByteArray rest = stop();
    std::fwrite(rest.constData(), 1, size_t(rest.size()), stderr); // not lost on early exit
}

bool StderrCapture::start(const QString &path)
{
    std::fflush(stderr);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    m_saved = ::dup(2);
    const bool ok = m_saved >= 0 && ::dup2(fd, 2) >= 0;
    ::close(fd);
    m_path = path;
    return ok;
}

QByteArray StderrCapture::stop()
{
    if (m_saved < 0)
        return {};
    std::fflush(stderr);
    ::dup2(m_saved, 2);
    ::close(m_saved);
    m_saved = -1;
    QFile f(m_path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

MessageRecorder::MessageRecorder()
{
    g_previous = qInstallMessageHandler(record);
}

MessageRecorder::~MessageRecorder()
{
    qInstallMessageHandler(g_previous);
}

QStringList MessageRecorder::messages() const
{
    const QMutexLocker lock(&g_mutex);
    return g_messages;
}

QStringList filesUnder(const QStringList &dirs)
{
    QStringList files;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

} // namespace mailstore::test
