// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace integration {

namespace {

// "{123}" at the end of a line announces a literal of that many bytes after the CRLF.
qsizetype literalLength(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    bool ok = false;
    const qsizetype n = digits.toLongLong(&ok);
    return ok ? n : -1;
}

quint32 codeValue(const QByteArray &line, const char *code)
{
    static const QRegularExpression re(uR"(\[([A-Z]+) (\d+)\])"_s);
    const auto m = re.match(QString::fromLatin1(line));
    if (m.hasMatch() && m.captured(1) == QLatin1StringView(code))
        return m.captured(2).toUInt();
    return 0;
}

QByteArray flagList(const QStringList &flags)
{
    return '(' + flags.join(u' ').toUtf8() + ')';
}

} // namespace

ImapClient::~ImapClient() { m_socket.abort(); }

QByteArray ImapClient::quoted(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}

QByteArray ImapClient::nextTag() { return "T" + QByteArray::number(++m_tagCounter); }

ImapResult<QByteArray> ImapClient::readLine()
{
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol >= 0) {
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            return line;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
            return std::unexpected(u"IMAP connection closed; partial data: "_s + QString::fromUtf8(m_buffer.left(200)));
        if (deadline.hasExpired())
            return std::unexpected(u"IMAP timeout after %1 ms waiting for a line"_s.arg(m_timeoutMs));
        if (m_socket.bytesAvailable() == 0)
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
    }
}

ImapResult<QByteArray> ImapClient::readResponse()
{
    auto first = readLine();
    if (!first)
        return first;
    QByteArray response = *first;
    // A literal may be followed by more of the same response, possibly another literal.
    for (qsizetype n = literalLength(response); n >= 0; n = literalLength(response)) {
        const QDeadlineTimer deadline(m_timeoutMs);
        while (m_buffer.size() < n) {
            if (deadline.hasExpired())
                return std::unexpected(u"IMAP timeout reading a %1-byte literal"_s.arg(n));
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
                && m_socket.state() != QAbstractSocket::ConnectedState)
                return std::unexpected(u"IMAP connection closed inside a literal"_s);
            m_buffer += m_socket.readAll();
        }
        response += "\r\n" + m_buffer.left(n);
        m_buffer.remove(0, n);
        auto rest = readLine();
        if (!rest)
            return rest;
        response += *rest;
    }
    return response;
}

ImapResult<QList<QByteArray>> ImapClient::finish(const QByteArray &tag)
{
    QList<QByteArray> untagged;
    for (;;) {
        auto r = readResponse();
        if (!r)
            return std::unexpected(r.error());
        if (r->startsWith(tag + ' ')) {
            const QByteArray status = r->mid(tag.size() + 1);
            if (status.startsWith("OK"))
                return untagged;
            return std::unexpected(u"server said: "_s + QString::fromUtf8(status));
        }
        untagged.append(*r); // "* BYE" included: the tagged reply (or a close) follows
    }
}

ImapResult<QList<QByteArray>> ImapClient::command(const QByteArray &cmd)
{
    const QByteArray tag = nextTag();
    m_socket.write(tag + ' ' + cmd + "\r\n");
    if (!m_socket.waitForBytesWritten(m_timeoutMs) && m_socket.bytesToWrite() > 0)
        return std::unexpected(u"IMAP write timed out"_s);
    auto r = finish(tag);
    if (!r)
        return std::unexpected(QString::fromUtf8(cmd.left(60)) + u": "_s + r.error());
    return r;
}

ImapResult<void> ImapClient::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket.waitForConnected(m_timeoutMs))
        return std::unexpected(u"cannot connect to 127.0.0.1:%1: %2"_s.arg(port).arg(m_socket.errorString()));
    auto greeting = readLine();
    if (!greeting)
        return std::unexpected(greeting.error());
    if (!greeting->startsWith("* OK"))
        return std::unexpected(u"unexpected greeting: "_s + QString::fromUtf8(*greeting));
    return {};
}

ImapResult<void> ImapClient::login(const QString &user, const QString &password)
{
    auto r = command("LOGIN " + quoted(user) + ' ' + quoted(password));
    if (!r)
        return std::unexpected(r.error());
    return {};
}

ImapResult<SelectInfo> ImapClient::select(const QString &mailbox)
{
    auto r = command("SELECT " + quoted(mailbox));
    if (!r)
        return std::unexpected(r.error());
    SelectInfo info;
    for (const QByteArray &line : std::as_const(*r)) {
        if (const quint32 v = codeValue(line, "UIDVALIDITY"))
            info.uidValidity = v;
        if (const quint32 v = codeValue(line, "UIDNEXT"))
            info.uidNext = v;
        const QList<QByteArray> w = line.split(' ');
        if (w.size() >= 3 && w.at(0) == "*" && w.at(2) == "EXISTS")
            info.exists = w.at(1).toUInt();
    }
    return info;
}

ImapResult<void> ImapClient::create(const QString &mailbox)
{
    auto r = command("CREATE " + quoted(mailbox));
    if (!r)
        return std::unexpected(r.error());
    return {};
}

