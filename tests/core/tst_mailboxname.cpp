// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maildir/mailboxname.h"

#include <QTest>

using namespace mailstore::core::maildir;

namespace {
QByteArray u8(const char8_t *s) { return QByteArray(reinterpret_cast<const char *>(s)); }
} // namespace

class TestMailboxName : public QObject {
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("ascii") << QByteArray("Sent Items") << QByteArray("Sent Items");
        QTest::newRow("amp") << QByteArray("&-") << QByteArray("&");
        QTest::newRow("amp in text") << QByteArray("Tom &- Jerry") << QByteArray("Tom & Jerry");
        QTest::newRow("Ete") << QByteArray("&AMk-t&AOk-") << u8(u8"Été");
        QTest::newRow("Resume") << QByteArray("R&AOk-sum&AOk-") << u8(u8"Résumé");
        QTest::newRow("japanese") << QByteArray("&ZeVnLIqe-") << u8(u8"日本語");
        QTest::newRow("rfc3501 example") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-")
                                         << u8(u8"~peter/mail/台北/日本語");
        QTest::newRow("cyrillic") << QByteArray("&BB8EQAQ4BDIENQRC-") << u8(u8"Привет");
        QTest::newRow("emoji surrogates") << QByteArray("&2D3eAA-") << u8(u8"😀");
        QTest::newRow("adjacent runs") << QByteArray("&AOk-&AOk-") << u8(u8"éé");
    }
    void decode()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, utf8);
        const auto out = decodeModifiedUtf7(encoded.toStdString());
        QVERIFY(out.has_value());
        QCOMPARE(QByteArray::fromStdString(*out), utf8);
    }

    void decodeInvalid_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unterminated amp") << QByteArray("a&");
        QTest::newRow("unterminated run") << QByteArray("&AMk");
        QTest::newRow("encodes ascii") << QByteArray("&AGE-");
        QTest::newRow("bad base64 char") << QByteArray("&A*k-");
        QTest::newRow("standard slash") << QByteArray("&U/BTFw-");
        QTest::newRow("lone high surrogate") << QByteArray("&2D0-");
        QTest::newRow("lone low surrogate") << QByteArray("&3gA-");
        QTest::newRow("extra base64 digit") << QByteArray("&AMkA-");
        QTest::newRow("nonzero padding bits") << QByteArray("&AMl-");
        QTest::newRow("raw 8-bit") << QByteArray("\xe9t\xe9");
        QTest::newRow("raw utf8") << u8(u8"Été");
        QTest::newRow("control") << QByteArray("a\x01");
    }
    void decodeInvalid()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!decodeModifiedUtf7(encoded.toStdString()).has_value());
    }

    void encode_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("ascii") << QByteArray("Sent Items") << QByteArray("Sent Items");
        QTest::newRow("amp") << QByteArray("&") << QByteArray("&-");
        QTest::newRow("Ete") << u8(u8"Été") << QByteArray("&AMk-t&AOk-");
        QTest::newRow("japanese") << u8(u8"日本語") << QByteArray("&ZeVnLIqe-");
        QTest::newRow("emoji") << u8(u8"😀") << QByteArray("&2D3eAA-");
        QTest::newRow("mixed") << u8(u8"a&é/台北") << QByteArray("a&-&AOk-/&U,BTFw-");
    }
    void encode()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QByteArray, encoded);
        QCOMPARE(QByteArray::fromStdString(encodeModifiedUtf7(utf8.toStdString())), encoded);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        for (const char8_t *s : {u8"", u8"&", u8"&&-&", u8"Été", u8"Archive 2024", u8"日本語のフォルダ",
                                 u8"😀 & 🚀", u8"Привет, мир", u8"Ünïcödé~!@#$%^*()"})
            QTest::newRow(reinterpret_cast<const char *>(s)) << u8(s);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, utf8);
        const std::string encoded = encodeModifiedUtf7(utf8.toStdString());
        for (unsigned char c : encoded)
            QVERIFY(c >= 0x20 && c <= 0x7e);
        const auto back = decodeModifiedUtf7(encoded);
        QVERIFY(back.has_value());
        QCOMPARE(QByteArray::fromStdString(*back), utf8);
    }

    void displayName_data()
    {
        QTest::addColumn<QByteArray>("dirName");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("display");
        QTest::newRow("simple") << QByteArray(".Sent") << true << QByteArray("Sent");
        QTest::newRow("nested") << QByteArray(".Archive.2024") << true << QByteArray("Archive/2024");
        QTest::newRow("encoded") << QByteArray(".&AMk-t&AOk-") << true << u8(u8"Été");
        QTest::newRow("encoded nested") << QByteArray(".R&AOk-sum&AOk-.&ZeVnLIqe-") << true
                                        << u8(u8"Résumé/日本語");
        QTest::newRow("amp") << QByteArray(".Tom &- Jerry") << true << QByteArray("Tom & Jerry");
        QTest::newRow("dot") << QByteArray(".") << false << QByteArray();
        QTest::newRow("dotdot") << QByteArray("..") << false << QByteArray();
        QTest::newRow("no dot") << QByteArray("Sent") << false << QByteArray();
        QTest::newRow("empty") << QByteArray() << false << QByteArray();
        QTest::newRow("empty level") << QByteArray(".a..b") << false << QByteArray();
        QTest::newRow("trailing dot") << QByteArray(".a.") << false << QByteArray();
        QTest::newRow("bad utf7") << QByteArray(".Bad&Name") << false << QByteArray();
        QTest::newRow("latin1") << QByteArray(".\xe9t\xe9") << false << QByteArray();
    }
    void displayName()
    {
        QFETCH(QByteArray, dirName);
        QFETCH(bool, valid);
        QFETCH(QByteArray, display);
        const auto out = displayNameFromMaildirFolder(dirName.toStdString());
        QCOMPARE(out.has_value(), valid);
        if (valid)
            QCOMPARE(QByteArray::fromStdString(*out), display);
    }

    void folderFromDisplay_data()
    {
        QTest::addColumn<QByteArray>("display");
        QTest::addColumn<QByteArray>("dirName");
        QTest::newRow("inbox") << QByteArray("INBOX") << QByteArray();
        QTest::newRow("inbox lower") << QByteArray("inbox") << QByteArray();
        QTest::newRow("simple") << QByteArray("Sent") << QByteArray(".Sent");
        QTest::newRow("nested") << QByteArray("Archive/2024") << QByteArray(".Archive.2024");
        QTest::newRow("encoded") << u8(u8"Été/日本語") << QByteArray(".&AMk-t&AOk-.&ZeVnLIqe-");
        QTest::newRow("inbox child") << QByteArray("INBOX/Sub") << QByteArray(".INBOX.Sub");
    }
    void folderFromDisplay()
    {
        QFETCH(QByteArray, display);
        QFETCH(QByteArray, dirName);
        const std::string out = maildirFolderFromDisplayName(display.toStdString());
        QCOMPARE(QByteArray::fromStdString(out), dirName);
        if (!out.empty())
            QCOMPARE(QByteArray::fromStdString(displayNameFromMaildirFolder(out).value_or("?")),
                     display);
    }
};

QTEST_GUILESS_MAIN(TestMailboxName)
#include "tst_mailboxname.moc"
