// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-admin --check-connection https://…` and `--connect https://…` against the
// real agent daemon listening with TLS (httpstestbed.h): usage errors (exit 2), an
// unknown self-signed certificate refused (3) and accepted with --accept-fingerprint
// (then pinned, also in the default pin file), a refused token (4), nothing listening
// (5), plain HTTP on loopback, the whole console over HTTPS, and the token neither in a
// file the program wrote nor in anything it printed (R27).

#include "httpstestbed.h"

#include "remoteconnect.h"

#include <QDir>
#include <QHostAddress>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;
using mailstore::test::HttpsTestBed;
using Agent = HttpsTestBed::Agent;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHttpsCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors();
    void unknownCertificateRefusedThenAccepted();
    void unreadablePinsAreExit3();
    void wrongTokenIsExit4();
    void nothingListeningIsExit5();
    void plainHttpOnLoopback();
    void consoleOverHttps();
    void tokenWrittenNowhere();

private:
    HttpsTestBed m_bed;
};

void TestHttpsCheck::initTestCase()
{
    QVERIFY2(m_bed.start(true), qPrintable(m_bed.error()));
}

void TestHttpsCheck::usageErrors()
{
    const QString spaced = m_bed.path(u"spaced-token.txt"_s);
    writeFile(spaced, "msa_abc def\n");
    const QString tf = m_bed.tokenFile();
    const QList<QStringList> cases{
        {u"--check-connection"_s, u"http://192.0.2.1:8443"_s, u"--token-file"_s, tf},
        {u"--check-connection"_s, u"https://127.0.0.1:1/v1/rpc"_s, u"--token-file"_s, tf},
        {u"--check-connection"_s, u"https://127.0.0.1:1"_s}, // never asks: needs --token-file
        {u"--check-connection"_s, u"ssh://u@127.0.0.1:1"_s, u"--token-file"_s, tf},
        {u"--check-connection"_s, u"https://127.0.0.1:1"_s, u"--token-file"_s, tf, u"--ca-file"_s, tf},
        {u"--check-connection"_s, u"https://127.0.0.1:1"_s, u"--token-file"_s, spaced},
        {u"--check-connection"_s, u"https://127.0.0.1:1"_s, u"--token-file"_s, tf, u"--identity"_s, tf},
    };
    for (const QStringList &args : cases)
        QCOMPARE(m_bed.admin(args), checkexit::Usage);

    const auto v6 = parseHttpsUrl(u"http://[::1]:8080"_s);
    QVERIFY(v6 && v6->plainHttp);
    QCOMPARE(v6->displayName(), u"[::1]:8080"_s);
    QCOMPARE(parseHttpsUrl(u"https://mail.example.org"_s)->port, 443);
    QVERIFY(!parseHttpsUrl(u"http://mail.example.org:8080"_s));
}

void TestHttpsCheck::unknownCertificateRefusedThenAccepted()
{
    const QString pins = m_bed.freshPins(u"cli"_s);
    const QStringList common{u"--check-connection"_s, m_bed.url(m_bed.port(Agent::SelfSigned)),
                             u"--token-file"_s,       m_bed.tokenFile(),
                             u"--cert-pins"_s,        pins};
    QByteArray out, err;
    QCOMPARE(m_bed.admin(common, &out, &err), checkexit::HostKey);
    QVERIFY2(err.contains(m_bed.fingerprint(u"b"_s).toLatin1()), err.constData());
    QVERIFY(out.isEmpty());
    QVERIFY(!QFile::exists(pins));

    QCOMPARE(m_bed.admin(common + QStringList{u"--accept-fingerprint"_s, "SHA256:"_L1 + QString(43, u'A')}),
             checkexit::HostKey);
    QVERIFY(!QFile::exists(pins));

    QCOMPARE(m_bed.admin(common + QStringList{u"--accept-fingerprint"_s, m_bed.fingerprint(u"b"_s)}, &out, &err),
             checkexit::Ok);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("root"_L1).toString(), m_bed.root(Agent::SelfSigned));
    const QByteArray line =
        u"127.0.0.1:%1 %2\n"_s.arg(m_bed.port(Agent::SelfSigned)).arg(m_bed.fingerprint(u"b"_s)).toLatin1();
    QCOMPARE(readFile(pins), line);
    QCOMPARE(m_bed.admin(common, &out), checkexit::Ok); // pinned now: no fingerprint needed

    // The default pin file lives in the application data folder.
    QCOMPARE(m_bed.admin({u"--check-connection"_s, m_bed.url(m_bed.port(Agent::SelfSigned)), u"--token-file"_s,
                          m_bed.tokenFile(), u"--accept-fingerprint"_s, m_bed.fingerprint(u"b"_s)}),
             checkexit::Ok);
    QCOMPARE(readFile(m_bed.defaultPins()), line);
}

