// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshWorker: one libssh session and its exec channel, owned by one thread (libssh
// sessions are not to be shared between threads). It connects, verifies the host key
// before any authentication, authenticates, runs the remote command and relays bytes.
// Signals are emitted from the worker thread; receivers in the GUI thread get them
// queued. The GUI side talks to it only through the thread-safe methods below.

#include "sshtarget.h"

#include <QByteArray>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <optional>
#include <stop_token>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace mailstore::app {

class SshWorker final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshWorker)
public:
    explicit SshWorker(SshTarget target, QObject *parent = nullptr);
    ~SshWorker() override;

    // Thread-safe.
    void send(const QByteArray &bytes);
    void answerHostKey(bool trust);
    void requestStop();

signals:
    void opened();
    void received(const QByteArray &bytes);
    void diagnostics(const QByteArray &bytes);
    void hostKeyUnknown(const QString &keyType, const QString &fingerprint);
    // kind is an SshFailure; emitted once, last.
    void failed(int kind, const QString &reason);

protected:
    void run() override;

private:
    bool connectSession();
    bool verifyHostKey();
    bool authenticate();
    int authPublicKey();
    int authKeyFile();
    int authKbdint();
    int authPassword();
    void failCancelled();
    bool openChannel();
    QString knownFingerprints() const;
    void relay();
    void relayLoop();
    void finishChannel();
    void fail(SshFailure kind, const QString &reason);
    bool stopping() const;
    QString sshError() const;

    SshTarget m_target;
    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    QByteArray m_stderrTail;
    bool m_failed = false;
    // The password known so far (the target's, or a prompted one); cleared when the
    // host refuses it, so a wrong password is not offered again.
    QString m_password;
    // Handed to the prompt callbacks: requestStop() wakes one that waits for a person.
    std::stop_source m_stopSource;

    mutable QMutex m_mutex; // guards everything below
    QWaitCondition m_wake;
    QByteArray m_outbox;
    std::optional<bool> m_hostKeyAnswer;
    bool m_stop = false;
    // Wakes the relay loop from poll() when there is something to send or to stop: a
    // fixed poll interval would add its length to every call's round trip.
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    void wakeRelay(); // with m_mutex held
};

} // namespace mailstore::app
