// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tools for "secrets never leak" checks (R22, R27): capture this process's stderr and
// Qt messages while logins run, and list every file under the folders to search.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailstore::test {

// Redirects fd 2 into a file, so whatever any code writes to stderr (Qt, libssh, ours)
// can be searched afterwards. stop() puts the real stderr back and returns the capture.
class StderrCapture {
public:
    StderrCapture() = default;
    ~StderrCapture();
    StderrCapture(const StderrCapture &) = delete;
    StderrCapture &operator=(const StderrCapture &) = delete;

    bool start(const QString &path);
    QByteArray stop();

private:
    int m_saved = -1;
    QString m_path;
};

// Records every Qt message (qDebug … qFatal) while installed, and still passes it on
// to the handler before it (QtTest's).
class MessageRecorder {
public:
    MessageRecorder();
    ~MessageRecorder();
    MessageRecorder(const MessageRecorder &) = delete;
    MessageRecorder &operator=(const MessageRecorder &) = delete;

    QStringList messages() const;
};

// Regular files (hidden ones too) below each folder.
QStringList filesUnder(const QStringList &dirs);

} // namespace mailstore::test
