// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test harness for the real agent binary: a demo store in a temp folder, a private state
// folder (short path: Unix socket paths are limited to 107 bytes), bridges started as
// real processes, and blocking JSON-RPC calls over them with a timeout.

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace testing {

inline QString agentBin() { return QStringLiteral(MAILSTORE_AGENT_BIN); }

inline bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

class AgentHarness {
public:
    // Writes a demo store; N accounts at the given message scale (`extra`: more demo-init
    // options, e.g. --damaged 0).
    bool init(int accounts = 30, double scale = 0.2, int seed = 7, const QStringList &extra = {})
    {
        if (!m_tmp.isValid())
            return false;
        m_root = m_tmp.path() + QStringLiteral("/store");
        m_state = m_tmp.path() + QStringLiteral("/st");
        QProcess p;
        p.start(agentBin(), QStringList{QStringLiteral("demo-init"), m_root, QStringLiteral("--accounts"),
                             QString::number(accounts), QStringLiteral("--seed"), QString::number(seed),
                             QStringLiteral("--scale"), QString::number(scale)} + extra);
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    ~AgentHarness() { stopDaemon(); }

    QString root() const { return m_root; }
    QString stateDir() const { return m_state; }
    QString tmp() const { return m_tmp.path(); }

    QStringList storeArgs() const
    {
        return {QStringLiteral("--root"), m_root, QStringLiteral("--state-dir"), m_state};
    }

    // Closing stdin is how a console ends a bridge; the deleter does that, then waits.
    struct BridgeCloser {
        void operator()(QProcess *p) const
        {
            if (p->state() != QProcess::NotRunning) {
                p->closeWriteChannel();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(3000);
                }
            }
            delete p;
        }
    };
    using Bridge = std::unique_ptr<QProcess, BridgeCloser>;

    Bridge startBridge(int idleTimeout = 60, const QStringList &extra = {}) const
    {
        Bridge p(new QProcess);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(agentBin(), QStringList{QStringLiteral("--stdio")} + storeArgs()
                                 + QStringList{QStringLiteral("--idle-timeout"), QString::number(idleTimeout)} + extra);
        if (!p->waitForStarted(5000))
            return nullptr;
        return p;
    }

    int runAgent(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
                 int timeoutMs = 60000) const
    {
        QProcess p;
        p.start(agentBin(), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    void stopDaemon() const
    {
        if (!m_root.isEmpty())
            runAgent(QStringList{QStringLiteral("daemon"), QStringLiteral("stop")} + storeArgs(), nullptr, nullptr,
                     15000);
    }

private:
    QTemporaryDir m_tmp{QDir::tempPath() + QStringLiteral("/msa-XXXXXX")};
    QString m_root;
    QString m_state;
};

// Reads one line (a frame) from the process's stdout, waiting up to timeoutMs.
inline QByteArray readLine(QProcess &p, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine()) {
        const int left = timeoutMs - int(t.elapsed());
        if (left <= 0 || !p.waitForReadyRead(left))
            if (!p.canReadLine())
                return {};
    }
    return p.readLine().trimmed();
}

inline void writeFrame(QProcess &p, const QByteArray &frame)
{
    p.write(frame);
    p.write("\n");
    p.waitForBytesWritten(30000);
}

// Server notifications (job.progress) that arrived while a call waited for its answer,
// per bridge process, oldest first.
inline QHash<const QProcess *, QList<QJsonObject>> &pendingNotifications()
{
    static QHash<const QProcess *, QList<QJsonObject>> notes;
    return notes;
}

// One call; returns the whole response object (empty on timeout). Notifications that
// come first are kept in pendingNotifications(), as a client matching by id would.
inline QJsonObject call(QProcess &p, const QString &method, const QJsonObject &params = {}, int id = 1)
{
    QJsonObject req{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
                    {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        req.insert(QStringLiteral("params"), params);
    writeFrame(p, QJsonDocument(req).toJson(QJsonDocument::Compact));
    for (;;) {
        const QByteArray line = readLine(p);
        if (line.isEmpty())
            return {};
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("method")) && !o.contains(QStringLiteral("id"))) {
            pendingNotifications()[&p].append(o);
            continue;
        }
        return o;
    }
}

inline QJsonObject result(const QJsonObject &response)
{
    return response.value(QStringLiteral("result")).toObject();
}

inline int errorCode(const QJsonObject &response)
{
    return response.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

} // namespace testing