void TestHttpsCheck::unreadablePinsAreExit3()
{
    // Without the pin file nobody can tell whether the host is pinned: no connection.
    const QString pins = m_bed.path(u"pins-folder"_s);
    QVERIFY(QDir().mkpath(pins));
    QByteArray err;
    QCOMPARE(m_bed.admin({u"--check-connection"_s, m_bed.url(m_bed.port(Agent::CaSigned)), u"--token-file"_s,
                          m_bed.tokenFile(), u"--ca-file"_s, m_bed.caFile(), u"--cert-pins"_s, pins},
                         nullptr, &err),
             checkexit::HostKey);
    QVERIFY2(err.contains(pins.toUtf8()), err.constData());
}

void TestHttpsCheck::wrongTokenIsExit4()
{
    const QString bad = m_bed.path(u"bad-token.txt"_s);
    writeFile(bad, "msa_" + QByteArray(43, 'A') + '\n');
    QByteArray err;
    QCOMPARE(m_bed.admin({u"--check-connection"_s, m_bed.url(m_bed.port(Agent::CaSigned)), u"--token-file"_s, bad,
                          u"--ca-file"_s, m_bed.caFile(), u"--cert-pins"_s, m_bed.freshPins(u"token"_s)},
                         nullptr, &err),
             checkexit::Auth);
    QVERIFY2(err.contains("401"), err.constData());
}

void TestHttpsCheck::nothingListeningIsExit5()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    QCOMPARE(m_bed.admin({u"--check-connection"_s, m_bed.url(port), u"--token-file"_s, m_bed.tokenFile(),
                          u"--cert-pins"_s, m_bed.freshPins(u"closed"_s)}),
             checkexit::Connection);
}

void TestHttpsCheck::plainHttpOnLoopback()
{
    QByteArray out, err;
    QCOMPARE(m_bed.admin({u"--check-connection"_s, u"http://127.0.0.1:%1"_s.arg(m_bed.port(Agent::PlainHttp)),
                          u"--token-file"_s, m_bed.tokenFile()},
                         &out, &err),
             checkexit::Ok);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("root"_L1).toString(), m_bed.root(Agent::PlainHttp));
}

void TestHttpsCheck::consoleOverHttps()
{
    // The whole console over HTTPS, as an operator starts it (main.cpp's https branch).
    const QString png = m_bed.path(u"console.png"_s);
    QByteArray err;
    const int rc =
        m_bed.admin({u"--connect"_s, m_bed.url(m_bed.port(Agent::CaSigned)), u"--token-file"_s, m_bed.tokenFile(),
                     u"--ca-file"_s, m_bed.caFile(), u"--screenshot"_s, png, u"--view"_s, u"accounts"_s},
                    nullptr, &err);
    QVERIFY2(rc == 0, err.constData());
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    QVERIFY2(dark > 1000, "the accounts table over HTTPS rendered no text");
}

void TestHttpsCheck::tokenWrittenNowhere()
{
    int scanned = 0;
    const QStringList hits = m_bed.filesWithToken(&scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
    QVERIFY(QFile::exists(m_bed.defaultPins())); // the scan looked at what the program wrote
    QVERIFY(scanned >= 2);
    QVERIFY(!m_bed.adminOutput().isEmpty());
    QVERIFY(!m_bed.adminOutput().contains(m_bed.token()));
}

QTEST_GUILESS_MAIN(TestHttpsCheck)
#include "tst_httpscheck.moc"
