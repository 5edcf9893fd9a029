// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a demo store back with Qt only. Deliberately independent of src/core/maildir,
// so that the generator and the parser cannot share a mistake.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace storewalk {

struct MessageFile {
    QString path; // absolute
    QString name; // file name
    QString base; // before ":2,"
    bool inNew = false;
};

struct Mailbox {
    QString path;    // absolute folder
    QString dirName; // "" for INBOX, ".Sent", ...
    QList<MessageFile> messages;
};

struct Account {
    QString domain;
    QString user;
    QString maildir; // absolute
    QList<Mailbox> mailboxes;
};

struct Entry {
    QString path; // relative, folders end in '/'
    qint64 size = 0;
    qint64 mtime = 0;
    QByteArray sha256;
    friend bool operator==(const Entry &, const Entry &) = default;
};

QList<Account> accounts(const QString &root);
// Every file and folder under root with size, mtime and content hash, sorted by path.
QList<Entry> manifest(const QString &root);

struct Parsed {
    QHash<QByteArray, QByteArray> headers; // lower-case name -> unfolded value (first)
    QByteArray body;
    bool ok = false;
};
Parsed parseMessage(const QByteArray &content);
// Decodes RFC 2047 encoded words (UTF-8 / ISO-8859-1, B and Q); empty when there are none.
QString decodeWords(const QByteArray &value, bool *hadWords);
// IMAP modified UTF-7 to text.
QString decodeModifiedUtf7(const QString &name);

} // namespace storewalk
