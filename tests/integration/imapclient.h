// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImapClient: a small synchronous IMAP4rev1 client over QTcpSocket, for tests only.
// Every call blocks until the tagged reply (or a timeout) and returns either the parsed
// data or an error text: a tagged NO/BAD comes back as an error carrying the server's
// words, because a damaged index can make SELECT fail and the tests must say so.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <expected>

namespace integration {

template <typename T>
using ImapResult = std::expected<T, QString>;

// The error text, or empty on success. QVERIFY2 evaluates its message even when the
// check passes, so tests must never call error() on a result that holds a value.
template <typename T>
QString errorText(const ImapResult<T> &r)
{
    return r ? QString() : r.error();
}

struct SelectInfo {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
};

struct FetchedMessage {
    quint32 uid = 0;
    QStringList flags;      // as the server sent them, e.g. "\\Seen", "$Junk"
    QByteArray messageId;   // value of the Message-ID header, trimmed; empty when absent
    quint64 rfc822Size = 0;
};

// One parsed IMAP value: an atom/string/literal (text) or a parenthesised list.
struct ImapValue {
    bool isList = false;
    bool isNil = false;
    QByteArray text;
    QList<ImapValue> items;
};

class ImapClient {
public:
    explicit ImapClient(int timeoutMs = 20000) : m_timeoutMs(timeoutMs) {}
    ~ImapClient();

    ImapResult<void> connectTo(quint16 port); // 127.0.0.1; reads the greeting
    ImapResult<void> login(const QString &user, const QString &password);
    ImapResult<SelectInfo> select(const QString &mailbox);
    ImapResult<void> create(const QString &mailbox);
    // flags: e.g. {"\\Seen", "$Junk"}; internalDate invalid = server's clock.
    ImapResult<void> append(const QString &mailbox, const QByteArray &rfc822, const QStringList &flags = {},
                            const QDateTime &internalDate = {});
    ImapResult<QList<FetchedMessage>> uidFetchAll(); // selected mailbox, ordered by UID
    // item: "+FLAGS", "-FLAGS.SILENT", ...; flags: {"\\Seen"}.
    ImapResult<void> uidStore(quint32 uid, const QString &item, const QStringList &flags);
    ImapResult<void> expunge();
    ImapResult<void> logout();

    // Sends one command (without tag) and returns the untagged lines (literals inlined).
    ImapResult<QList<QByteArray>> command(const QByteArray &cmd);

    static QByteArray quoted(const QString &s);
    // Parses a sequence of IMAP values (atoms, "strings", {n} literals, (lists)).
    static QList<ImapValue> parse(const QByteArray &data);

private:
    ImapResult<QByteArray> readLine();                // one CRLF line, raw
    ImapResult<QByteArray> readResponse();            // a line plus inlined literals
    ImapResult<QList<QByteArray>> finish(const QByteArray &tag); // until the tagged reply
    QByteArray nextTag();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_timeoutMs;
    int m_tagCounter = 0;
};

} // namespace integration
