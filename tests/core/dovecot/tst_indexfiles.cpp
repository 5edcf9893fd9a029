// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dovecot/indexfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace mailstore::core;
using namespace mailstore::core::dovecot;

namespace {

// Test tables spell issue lists as plain literals (the build forbids implicit QString).
QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

// Little-endian field writers, so every test buffer is built field by field.
void put8(QByteArray &b, int off, quint8 v) { b[off] = char(v); }
void put16(QByteArray &b, int off, quint16 v)
{
    put8(b, off, v & 0xff);
    put8(b, off + 1, v >> 8);
}
void put32(QByteArray &b, int off, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        put8(b, off + i, (v >> (8 * i)) & 0xff);
}

struct IndexFields {
    quint8 major = 7, minor = 3, compat = 1;
    quint16 baseSize = 120;
    quint32 headerSize = 120, recordSize = 16, indexId = 0x6b0c2200, flags = 0;
    quint32 uidValidity = 1795957248, nextUid = 4, messages = 3, seen = 1, deleted = 0;
    int extraBytes = 0; // file bytes beyond header + records (negative: cut short)
};

QByteArray makeIndex(const IndexFields &f)
{
    QByteArray b(int(f.headerSize + f.messages * f.recordSize) + f.extraBytes, '\0');
    if (b.size() < 120)
        b.resize(120, '\0'); // the fields must fit; a short file is made with chop()
    put8(b, 0, f.major);
    put8(b, 1, f.minor);
    put16(b, 2, f.baseSize);
    put32(b, 4, f.headerSize);
    put32(b, 8, f.recordSize);
    put8(b, 12, f.compat);
    put32(b, 16, f.indexId);
    put32(b, 20, f.flags);
    put32(b, 24, f.uidValidity);
    put32(b, 28, f.nextUid);
    put32(b, 32, f.messages);
    put32(b, 40, f.seen);
    put32(b, 44, f.deleted);
    put32(b, 48, 1);        // first_recent_uid
    put32(b, 60, 2);        // log_file_seq
    put32(b, 68, 40);       // log_file_head_offset
    put32(b, 76, 0xffffffff);
    for (quint32 i = 0; i < f.messages && f.headerSize + (i + 1) * f.recordSize <= quint32(b.size()); ++i)
        put32(b, int(f.headerSize + i * f.recordSize), i + 1); // uid
    return b;
}

// Dovecot's offset encoding of a record size (mail_index_uint32_to_offset()).
void putOffset(QByteArray &b, int off, quint32 size)
{
    const quint32 v = size >> 2;
    put8(b, off, 0x80 | ((v >> 21) & 0x7f));
    put8(b, off + 1, 0x80 | ((v >> 14) & 0x7f));
    put8(b, off + 2, 0x80 | ((v >> 7) & 0x7f));
    put8(b, off + 3, 0x80 | (v & 0x7f));
}

QByteArray makeLog(const QList<quint32> &recordSizes, quint8 major = 1, quint32 indexId = 0x6b0c2200,
                   quint16 hdrSize = 40)
{
    QByteArray b(hdrSize, '\0');
    put8(b, 0, major);
    put8(b, 1, 3);
    put16(b, 2, hdrSize);
    put32(b, 4, indexId);
    put32(b, 8, 2); // file_seq
    if (hdrSize >= 40)
        put8(b, 32, 1); // compat_flags: little-endian
    for (quint32 size : recordSizes) {
        const int off = int(b.size());
        b.resize(off + int(size), '\0');
        putOffset(b, off, size);
        put32(b, off + 4, 0x10080000); // EXTERNAL | BOUNDARY
    }
    return b;
}

QByteArray makeCache(quint8 major = 1, quint8 uoff = 8, quint32 fileSeq = 0x6b0c2200)
{
    QByteArray b(64, '\0');
    put8(b, 0, major);
    put8(b, 1, uoff);
    put8(b, 2, 1);
    put32(b, 4, 0x6b0c2200);
    put32(b, 8, fileSeq);
    return b;
}

QString problemName(IndexProblem p)
{
    switch (p) {
    case IndexProblem::Truncated: return QStringLiteral("Truncated");
    case IndexProblem::BadVersion: return QStringLiteral("BadVersion");
    case IndexProblem::BadHeader: return QStringLiteral("BadHeader");
    case IndexProblem::MarkedCorrupted: return QStringLiteral("MarkedCorrupted");
    case IndexProblem::ForeignEndian: return QStringLiteral("ForeignEndian");
    case IndexProblem::IndexIdMismatch: return QStringLiteral("IndexIdMismatch");
    case IndexProblem::CountsDisagree: return QStringLiteral("CountsDisagree");
    case IndexProblem::LogChainBroken: return QStringLiteral("LogChainBroken");
    }
    return {};
}

QStringList problems(const IndexFileCheck &c)
{
    QStringList out;
    for (const auto &i : c.issues)
        out << problemName(i.problem);
    return out;
}

IndexFileCheck check(IndexFileKind kind, const QByteArray &b)
{
    return checkIndexBytes(kind, std::string_view(b.constData(), std::size_t(b.size())),
                           std::uint64_t(b.size()));
}

} // namespace

