// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the HTTPS robustness and load tests: a daemon with its TLS face (a test CA
// made with the openssl CLI, one admin token), a raw HTTP/1.1-over-TLS client on
// QSslSocket that lets a test write any bytes and see every response header, and the
// daemon's descriptor, thread and memory figures from /proc.
#include "agentharness.h"
#include "testca.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>

#include <functional>
#include <memory>
#include <optional>

#include <unistd.h>

namespace testing {

struct RawReply {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers)
            if (n == name.toLower())
                return v;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name.toLower())
                return true;
        return false;
    }
};

// Cuts HTTP/1.1 responses out of a byte stream. The agent always sends Content-Length.
class ReplyParser {
public:
    void feed(const QByteArray &bytes) { m_buf += bytes; }
    std::optional<RawReply> next()
    {
        const qsizetype end = m_buf.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buf.left(end).split('\n');
        RawReply r;
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        r.status = status.size() >= 2 ? status.at(1).toInt() : -1;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        length = r.header("Content-Length").toLongLong();
        if (m_buf.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_buf.mid(end + 4, length);
        m_buf.remove(0, end + 4 + length);
        return r;
    }
    const QByteArray &pending() const { return m_buf; }

private:
    QByteArray m_buf;
};

// One TLS connection from a chosen loopback source address (the agent caps connections
// per peer address, and all of 127/8 is ours to connect from).
class TlsClient {
public:
    TlsClient(const QList<QSslCertificate> &ca, const QHostAddress &source)
        : m_socket(std::make_unique<QSslSocket>())
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(ca);
        m_socket->setSslConfiguration(conf);
        m_socket->bind(source);
        QObject::connect(m_socket.get(), &QSslSocket::encrypted, m_socket.get(), [this] {
            m_encrypted = true;
            if (onEncrypted)
                onEncrypted();
        });
        QObject::connect(m_socket.get(), &QSslSocket::readyRead, m_socket.get(), [this] {
            m_parser.feed(m_socket->readAll());
            while (auto r = m_parser.next()) {
                if (onReply)
                    onReply(*r);
                else
                    m_replies.append(*r);
            }
        });
        QObject::connect(m_socket.get(), &QSslSocket::disconnected, m_socket.get(), [this] { markClosed(); });
        QObject::connect(m_socket.get(), &QSslSocket::errorOccurred, m_socket.get(), [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                markClosed();
        });
    }

    void connectTo(int port)
    {
        m_clock.start();
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
    }
    bool waitEncrypted(int ms = 10000) { return QTest::qWaitFor([this] { return m_encrypted || m_closed; }, ms) && m_encrypted; }
    void write(const QByteArray &bytes) { m_socket->write(bytes); }
    std::optional<RawReply> waitReply(int ms = 10000)
    {
        if (!QTest::qWaitFor([this] { return !m_replies.isEmpty() || m_closed; }, ms) || m_replies.isEmpty())
            return std::nullopt;
        return m_replies.takeFirst();
    }
    bool waitClosed(int ms) { return QTest::qWaitFor([this] { return m_closed; }, ms); }
    void close() { m_socket->abort(); }

    bool encrypted() const { return m_encrypted; }
    bool closed() const { return m_closed; }
    // Since connectTo(), when the connection ended (-1: still open).
    qint64 closedAfterMs() const { return m_closedAfterMs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    std::function<void()> onEncrypted;
    std::function<void(const RawReply &)> onReply; // else replies queue for waitReply()
    std::function<void()> onClosed;

private:
    void markClosed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_closedAfterMs = m_clock.elapsed();
        if (onClosed)
            onClosed();
    }

    std::unique_ptr<QSslSocket> m_socket;
    ReplyParser m_parser;
    QList<RawReply> m_replies;
    QElapsedTimer m_clock;
    qint64 m_closedAfterMs = -1;
    bool m_encrypted = false;
    bool m_closed = false;
};

inline QHostAddress loopback(int lastOctet) { return QHostAddress(QStringLiteral("127.0.0.%1").arg(lastOctet)); }

inline QByteArray rpcRequest(const QByteArray &token, const QByteArray &json)
{
    return "POST /v1/rpc HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

// /proc figures of a process: open descriptors, threads, resident memory in KiB.
inline int openFds(qint64 pid) { return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::Files | QDir::System).size()); }

inline qint64 procStatus(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}
inline qint64 rssKb(qint64 pid) { return procStatus(pid, "VmRSS:"); }

// TCP connections (not listening sockets) the process holds a descriptor for: the
// number that must return to 0 when clients leave, apart from descriptors the daemon
// opens lazily for itself (a pooled thread's eventfd, say).
inline int tcpConnections(qint64 pid)
{
    QSet<QByteArray> inodes;
    for (const char *table : {"tcp", "tcp6"}) {
        QFile f(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1String(table)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n').mid(1)) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() > 9 && cols.at(3) != "0A") // 0A: LISTEN
                inodes.insert(cols.at(9));
        }
    }
    int n = 0;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        // readlink itself: Qt would resolve "socket:[N]" as a path relative to the folder.
        char target[64] = {};
        const ssize_t len = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        const QByteArray t(target, len > 0 ? len : 0);
        if (t.startsWith("socket:[") && inodes.contains(t.mid(8).chopped(1)))
            ++n;
    }
    return n;
}
inline int threadCount(qint64 pid) { return int(procStatus(pid, "Threads:")); }

// A daemon serving a demo store over HTTPS on a free loopback port.
class TlsDaemon {
public:
    bool start(int accounts = 20)
    {
        if (!m_h.init(accounts, 0.1))
            return false;
        const QString d = m_h.tmp() + QLatin1Char('/');
        QString caError;
        if (!mailstore::test::makeTestCa(m_h.tmp(), &caError)) {
            qWarning("%s", qPrintable(caError));
            return false;
        }
        ca = QSslCertificate::fromPath(d + QStringLiteral("ca.crt"));
        QByteArray out;
        if (m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), d + QStringLiteral("tokens.json"),
                          QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("ci")},
                         &out)
            != 0)
            return false;
        admin = out.trimmed();

        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(agentBin(), QStringList{QStringLiteral("daemon")} + m_h.storeArgs()
                                        + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                      QStringLiteral("--tls-cert"), d + QStringLiteral("server.crt"),
                                                      QStringLiteral("--tls-key"), d + QStringLiteral("server.key"),
                                                      QStringLiteral("--tokens"), d + QStringLiteral("tokens.json")});
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAll();
            if (const auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch()) {
                port = m.captured(1).toInt();
                pid = m_process.processId();
                return ca.size() == 1 && admin.startsWith("msa_");
            }
        }
        qWarning("daemon did not listen: %s", seen.constData());
        return false;
    }

    // Stops through the daemon's own command and reports whether it exited cleanly.
    bool stop()
    {
        m_h.stopDaemon();
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    int port = 0;
    qint64 pid = 0;
    QByteArray admin;
    QList<QSslCertificate> ca;

private:
    AgentHarness m_h;
    QProcess m_process;
};

} // namespace testing
