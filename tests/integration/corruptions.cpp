// SPDX-License-Identifier: GPL-3.0-or-later
#include "corruptions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace integration {

namespace {

using Outcome = std::expected<CorruptionOutcome, QString>;

std::unexpected<QString> failure(const QString &why) { return std::unexpected(why); }

QByteArray readAll(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}

// In place, so the inode, owner and mode stay Dovecot's.
bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Same seed, same bytes: both copies of a test get identical damage.
QByteArray garbage(qsizetype size, quint32 seed)
{
    QByteArray out(size, '\0');
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

struct Uidlist {
    QByteArray header;
    QList<QByteArray> records;
};

std::expected<Uidlist, QString> loadUidlist(const QString &path)
{
    bool ok = false;
    const QByteArray data = readAll(path, &ok);
    if (!ok)
        return failure(path + u" is missing"_s);
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() < 4)
        return failure(path + u" has fewer than 3 records"_s);
    Uidlist u;
    u.header = lines.takeFirst();
    u.records = lines;
    return u;
}

bool saveUidlist(const QString &path, const Uidlist &u)
{
    return writeInPlace(path, u.header + '\n' + u.records.join('\n') + '\n');
}

quint32 uidOf(const QByteArray &record) { return record.left(record.indexOf(' ')).toUInt(); }
QByteArray baseOf(const QByteArray &record) { return record.mid(record.indexOf(" :") + 2); }

quint32 headerValue(const QByteArray &header, char key)
{
    for (const QByteArray &item : header.split(' '))
        if (item.size() > 1 && item.at(0) == key)
            return item.mid(1).toUInt();
    return 0;
}

QByteArray withHeaderValue(const QByteArray &header, char key, quint32 value)
{
    QList<QByteArray> items = header.split(' ');
    for (QByteArray &item : items)
        if (item.size() > 1 && item.at(0) == key)
            item = key + QByteArray::number(value);
    return items.join(' ');
}

// Walks dovecot.index.log's record chain (storage-formats.md section 5) and returns the
// start offsets of the records, or an empty list when the chain cannot be followed.
QList<qsizetype> logRecordStarts(const QByteArray &log)
{
    QList<qsizetype> starts;
    if (log.size() < 24)
        return starts;
    qsizetype pos = quint8(log.at(2)) | (quint8(log.at(3)) << 8);
    while (pos + 8 <= log.size()) {
        const auto b = [&](int k) { return quint32(quint8(log.at(pos + k))); };
        if ((b(0) & b(1) & b(2) & b(3) & 0x80) == 0)
            break;
        const quint32 size = (((b(0) & 0x7f) << 21) | ((b(1) & 0x7f) << 14) | ((b(2) & 0x7f) << 7) | (b(3) & 0x7f)) << 2;
        if (size < 8)
            break;
        starts.append(pos);
        pos += size;
    }
    return starts;
}

} // namespace

QList<Corruption> allCorruptions()
{
    QList<Corruption> all;
    for (int k = int(Corruption::UidlistGarbageLine); k <= int(Corruption::ListIndexGarbage); ++k)
        all.append(Corruption(k));
    return all;
}

const char *corruptionName(Corruption kind)
{
    switch (kind) {
    case Corruption::UidlistGarbageLine: return "uidlist-garbage-line";
    case Corruption::UidlistDuplicateUid: return "uidlist-duplicate-uid";
    case Corruption::UidlistUidAboveNext: return "uidlist-uid-above-next";
    case Corruption::UidlistDeleted: return "uidlist-deleted";
    case Corruption::UidlistBadHeader: return "uidlist-bad-header";
    case Corruption::UidlistEntryWithoutFile: return "uidlist-entry-without-file";
    case Corruption::UidlistFileWithoutEntry: return "uidlist-file-without-entry";
    case Corruption::UidValidityChanged: return "uidvalidity-changed";
    case Corruption::IndexTruncated: return "index-truncated";
    case Corruption::LogTruncatedMidRecord: return "log-truncated-mid-record";
    case Corruption::CacheGarbage: return "cache-garbage";
    case Corruption::IndexVersionChanged: return "index-version-changed";
    case Corruption::TmpStaleFile: return "tmp-stale-file";
    case Corruption::SizeMismatch: return "size-mismatch";
    case Corruption::ListIndexGarbage: return "list-index-garbage";
    }
    return "?";
}