Q_DECLARE_METATYPE(IndexFileKind)

class TestIndexFiles : public QObject {
    Q_OBJECT
private slots:
    void problems_data()
    {
        QTest::addColumn<IndexFileKind>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        using K = IndexFileKind;
        IndexFields f;
        QTest::newRow("index healthy") << K::Index << makeIndex(f) << QStringList{};
        QTest::newRow("index 7 bytes") << K::Index << makeIndex(f).left(7) << names({"Truncated"});
        QTest::newRow("index 100 bytes") << K::Index << makeIndex(f).left(100) << names({"Truncated"});
        f = {}; f.major = 6;
        QTest::newRow("index major 6") << K::Index << makeIndex(f) << names({"BadVersion"});
        f = {}; f.baseSize = 8;
        QTest::newRow("index base 8") << K::Index << makeIndex(f) << names({"BadHeader"});
        f = {}; f.headerSize = 112;
        QTest::newRow("index header < base") << K::Index << makeIndex(f) << names({"BadHeader"});
        f = {}; f.recordSize = 4;
        QTest::newRow("index record 4") << K::Index << makeIndex(f) << names({"BadHeader"});
        f = {}; f.headerSize = 456; f.messages = 0; f.seen = 0; f.extraBytes = -200;
        QTest::newRow("index header past EOF") << K::Index << makeIndex(f) << names({"Truncated"});
        f = {}; f.flags = 0x1 | 0x4;
        QTest::newRow("index corrupted flag") << K::Index << makeIndex(f) << names({"MarkedCorrupted"});
        f = {}; f.flags = 0x2 | 0x4;
        QTest::newRow("index dirty+fsckd ok") << K::Index << makeIndex(f) << QStringList{};
        f = {}; f.compat = 0;
        QTest::newRow("index big-endian") << K::Index << makeIndex(f) << names({"ForeignEndian"});
        f = {}; f.nextUid = 0;
        QTest::newRow("index next_uid 0") << K::Index << makeIndex(f) << names({"BadHeader"});
        f = {}; f.uidValidity = 0;
        QTest::newRow("index uidvalidity 0") << K::Index << makeIndex(f) << names({"BadHeader"});
        f = {}; f.uidValidity = 0; f.nextUid = 1; f.messages = 0; f.seen = 0;
        QTest::newRow("index fresh uidvalidity 0") << K::Index << makeIndex(f) << QStringList{};
        f = {}; f.extraBytes = -1;
        QTest::newRow("index records cut") << K::Index << makeIndex(f) << names({"Truncated"});
        f = {}; f.messages = 100000; f.extraBytes = -(100000 - 3) * 16;
        QTest::newRow("index messages 100000") << K::Index << makeIndex(f) << names({"Truncated"});
        f = {}; f.seen = 4;
        QTest::newRow("index seen > messages") << K::Index << makeIndex(f) << names({"CountsDisagree"});
        f = {}; f.deleted = 9;
        QTest::newRow("index deleted > messages") << K::Index << makeIndex(f) << names({"CountsDisagree"});

        QTest::newRow("log header only") << K::Log << makeLog({}) << QStringList{};
        QTest::newRow("log 3 records to EOF") << K::Log << makeLog({12, 16, 40}) << QStringList{};
        QTest::newRow("log cut mid-record") << K::Log << makeLog({12, 16, 40}).chopped(10)
                                            << names({"LogChainBroken"});
        QTest::newRow("log cut in record header") << K::Log << makeLog({12, 16}).append("\x80\x80", 2)
                                                  << names({"LogChainBroken"});
        QTest::newRow("log garbage after records") << K::Log << makeLog({12}).append(QByteArray(16, 'x'))
                                                   << names({"LogChainBroken"});
        QTest::newRow("log zero tail") << K::Log << makeLog({12}).append(QByteArray(8, '\0'))
                                       << names({"LogChainBroken"});
        {
            QByteArray small = makeLog({12});
            putOffset(small, 40, 4);
            QTest::newRow("log record size 4") << K::Log << small << names({"LogChainBroken"});
        }
        QTest::newRow("log 10 bytes") << K::Log << makeLog({}).left(10) << names({"Truncated"});
        QTest::newRow("log old 24-byte header") << K::Log << makeLog({12}, 1, 0x6b0c2200, 24) << QStringList{};
        QTest::newRow("log major 2") << K::Log << makeLog({12}, 2) << names({"BadVersion"});
        QTest::newRow("log indexid 0") << K::Log << makeLog({12}, 1, 0) << names({"MarkedCorrupted"});
        {
            QByteArray b = makeLog({});
            put16(b, 2, 16);
            QTest::newRow("log hdr_size 16") << K::Log << b << names({"BadHeader"});
            b = makeLog({});
            put16(b, 2, 400);
            QTest::newRow("log hdr_size past EOF") << K::Log << b << names({"Truncated"});
        }

        QTest::newRow("cache healthy") << K::Cache << makeCache() << QStringList{};
        QTest::newRow("cache 10 bytes") << K::Cache << makeCache().left(10) << names({"Truncated"});
        QTest::newRow("cache major 230") << K::Cache << makeCache(230) << names({"BadVersion"});
        QTest::newRow("cache uoff 4") << K::Cache << makeCache(1, 4) << names({"BadHeader"});
        QTest::newRow("cache file_seq 0") << K::Cache << makeCache(1, 8, 0) << names({"BadHeader"});
    }

