// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewalk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace storewalk {

namespace {

QList<MessageFile> messagesIn(const QString &mailbox, bool inNew)
{
    QList<MessageFile> out;
    const QDir dir(mailbox + (inNew ? QStringLiteral("/new") : QStringLiteral("/cur")));
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        MessageFile m;
        m.path = dir.filePath(name);
        m.name = name;
        const qsizetype colon = name.indexOf(QStringLiteral(":2,"));
        m.base = colon < 0 ? name : name.left(colon);
        m.inNew = inNew;
        out.append(m);
    }
    return out;
}

} // namespace

QList<Account> accounts(const QString &root)
{
    QList<Account> out;
    const auto dirs = QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden;
    for (const QString &domain : QDir(root).entryList(dirs, QDir::Name)) {
        const QDir domainDir(root + u'/' + domain);
        for (const QString &user : domainDir.entryList(dirs, QDir::Name)) {
            Account a;
            a.domain = domain;
            a.user = user;
            a.maildir = domainDir.filePath(user) + QStringLiteral("/Maildir");
            Mailbox inbox;
            inbox.path = a.maildir;
            a.mailboxes.append(inbox);
            for (const QString &sub : QDir(a.maildir).entryList(dirs, QDir::Name)) {
                if (!sub.startsWith(u'.'))
                    continue;
                Mailbox m;
                m.path = a.maildir + u'/' + sub;
                m.dirName = sub;
                a.mailboxes.append(m);
            }
            for (Mailbox &m : a.mailboxes)
                m.messages = messagesIn(m.path, false) + messagesIn(m.path, true);
            out.append(a);
        }
    }
    return out;
}

QList<Entry> manifest(const QString &root)
{
    QList<Entry> out;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi(path);
        Entry e;
        e.path = base.relativeFilePath(path);
        if (fi.isDir()) {
            e.path += u'/';
        } else {
            e.size = fi.size();
            e.mtime = fi.lastModified().toSecsSinceEpoch();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                e.sha256 = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return out;
}

Parsed parseMessage(const QByteArray &content)
{
    Parsed p;
    const qsizetype end = content.indexOf("\n\n");
    if (end < 0)
        return p;
    p.body = content.mid(end + 2);
    QByteArray name;
    QByteArray value;
    auto flush = [&] {
        if (!name.isEmpty() && !p.headers.contains(name))
            p.headers.insert(name, value.trimmed());
        name.clear();
        value.clear();
    };
    for (const QByteArray &line : content.left(end).split('\n')) {
        if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
            if (name.isEmpty())
                return p; // continuation without a field
            value += ' ' + line.trimmed();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return p;
        name = line.left(colon).toLower();
        value = line.mid(colon + 1);
    }
    flush();
    p.ok = true;
    return p;
}

QString decodeWords(const QByteArray &value, bool *hadWords)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)"));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool any = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        // Whitespace between adjacent encoded words is not part of the text.
        if (!(any && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).compare(QStringLiteral("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_')
                    bytes += ' ';
                else if (payload[i] == '=' && i + 2 < payload.size()) {
                    bytes += QByteArray::fromHex(payload.mid(i + 1, 2));
                    i += 2;
                } else
                    bytes += payload[i];
            }
        }
        out += m.captured(1).compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) == 0 ? QString::fromUtf8(bytes)
                                                                                        : QString::fromLatin1(bytes);
        last = m.capturedEnd();
        any = true;
    }
    out += text.mid(last);
    if (hadWords)
        *hadWords = any;
    return out;
}

QString decodeModifiedUtf7(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] != u'&') {
            out += name[i];
            continue;
        }
        const qsizetype end = name.indexOf(u'-', i);
        if (end < 0)
            return {};
        if (end == i + 1) {
            out += u'&';
        } else {
            QByteArray b64 = name.mid(i + 1, end - i - 1).toLatin1().replace(',', '/');
            while (b64.size() % 4 != 0)
                b64 += '=';
            const QByteArray utf16 = QByteArray::fromBase64(b64);
            for (qsizetype k = 0; k + 1 < utf16.size(); k += 2)
                out += QChar(static_cast<char16_t>((static_cast<unsigned char>(utf16[k]) << 8) |
                                                   static_cast<unsigned char>(utf16[k + 1])));
        }
        i = end;
    }
    return out;
}

} // namespace storewalk