std::expected<CorruptionOutcome, QString> corrupt(Corruption kind, const QString &maildir)
{
    const QString uidlistPath = maildir + u"/dovecot-uidlist"_s;
    const QString indexPath = maildir + u"/dovecot.index"_s;
    CorruptionOutcome o;
    bool ok = false;

    // Uidlist damage: the record in the middle is the victim, so a parser that stops at
    // the first bad line (Dovecot) loses the second half and a tolerant one loses nothing.
    auto uidlistEdit = [&](auto edit) -> Outcome {
        auto u = loadUidlist(uidlistPath);
        if (!u)
            return failure(u.error());
        const qsizetype mid = u->records.size() / 2;
        edit(*u, mid);
        if (!saveUidlist(uidlistPath, *u))
            return failure(u"cannot write "_s + uidlistPath);
        return o;
    };

    switch (kind) {
    case Corruption::UidlistGarbageLine:
        return uidlistEdit([&](Uidlist &u, qsizetype mid) {
            u.records.insert(mid, "this is not a uidlist record !!");
            o.description = u"garbage line inserted before uidlist record %1 of %2"_s.arg(mid + 1).arg(u.records.size() - 1);
        });
    case Corruption::UidlistDuplicateUid:
        return uidlistEdit([&](Uidlist &u, qsizetype mid) {
            const quint32 victim = uidOf(u.records[mid]), above = uidOf(u.records[mid - 1]);
            u.records[mid] = QByteArray::number(above) + u.records[mid].mid(u.records[mid].indexOf(' '));
            o.lostUids = {victim};
            o.description = u"record of UID %1 rewritten to repeat UID %2 (line above)"_s.arg(victim).arg(above);
        });
    case Corruption::UidlistUidAboveNext:
        return uidlistEdit([&](Uidlist &u, qsizetype) {
            const quint32 last = uidOf(u.records.last());
            const quint32 next = qMax(headerValue(u.header, 'N'), last + 1);
            const quint32 raised = next + 100;
            u.records.last() = QByteArray::number(raised) + u.records.last().mid(u.records.last().indexOf(' '));
            u.header = withHeaderValue(u.header, 'N', 5);
            o.movedUids.insert(last, raised);
            o.description = u"last record's UID %1 raised to %2 (above N%3), header N lowered to 5"_s.arg(last).arg(raised).arg(next);
        });
    case Corruption::UidlistDeleted:
        if (!QFile::exists(uidlistPath))
            return failure(uidlistPath + u" is missing"_s);
        if (!QFile::remove(uidlistPath))
            return failure(u"cannot delete "_s + uidlistPath);
        o.uidlistGone = true;
        o.description = u"dovecot-uidlist deleted"_s;
        return o;
    case Corruption::UidlistBadHeader:
        return uidlistEdit([&](Uidlist &u, qsizetype) {
            u.header = "X garbage header 12 34";
            o.description = u"uidlist header line replaced by garbage; records intact"_s;
        });
    case Corruption::UidlistEntryWithoutFile:
        return uidlistEdit([&](Uidlist &u, qsizetype) {
            // Put the ghost in a gap left by an expunge so the UIDs stay ascending.
            for (qsizetype i = 1; i < u.records.size(); ++i) {
                const quint32 prev = uidOf(u.records[i - 1]), cur = uidOf(u.records[i]);
                if (cur - prev > 1) {
                    u.records.insert(i, QByteArray::number(prev + 1) + " :1600000000.M1P1.ghost,S=100,W=102");
                    o.description = u"record for missing file with UID %1 (a gap) added"_s.arg(prev + 1);
                    return;
                }
            }
            u.records.append(QByteArray::number(uidOf(u.records.last()) + 1) + " :1600000000.M1P1.ghost,S=100,W=102");
            o.description = u"record for missing file appended"_s;
        });
    case Corruption::UidlistFileWithoutEntry:
        return uidlistEdit([&](Uidlist &u, qsizetype mid) {
            o.lostUids = {uidOf(u.records[mid])};
            o.description = u"uidlist record of UID %1 removed, its file stays in cur/"_s.arg(uidOf(u.records[mid]));
            u.records.removeAt(mid);
        });
    case Corruption::UidValidityChanged:
        if (!QFile::exists(indexPath))
            return failure(indexPath + u" is missing: nothing to disagree with"_s);
        return uidlistEdit([&](Uidlist &u, qsizetype) {
            const quint32 v = headerValue(u.header, 'V');
            u.header = withHeaderValue(u.header, 'V', v + 1000);
            o.description = u"uidlist V%1 changed to V%2; dovecot.index keeps %1"_s.arg(v).arg(v + 1000);
        });
    case Corruption::IndexTruncated:
    case Corruption::IndexVersionChanged: {
        QByteArray data = readAll(indexPath, &ok);
        if (!ok || data.size() < 120)
            return failure(indexPath + u" is missing or shorter than its base header"_s);
        if (kind == Corruption::IndexTruncated) {
            o.description = u"dovecot.index truncated from %1 to 60 bytes"_s.arg(data.size());
            data.truncate(60);
        } else {
            o.description = u"dovecot.index major version %1 changed to 8"_s.arg(int(quint8(data.at(0))));
            data[0] = 8;
        }
        if (!writeInPlace(indexPath, data))
            return failure(u"cannot write "_s + indexPath);
        return o;
    }
    case Corruption::LogTruncatedMidRecord: {
        const QString path = maildir + u"/dovecot.index.log"_s;
        QByteArray data = readAll(path, &ok);
        if (!ok)
            return failure(path + u" is missing"_s);
        const QList<qsizetype> starts = logRecordStarts(data);
        if (starts.size() < 2)
            return failure(path + u": cannot follow its record chain"_s);
        // A record in the second half, cut after its 8-byte header and part of its body.
        qsizetype victim = starts.last();
        for (qsizetype s : starts)
            if (s >= data.size() / 2) {
                victim = s;
                break;
            }
        const qsizetype cut = victim + 12;
        o.description = u"dovecot.index.log (%1 bytes, %2 records) cut at %3, inside the record at %4"_s.arg(data.size())
                            .arg(starts.size()).arg(cut).arg(victim);
        data.truncate(cut);
        if (!writeInPlace(path, data))
            return failure(u"cannot write "_s + path);
        return o;
    }
    case Corruption::CacheGarbage: {
        const QString path = maildir + u"/dovecot.index.cache"_s;
        const qsizetype size = QFileInfo(path).size();
        if (!QFile::exists(path) || size < 32)
            return failure(path + u" is missing"_s);
        QByteArray g = garbage(size, 0xcafe);
        g[0] = char(230); // a major version Dovecot rejects (storage-formats.md section 8)
        if (!writeInPlace(path, g))
            return failure(u"cannot write "_s + path);
        o.description = u"dovecot.index.cache (%1 bytes) overwritten with random bytes"_s.arg(size);
        return o;
    }
    case Corruption::TmpStaleFile: {
        const QString path = maildir + u"/tmp/1600000000.M1P4242.deadhost"_s;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("Subject: interrupted\r\n\r\nhalf") < 0)
            return failure(u"cannot write "_s + path);
        f.flush(); // buffered bytes written after setFileTime would make the mtime "now" again
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        f.setFileTime(old, QFileDevice::FileModificationTime);
        f.setFileTime(old, QFileDevice::FileAccessTime);
        o.description = u"tmp/ file with mtime three days ago"_s;
        return o;
    }
    case Corruption::SizeMismatch:
        return [&]() -> Outcome {
            auto u = loadUidlist(uidlistPath);
            if (!u)
                return failure(u.error());
            const QDir cur(maildir + u"/cur"_s);
            QStringList names = cur.entryList(QDir::Files, QDir::Name);
            for (qsizetype i = names.size() / 2; i < names.size(); ++i) {
                const QString name = names[i];
                const qsizetype s = name.indexOf(u",S="_s);
                if (s < 0)
                    continue;
                qsizetype end = s + 3;
                while (end < name.size() && name.at(end).isDigit())
                    ++end;
                const quint64 size = QFileInfo(cur.filePath(name)).size();
                const QString renamed = name.left(s) + u",S="_s + QString::number(size + 7) + name.mid(end);
                if (!QFile::rename(cur.filePath(name), cur.filePath(renamed)))
                    return failure(u"cannot rename "_s + name);
                // The uidlist follows the new base name, so only the size is wrong.
                const QByteArray oldBase = name.section(u':', 0, 0).toUtf8();
                const QByteArray newBase = renamed.section(u':', 0, 0).toUtf8();
                for (QByteArray &r : u->records)
                    if (baseOf(r) == oldBase)
                        r = r.left(r.indexOf(" :") + 2) + newBase;
                if (!saveUidlist(uidlistPath, *u))
                    return failure(u"cannot write "_s + uidlistPath);
                o.description = u"cur/%1 renamed with S=%2 (real size %3); uidlist record follows"_s.arg(name).arg(size + 7).arg(size);
                return o;
            }
            return failure(u"no cur/ file with S= in its name"_s);
        }();
    case Corruption::ListIndexGarbage: {
        const QString path = maildir + u"/dovecot.list.index"_s;
        const bool existed = QFile::exists(path);
        const qsizetype size = existed ? qMax<qsizetype>(QFileInfo(path).size(), 256) : 512;
        if (!writeInPlace(path, garbage(size, 0xbeef)))
            return failure(u"cannot write "_s + path);
        o.description = existed ? u"dovecot.list.index overwritten with %1 random bytes"_s.arg(size)
                                : u"dovecot.list.index (absent: only its .log existed) created with %1 random bytes"_s.arg(size);
        return o;
    }
    }
    return failure(u"unknown corruption"_s);
}

} // namespace integration