    void problems()
    {
        QFETCH(IndexFileKind, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        const IndexFileCheck c = check(kind, bytes);
        QCOMPARE(::problems(c), expected);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.fileSize, quint64(bytes.size()));
        for (const auto &i : c.issues)
            QVERIFY(!i.detail.empty());
    }

    void headerFields()
    {
        IndexFields f;
        f.seen = 2;
        const auto c = check(IndexFileKind::Index, makeIndex(f));
        QVERIFY(c.index);
        QCOMPARE(c.index->major, quint8(7));
        QCOMPARE(c.index->minor, quint8(3));
        QCOMPARE(c.index->headerSize, 120u);
        QCOMPARE(c.index->recordSize, 16u);
        QCOMPARE(c.index->indexId, 0x6b0c2200u);
        QCOMPARE(c.index->uidValidity, 1795957248u);
        QCOMPARE(c.index->nextUid, 4u);
        QCOMPARE(c.index->messagesCount, 3u);
        QCOMPARE(c.index->seenCount, 2u);
        QCOMPARE(c.index->logFileSeq, 2u);
        QCOMPARE(c.index->logHeadOffset, 40u);
        QVERIFY(!c.log && !c.cache);

        const auto l = check(IndexFileKind::Log, makeLog({12, 16, 40}));
        QVERIFY(l.log);
        QCOMPARE(l.log->headerSize, quint16(40));
        QCOMPARE(l.log->indexId, 0x6b0c2200u);
        QCOMPARE(l.log->fileSeq, 2u);
        QVERIFY(l.logChainWalked);

        const auto k = check(IndexFileKind::Cache, makeCache());
        QVERIFY(k.cache);
        QCOMPARE(k.cache->major, quint8(1));
        QCOMPARE(k.cache->minor, quint8(1));
        QCOMPARE(k.cache->fileSeq, 0x6b0c2200u);
    }

    void brokenChainNamesOffset()
    {
        const auto c = check(IndexFileKind::Log, makeLog({12, 16, 40}).chopped(10));
        QCOMPARE(c.issues.size(), std::size_t(1));
        QVERIFY(c.issues[0].detail.find("68") != std::string::npos); // 40 + 12 + 16
        QVERIFY(!c.logChainWalked);
    }

    void realDovecotFiles_data()
    {
        QTest::addColumn<IndexFileKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("index") << IndexFileKind::Index << QStringLiteral("dovecot.index");
        QTest::newRow("log") << IndexFileKind::Log << QStringLiteral("dovecot.index.log");
        QTest::newRow("cache") << IndexFileKind::Cache << QStringLiteral("dovecot.index.cache");
        QTest::newRow("list log") << IndexFileKind::Log << QStringLiteral("dovecot.list.index.log");
    }

    void realDovecotFiles()
    {
        QFETCH(IndexFileKind, kind);
        QFETCH(QString, name);
        const QString file = QFINDTESTDATA(QStringLiteral("data/dovecot-2.3.19.1/") + name);
        QVERIFY(!file.isEmpty());
        const auto c = checkIndexFile(kind, file.toStdString());
        QVERIFY(c);
        QCOMPARE(::problems(*c), QStringList{});
        QCOMPARE(c->fileSize, quint64(QFileInfo(file).size()));
        if (kind == IndexFileKind::Index) {
            QCOMPARE(c->index->uidValidity, 1795957248u);
            QCOMPARE(c->index->indexId, 0x6b0c2200u);
        }
        if (kind == IndexFileKind::Log)
            QVERIFY(c->logChainWalked);
        if (kind == IndexFileKind::Cache)
            QCOMPARE(c->cache->indexId, 0x6b0c2200u);
    }

    void fileErrors()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        QCOMPARE(checkIndexFile(IndexFileKind::Index, dir + "/dovecot.index").error().code,
                 ErrorCode::NotFound);
        // A log above 64 MiB: header judged, chain not walked and not flagged.
        const std::string log = dir + "/dovecot.index.log";
        const QByteArray hdr = makeLog({});
        const int fd = ::open(log.c_str(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, hdr.constData(), std::size_t(hdr.size())), ssize_t(hdr.size()));
        QCOMPARE(::ftruncate(fd, 64 * 1024 * 1024 + 8), 0);
        ::close(fd);
        const auto c = checkIndexFile(IndexFileKind::Log, log);
        QVERIFY(c);
        QCOMPARE(::problems(*c), QStringList{});
        QVERIFY(c->log);
        QVERIFY(!c->logChainWalked);
        QCOMPARE(c->fileSize, quint64(64 * 1024 * 1024 + 8));
    }
};

QTEST_GUILESS_MAIN(TestIndexFiles)
#include "tst_indexfiles.moc"
