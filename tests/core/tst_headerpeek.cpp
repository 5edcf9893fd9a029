// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maildir/headerpeek.h"
#include "maildirfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace mailstore::core;
using namespace mailstore::core::maildir;

namespace {
QByteArray u8(const char8_t *s) { return QByteArray(reinterpret_cast<const char *>(s)); }

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

QByteArray q(const std::string &s) { return QByteArray::fromStdString(s); }
} // namespace

class TestHeaderPeek : public QObject {
    Q_OBJECT
private slots:
    void rfc2047_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("plain") << QByteArray("Hello world") << QByteArray("Hello world");
        QTest::newRow("utf8 B") << QByteArray("=?UTF-8?B?w4l0w6k=?=") << u8(u8"Été");
        QTest::newRow("utf8 B no padding") << QByteArray("=?utf-8?b?w4l0w6k?=") << u8(u8"Été");
        QTest::newRow("latin1 Q underscores")
            << QByteArray("=?iso-8859-1?Q?caf=E9_cr=E8me?=") << u8(u8"café crème");
        QTest::newRow("in text") << QByteArray("Re: =?UTF-8?Q?=C3=89t=C3=A9?= report")
                                 << u8(u8"Re: Été report");
        QTest::newRow("adjacent words") << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?=")
                                        << QByteArray("ab");
        QTest::newRow("adjacent folded") << QByteArray("=?UTF-8?Q?a?=\r\n \t=?ISO-8859-1?Q?=E9?=")
                                         << u8(u8"aé");
        QTest::newRow("text between words") << QByteArray("=?UTF-8?Q?a?= x =?UTF-8?Q?b?=")
                                            << QByteArray("a x b");
        QTest::newRow("split character") << QByteArray("=?UTF-8?B?ww==?= =?UTF-8?B?iQ==?=")
                                         << u8(u8"É");
        QTest::newRow("from with address")
            << QByteArray("=?UTF-8?B?w4lsb2RpZQ==?= <elodie@example.org>")
            << u8(u8"Élodie <elodie@example.org>");
        QTest::newRow("shift_jis") << QByteArray("=?Shift_JIS?B?k/qWew==?=") << u8(u8"日本");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?=") << u8(u8"Привет");
        QTest::newRow("windows-1252") << QByteArray("=?windows-1252?Q?=80_5?=") << u8(u8"€ 5");
        QTest::newRow("language suffix") << QByteArray("=?UTF-8*en?Q?hi?=") << QByteArray("hi");
        QTest::newRow("unknown charset") << QByteArray("=?x-nonsense?Q?abc?=") << QByteArray("abc");
        QTest::newRow("bad encoding letter") << QByteArray("=?UTF-8?X?abc?=")
                                             << QByteArray("=?UTF-8?X?abc?=");
        QTest::newRow("unterminated") << QByteArray("=?UTF-8?Q?abc") << QByteArray("=?UTF-8?Q?abc");
        QTest::newRow("empty word") << QByteArray("a =?utf-8?q?" "?= b") << QByteArray("a  b");
        QTest::newRow("invalid utf8 in word") << QByteArray("=?UTF-8?Q?a=FFb?=")
                                              << u8(u8"a\uFFFDb");
        QTest::newRow("raw latin1") << QByteArray("caf\xe9") << u8(u8"café");
        QTest::newRow("raw utf8") << u8(u8"café") << u8(u8"café");
    }
    void rfc2047()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, decoded);
        QCOMPARE(q(decodeRfc2047(raw.toStdString())), decoded);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("unix"); // -1: does not parse
        const qint64 base = utc(2026, 11, 3, 9, 15, 0);
        QTest::newRow("full") << QByteArray("Tue, 3 Nov 2026 10:15:00 +0100") << base;
        QTest::newRow("no day name") << QByteArray("3 Nov 2026 10:15:00 +0100") << base;
        QTest::newRow("no seconds gmt") << QByteArray("3 Nov 2026 09:15 GMT") << base;
        QTest::newRow("two-digit year est") << QByteArray("Tue, 03 Nov 26 04:15:00 EST") << base;
        QTest::newRow("1999") << QByteArray("Wed, 3 Nov 99 10:15:00 -0000")
                              << utc(1999, 11, 3, 10, 15, 0);
        QTest::newRow("three-digit year") << QByteArray("3 Nov 126 09:15:00 +0000") << base;
        QTest::newRow("pdt") << QByteArray("Tue, 3 Nov 2026 02:15:00 PDT") << base;
        QTest::newRow("pst") << QByteArray("Tue, 3 Nov 2026 01:15:00 pst") << base;
        QTest::newRow("cdt") << QByteArray("Tue, 3 Nov 2026 04:15:00 CDT") << base;
        QTest::newRow("mst") << QByteArray("Tue, 3 Nov 2026 02:15:00 MST") << base;
        QTest::newRow("z") << QByteArray("Tue, 3 Nov 2026 09:15:00 Z") << base;
        QTest::newRow("ut") << QByteArray("Tue, 3 Nov 2026 09:15:00 UT") << base;
        QTest::newRow("unknown zone") << QByteArray("Tue, 3 Nov 2026 09:15:00 XYZ") << base;
        QTest::newRow("no zone") << QByteArray("Tue, 3 Nov 2026 09:15:00") << base;
        QTest::newRow("comment") << QByteArray("Tue, 3 Nov 2026 10:15:00 +0100 (CET)") << base;
        QTest::newRow("negative offset") << QByteArray("Mon, 2 Nov 2026 23:45:00 -0930") << base;
        QTest::newRow("colon offset") << QByteArray("Tue, 3 Nov 2026 10:15:00 +01:00") << base;
        QTest::newRow("extra spaces") << QByteArray("  Tue ,  3   Nov 2026   10:15:00  +0100 ")
                                      << base;
        QTest::newRow("full names") << QByteArray("Tuesday, 3 November 2026 10:15:00 +0100")
                                    << base;
        QTest::newRow("lower case") << QByteArray("tue, 3 nov 2026 10:15:00 +0100") << base;
        QTest::newRow("asctime") << QByteArray("Tue Nov  3 09:15:00 2026") << base;
        QTest::newRow("leap day") << QByteArray("29 Feb 2028 00:00:00 +0000")
                                  << utc(2028, 2, 29, 0, 0, 0);
        QTest::newRow("epoch") << QByteArray("Thu, 1 Jan 1970 00:00:00 +0000") << 0LL;
        QTest::newRow("fraction") << QByteArray("3 Nov 2026 09:15:00.123 +0000") << base;
        QTest::newRow("empty") << QByteArray() << -1LL;
        QTest::newRow("garbage") << QByteArray("yesterday at noon") << -1LL;
        QTest::newRow("bad month") << QByteArray("Tue, 3 Foo 2026 10:15:00 +0100") << -1LL;
        QTest::newRow("day 32") << QByteArray("32 Nov 2026 10:00 +0000") << -1LL;
        QTest::newRow("no leap day") << QByteArray("29 Feb 2027 10:00 +0000") << -1LL;
        QTest::newRow("hour 25") << QByteArray("3 Nov 2026 25:00 +0000") << -1LL;
        QTest::newRow("no time") << QByteArray("3 Nov 2026 +0100") << -1LL;
        QTest::newRow("bad offset") << QByteArray("3 Nov 2026 10:00 +0175") << -1LL;
        QTest::newRow("negative day") << QByteArray("-3 Nov 2026 10:00 +0000") << -1LL;
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, unix);
        const auto parsed = parseRfc5322Date(text.toStdString());
        QCOMPARE(parsed.value_or(-1), unix);
    }

    void headerBlock()
    {
        const std::string block =
            "Return-Path: <x@example.org>\n"
            "subject: =?UTF-8?Q?Caf=C3=A9?=\n"
            " =?UTF-8?Q?_cr=C3=A8me?= and\n"
            "\tmore\n"
            "FROM: =?iso-8859-1?q?J=F6rg?= <jorg@example.org>\n"
            "To: a@example.org,\n"
            "    b@example.org\n"
            "Message-ID: <123@example.org>\n"
            "Date: Tue, 3 Nov 2026 10:15:00 +0100\n"
            "Subject: second subject is ignored\n"
            "no colon line\n"
            "\n"
            "Subject: body\n";
        const MessageHeaders h = parseHeaderBlock(block);
        QCOMPARE(q(h.subject), u8(u8"Café crème and\tmore").replace('\t', ' '));
        QCOMPARE(q(h.from), u8(u8"Jörg <jorg@example.org>"));
        QCOMPARE(q(h.to), QByteArray("a@example.org,    b@example.org"));
        QCOMPARE(q(h.messageId), QByteArray("<123@example.org>"));
        QCOMPARE(q(h.date), QByteArray("Tue, 3 Nov 2026 10:15:00 +0100"));
        QCOMPARE(h.dateUnix.value_or(-1), utc(2026, 11, 3, 9, 15, 0));
    }

    void peekLfFile()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/m";
        QVERIFY(fixture::writeFile(f, "From: =?UTF-8?B?w4lsb2RpZQ==?= <e@example.org>\n"
                                      "Subject: Hello\n world\n"
                                      "Date: 3 Nov 2026 09:15 GMT\n"
                                      "\n"
                                      "Subject: not a header\n"));
        const auto h = peekHeaders(f);
        QVERIFY(h);
        QCOMPARE(q(h->from), u8(u8"Élodie <e@example.org>"));
        QCOMPARE(q(h->subject), QByteArray("Hello world"));
        QCOMPARE(h->dateUnix.value_or(-1), utc(2026, 11, 3, 9, 15, 0));
    }

    void peekCrlfFile()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/m";
        QVERIFY(fixture::writeFile(f, "Subject: =?ISO-8859-1?Q?R=E9sum=E9?=\r\n"
                                      "\tsecond\r\n"
                                      "To: <t@example.org>\r\n"
                                      "\r\n"
                                      "To: body@example.org\r\n"));
        const auto h = peekHeaders(f);
        QVERIFY(h);
        QCOMPARE(q(h->subject), u8(u8"Résumé second"));
        QCOMPARE(q(h->to), QByteArray("<t@example.org>"));
    }

    void peekWithoutSeparator()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/m";
        QVERIFY(fixture::writeFile(f, "Subject: only headers\nFrom: a@b"));
        const auto h = peekHeaders(f);
        QVERIFY(h);
        QCOMPARE(q(h->subject), QByteArray("only headers"));
        QCOMPARE(q(h->from), QByteArray("a@b"));

        // No header fields: the block ends at once, the body is not read as headers.
        QVERIFY(fixture::writeFile(f, "\r\nSubject: body\r\n"));
        const auto none = peekHeaders(f);
        QVERIFY(none);
        QVERIFY(none->subject.empty());
    }

    void peekZeroByte()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/m";
        QVERIFY(fixture::writeFile(f));
        const auto h = peekHeaders(f);
        QVERIFY(h);
        QVERIFY(h->subject.empty() && h->from.empty() && h->to.empty() && h->date.empty());
        QVERIFY(!h->dateUnix);
    }

    void peekHeaderLargerThanCap()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/m";
        std::string content = "Subject: early\n";
        for (int i = 0; i < 20000; ++i)
            content += "X-Junk-" + std::to_string(i) + ": aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";
        content += "From: late@example.org\n\nbody\n";
        QVERIFY(fixture::writeFile(f, content));
        const auto h = peekHeaders(f, 4096);
        QVERIFY(h);
        QCOMPARE(q(h->subject), QByteArray("early"));
        QVERIFY(h->from.empty());

        // One line longer than the cap: nothing half-read is returned.
        QVERIFY(fixture::writeFile(f, "Subject: " + std::string(10000, 'x') + "\n\n"));
        const auto cut = peekHeaders(f, 4096);
        QVERIFY(cut);
        QVERIFY(cut->subject.empty());
    }

    void peekHugeSparseFile()
    {
        QTemporaryDir tmp;
        const std::string f = fixture::tempRoot(tmp) + "/huge";
        const int fd = ::open(f.c_str(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::ftruncate(fd, 300ll * 1024 * 1024), 0);
        ::close(fd);
        QElapsedTimer timer;
        timer.start();
        const auto h = peekHeaders(f);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(h);
        QVERIFY(h->subject.empty());
    }

    void peekErrors()
    {
        QTemporaryDir tmp;
        const std::string dir = fixture::tempRoot(tmp);
        const auto missing = peekHeaders(dir + "/missing");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        QCOMPARE(::mkfifo((dir + "/fifo").c_str(), 0644), 0);
        const auto fifo = peekHeaders(dir + "/fifo"); // must not block
        QVERIFY(!fifo);
        QCOMPARE(fifo.error().code, ErrorCode::Io);

        QVERIFY(fixture::writeFile(dir + "/real", "Subject: x\n\n"));
        QCOMPARE(::symlink((dir + "/real").c_str(), (dir + "/link").c_str()), 0);
        QVERIFY(!peekHeaders(dir + "/link"));
    }
};

QTEST_GUILESS_MAIN(TestHeaderPeek)
#include "tst_headerpeek.moc"