ImapResult<void> ImapClient::append(const QString &mailbox, const QByteArray &rfc822, const QStringList &flags,
                                    const QDateTime &internalDate)
{
    const QByteArray tag = nextTag();
    QByteArray cmd = tag + " APPEND " + quoted(mailbox);
    if (!flags.isEmpty())
        cmd += ' ' + flagList(flags);
    if (internalDate.isValid()) {
        // date-time = "dd-Mon-yyyy hh:mm:ss +zzzz", month names in English whatever the locale.
        const QString d = QLocale::c().toString(internalDate.toUTC(), u"dd-MMM-yyyy hh:mm:ss"_s) + u" +0000"_s;
        cmd += " \"" + d.toLatin1() + '"';
    }
    cmd += " {" + QByteArray::number(rfc822.size()) + "}\r\n";
    m_socket.write(cmd);
    // Synchronising literal: the server must say "+" before the message goes out.
    auto cont = readResponse();
    if (!cont)
        return std::unexpected(u"APPEND: "_s + cont.error());
    if (!cont->startsWith('+')) {
        if (cont->startsWith(tag + ' '))
            return std::unexpected(u"APPEND refused: "_s + QString::fromUtf8(*cont));
        return std::unexpected(u"APPEND: expected continuation, got "_s + QString::fromUtf8(*cont));
    }
    m_socket.write(rfc822 + "\r\n");
    auto r = finish(tag);
    if (!r)
        return std::unexpected(u"APPEND: "_s + r.error());
    return {};
}

QList<ImapValue> ImapClient::parse(const QByteArray &d)
{
    // Iterative parser with an explicit stack of open lists.
    QList<QList<ImapValue>> stack(1);
    qsizetype i = 0;
    const qsizetype n = d.size();
    while (i < n) {
        const char c = d.at(i);
        if (c == ' ' || c == '\r' || c == '\n') {
            ++i;
        } else if (c == '(') {
            stack.append(QList<ImapValue>());
            ++i;
        } else if (c == ')') {
            ++i;
            if (stack.size() > 1) {
                ImapValue list;
                list.isList = true;
                list.items = stack.takeLast();
                stack.last().append(list);
            }
        } else if (c == '"') {
            ImapValue v;
            for (++i; i < n && d.at(i) != '"'; ++i) {
                if (d.at(i) == '\\' && i + 1 < n)
                    ++i;
                v.text += d.at(i);
            }
            ++i;
            stack.last().append(v);
        } else if (c == '{') {
            const qsizetype close = d.indexOf('}', i);
            const qsizetype len = d.mid(i + 1, close - i - 1).toLongLong();
            ImapValue v;
            const qsizetype start = close + 3; // past "}\r\n"
            v.text = d.mid(start, len);
            i = start + len;
            stack.last().append(v);
        } else {
            // Atom; brackets (BODY[HEADER.FIELDS (X)]) may hold spaces and parentheses.
            ImapValue v;
            int depth = 0;
            while (i < n) {
                const char a = d.at(i);
                if (depth == 0 && (a == ' ' || a == '(' || a == ')' || a == '\r'))
                    break;
                if (a == '[')
                    ++depth;
                else if (a == ']')
                    --depth;
                v.text += a;
                ++i;
            }
            v.isNil = v.text.compare("NIL", Qt::CaseInsensitive) == 0;
            stack.last().append(v);
        }
    }
    while (stack.size() > 1) { // unbalanced input: keep what was read
        ImapValue list;
        list.isList = true;
        list.items = stack.takeLast();
        stack.last().append(list);
    }
    return stack.first();
}

ImapResult<QList<FetchedMessage>> ImapClient::uidFetchAll()
{
    auto r = command("UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])");
    if (!r)
        return std::unexpected(r.error());
    QList<FetchedMessage> out;
    for (const QByteArray &line : std::as_const(*r)) {
        const QList<ImapValue> v = parse(line);
        // * <seq> FETCH (<name> <value> ...)
        if (v.size() < 4 || v.at(2).text.compare("FETCH", Qt::CaseInsensitive) != 0 || !v.at(3).isList)
            continue;
        const QList<ImapValue> &kv = v.at(3).items;
        FetchedMessage m;
        for (qsizetype k = 0; k + 1 < kv.size(); k += 2) {
            const QByteArray name = kv.at(k).text.toUpper();
            const ImapValue &val = kv.at(k + 1);
            if (name == "UID") {
                m.uid = val.text.toUInt();
            } else if (name == "FLAGS") {
                for (const ImapValue &f : val.items)
                    m.flags.append(QString::fromUtf8(f.text));
            } else if (name == "RFC822.SIZE") {
                m.rfc822Size = val.text.toULongLong();
            } else if (name.startsWith("BODY[")) {
                // Unfold continuation lines, then take the header's value.
                QByteArray h = val.text;
                h.replace("\r\n ", " ").replace("\r\n\t", " ");
                for (const QByteArray &hl : h.split('\n')) {
                    const qsizetype colon = hl.indexOf(':');
                    if (colon > 0 && hl.left(colon).trimmed().compare("Message-ID", Qt::CaseInsensitive) == 0)
                        m.messageId = hl.mid(colon + 1).trimmed();
                }
            }
        }
        if (m.uid != 0)
            out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
    return out;
}

ImapResult<void> ImapClient::uidStore(quint32 uid, const QString &item, const QStringList &flags)
{
    auto r = command("UID STORE " + QByteArray::number(uid) + ' ' + item.toLatin1() + ' ' + flagList(flags));
    if (!r)
        return std::unexpected(r.error());
    return {};
}

ImapResult<void> ImapClient::expunge()
{
    auto r = command("EXPUNGE");
    if (!r)
        return std::unexpected(r.error());
    return {};
}

ImapResult<void> ImapClient::logout()
{
    auto r = command("LOGOUT");
    m_socket.disconnectFromHost();
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace integration
