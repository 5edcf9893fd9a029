// SPDX-License-Identifier: GPL-3.0-or-later
// HttpsTransport in process against the real agent daemon listening with TLS
// (httpstestbed.h) and against impostor TLS servers (tlsimpostor.h): CA trust, the GUI
// question for an unknown certificate, pinned certificates that change before or after
// the link opened (R24: the impostor sees zero Authorization headers), a link lost after
// opening, a batch of concurrent calls, and the token in no file the console wrote (R27).
// The command line (--check-connection exit codes, --connect) is tst_httpscheck.

#include "httpstestbed.h"

#include "agentclient.h"
#include "api/methods.h"
#include "remoteconnect.h"
#include "transport/httpstransport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;
using mailstore::test::HttpsTestBed;
using mailstore::test::TlsImpostor;
using Agent = HttpsTestBed::Agent;

namespace {
constexpr int WaitMs = 30'000;

struct Outcome {
    std::optional<api::Response> response;
    HttpsFailure failure = HttpsFailure::None;
};

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

QMessageBox *visibleQuestion(const QWidget &parent)
{
    for (QMessageBox *box : parent.findChildren<QMessageBox *>())
        if (box->isVisible())
            return box;
    return nullptr;
}
} // namespace

class TestHttpsTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hostInfoWithCaFile();
    void interactiveQuestion_data();
    void interactiveQuestion();
    void impostorCountsWhatItGets();
    void changedCertificateRefusedBeforeToken_data();
    void changedCertificateRefusedBeforeToken();
    void certificateSwappedAfterOpen();
    void linkLostAfterOpen();
    void refusedTokenAndNothingListening();
    void concurrentCalls();
    void idleConnectionClosedByAgent();
    void tokenWrittenNowhere();

private:
    Outcome hostInfo(const HttpsTarget &t, const std::function<void(HttpsTransport *)> &hook = {});
    void runHostInfo(Outcome &outcome, const HttpsTarget &t, const std::function<void(HttpsTransport *)> &hook);

    HttpsTestBed m_bed;
};

void TestHttpsTransport::initTestCase()
{
    QVERIFY2(m_bed.start(false), qPrintable(m_bed.error()));
}

Outcome TestHttpsTransport::hostInfo(const HttpsTarget &t, const std::function<void(HttpsTransport *)> &hook)
{
    Outcome outcome;
    runHostInfo(outcome, t, hook);
    if (!outcome.response) // the QTRY failed: make callers stop, not crash
        outcome.response = api::Response{{}, api::RpcError{-99, u"no answer in time"_s, {}}, {}};
    return outcome;
}

void TestHttpsTransport::runHostInfo(Outcome &outcome, const HttpsTarget &t,
                                     const std::function<void(HttpsTransport *)> &hook)
{
    AgentClient client;
    client.connectTo([&]() -> std::unique_ptr<Transport> {
        auto transport = std::make_unique<HttpsTransport>(t);
        HttpsTransport *raw = transport.get();
        QObject::connect(raw, &Transport::closed, raw, [raw, &outcome] { outcome.failure = raw->failure(); });
        if (hook)
            hook(raw);
        return transport;
    });
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { outcome.response = r; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.response.has_value(), WaitMs);
}

void TestHttpsTransport::hostInfoWithCaFile()
{
    const QString pins = m_bed.freshPins(u"ca"_s);
    QString description;
    bool pushes = true;
    const Outcome o = hostInfo(m_bed.target(m_bed.port(Agent::CaSigned), pins), [&](HttpsTransport *t) {
        description = t->description();
        pushes = t->pushesNotifications();
    });
    QVERIFY2(!o.response->error, qPrintable(o.response->error ? o.response->error->message : QString()));
    QCOMPARE(o.response->result.toObject().value("root"_L1).toString(), m_bed.root(Agent::CaSigned));
    QCOMPARE(description, u"HTTPS agent at 127.0.0.1:%1"_s.arg(m_bed.port(Agent::CaSigned)));
    QVERIFY(!pushes);
    QVERIFY(!QFile::exists(pins)); // a CA vouches for it: nothing to pin

    // Without the CA the same certificate is unknown: refused, nothing pinned.
    const Outcome unknown = hostInfo(m_bed.target(m_bed.port(Agent::CaSigned), pins, false));
    QCOMPARE(unknown.failure, HttpsFailure::CertificateUnknown);
    QVERIFY(unknown.response->error->message.contains(m_bed.fingerprint(u"a"_s)));
    QVERIFY(!QFile::exists(pins));
}

void TestHttpsTransport::interactiveQuestion_data()
{
    QTest::addColumn<bool>("trust");
    QTest::newRow("cancel") << false;
    QTest::newRow("trust") << true;
}

void TestHttpsTransport::interactiveQuestion()
{
    QFETCH(bool, trust);
    const QString pins = m_bed.freshPins(u"ask"_s);
    QWidget parent;
    parent.show();
    const auto make = httpsTransportFactory(m_bed.target(m_bed.port(Agent::SelfSigned), pins, false), &parent);
    QStringList asked;
    QDateTime expiry;
    bool interactive = false;
    AgentClient client;
    Outcome outcome;
    client.connectTo([&]() {
        auto transport = make();
        auto *raw = static_cast<HttpsTransport *>(transport.get());
        interactive = raw->target().interactive;
        QObject::connect(raw, &Transport::closed, raw, [raw, &outcome] { outcome.failure = raw->failure(); });
        QObject::connect(raw, &HttpsTransport::certificateUnknown, raw,
                         [&](const QString &fp, const QString &subject, const QString &issuer, const QDateTime &until) {
                             asked = {fp, subject, issuer};
                             expiry = until;
                         });
        return transport;
    });
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { outcome.response = r; });

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleQuestion(parent)) != nullptr, WaitMs);
    QVERIFY(interactive);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY2(box->text().contains(m_bed.fingerprint(u"b"_s)), qPrintable(box->text()));
    QVERIFY(box->text().contains("mailstore-selfsigned-b"_L1));
    const QString b = u"mailstore-selfsigned-b"_s;
    QCOMPARE(asked, (QStringList{m_bed.fingerprint(u"b"_s), b, b}));
    QCOMPARE(expiry, QSslCertificate::fromPath(m_bed.path(u"b.crt"_s)).first().expiryDate());
    QVERIFY(!QFile::exists(pins)); // nothing decided yet
    QAbstractButton *button = nullptr;
    for (QAbstractButton *candidate : box->buttons())
        if (box->buttonRole(candidate) == (trust ? QMessageBox::AcceptRole : QMessageBox::RejectRole))
            button = candidate;
    QVERIFY(button);
    button->click();

    QTRY_VERIFY_WITH_TIMEOUT(outcome.response.has_value(), WaitMs);
    QCOMPARE(bool(outcome.response->error), !trust);
    QCOMPARE(outcome.failure, trust ? HttpsFailure::None : HttpsFailure::CertificateUnknown);
    QCOMPARE(readFile(pins),
             trust ? u"127.0.0.1:%1 %2\n"_s.arg(m_bed.port(Agent::SelfSigned)).arg(m_bed.fingerprint(u"b"_s)).toLatin1()
                   : QByteArray());
}

void TestHttpsTransport::impostorCountsWhatItGets()
{
    // The control for the tests below: an impostor the console has no reason to refuse
    // (CA-signed, nothing pinned) receives the token, and the counters see it.
    TlsImpostor impostor;
    impostor.identities = {m_bed.identity(u"c"_s)};
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    QByteArray out;
    QCOMPARE(
        m_bed.admin({u"--check-connection"_s, m_bed.url(impostor.serverPort()), u"--token-file"_s, m_bed.tokenFile(),
                     u"--ca-file"_s, m_bed.caFile(), u"--cert-pins"_s, m_bed.freshPins(u"control"_s)},
                    &out),
        checkexit::Ok);
    QVERIFY2(out.contains("impostor"), out.constData());
    // /healthz without the token, host.info with it; api.version may still be on its way
    // when the check exits.
    QVERIFY(impostor.requests >= 2);
    QCOMPARE(impostor.paths.first(), u"/healthz"_s);
    QCOMPARE(impostor.authorizationHeaders, impostor.requests - 1);
}

void TestHttpsTransport::changedCertificateRefusedBeforeToken_data()
{
    QTest::addColumn<QString>("impostorCert");
    QTest::newRow("signed by the trusted CA") << u"c"_s;
    QTest::newRow("self-signed") << u"s"_s;
}

void TestHttpsTransport::changedCertificateRefusedBeforeToken()
{
    QFETCH(QString, impostorCert);
    TlsImpostor impostor;
    impostor.identities = {m_bed.identity(impostorCert)};
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    const QString pins = m_bed.freshPins(u"changed"_s);
    const QByteArray pinned =
        u"127.0.0.1:%1 %2\n"_s.arg(impostor.serverPort()).arg(m_bed.fingerprint(u"a"_s)).toLatin1();
    writeFile(pins, pinned);
    QByteArray out, err;
    QCOMPARE(m_bed.admin({u"--check-connection"_s, m_bed.url(impostor.serverPort()), u"--token-file"_s,
                          m_bed.tokenFile(), u"--ca-file"_s, m_bed.caFile(), u"--cert-pins"_s, pins,
                          u"--accept-fingerprint"_s, m_bed.fingerprint(impostorCert)},
                         &out, &err),
             checkexit::HostKey);
    QVERIFY2(err.contains(m_bed.fingerprint(u"a"_s).toLatin1()) &&
                 err.contains(m_bed.fingerprint(impostorCert).toLatin1()) && err.contains(pins.toLatin1()),
             err.constData());
    QVERIFY(out.isEmpty());
    QVERIFY(impostor.connections >= 1);
    QCOMPARE(impostor.authorizationHeaders, 0);
    QCOMPARE(impostor.requests, 0);
    QCOMPARE(impostor.bytesReceived, 0);
    QCOMPARE(readFile(pins), pinned); // --accept-fingerprint never overrides a pin
}

void TestHttpsTransport::certificateSwappedAfterOpen()
{
    // The pinned certificate answers /healthz, then later connections (one request per
    // connection) show another certificate the CA vouches for: the console must refuse
    // them in the handshake, before the request with the token goes out.
    TlsImpostor impostor;
    impostor.identities = {m_bed.identity(u"a"_s), m_bed.identity(u"c"_s)};
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    const QString pins = m_bed.freshPins(u"swap"_s);
    writeFile(pins, u"127.0.0.1:%1 %2\n"_s.arg(impostor.serverPort()).arg(m_bed.fingerprint(u"a"_s)).toLatin1());
    const Outcome o = hostInfo(m_bed.target(impostor.serverPort(), pins));
    QVERIFY(o.response->error);
    QCOMPARE(o.response->error->code, clientcode::ConnectionLost);
    QCOMPARE(o.failure, HttpsFailure::CertificateChanged);
    QVERIFY(o.response->error->message.contains(m_bed.fingerprint(u"c"_s)));
    QVERIFY(impostor.connections >= 2);
    QCOMPARE(impostor.paths, QStringList{u"/healthz"_s});
    QCOMPARE(impostor.authorizationHeaders, 0);
}

void TestHttpsTransport::linkLostAfterOpen()
{
    TlsImpostor impostor;
    impostor.identities = {m_bed.identity(u"a"_s)};
    impostor.stopListeningAfterFirstRequest = true;
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    const QString pins = m_bed.freshPins(u"lost"_s);
    writeFile(pins, u"127.0.0.1:%1 %2\n"_s.arg(impostor.serverPort()).arg(m_bed.fingerprint(u"a"_s)).toLatin1());
    bool opened = false;
    const Outcome o = hostInfo(m_bed.target(impostor.serverPort(), pins), [&opened](HttpsTransport *t) {
        QObject::connect(t, &Transport::opened, t, [&opened] { opened = true; });
    });
    QVERIFY(opened);
    QCOMPARE(o.failure, HttpsFailure::Connection);
    QCOMPARE(o.response->error->code, clientcode::ConnectionLost);
    QCOMPARE(impostor.requests, 1);
}

void TestHttpsTransport::refusedTokenAndNothingListening()
{
    HttpsTarget t = m_bed.target(m_bed.port(Agent::CaSigned), m_bed.freshPins(u"token"_s));
    t.token = "msa_" + QByteArray(43, 'B');
    bool opened = false;
    const Outcome refused = hostInfo(t, [&opened](HttpsTransport *transport) {
        QObject::connect(transport, &Transport::opened, transport, [&opened] { opened = true; });
    });
    QVERIFY(opened); // /healthz needs no token; the first call is refused
    QCOMPARE(refused.failure, HttpsFailure::AuthFailed);
    QCOMPARE(refused.response->error->code, clientcode::ConnectionLost);
    QVERIFY(refused.response->error->message.contains("401"_L1));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    const Outcome nobody = hostInfo(m_bed.target(port, m_bed.freshPins(u"closed"_s)));
    QCOMPARE(nobody.failure, HttpsFailure::Connection);
    QCOMPARE(nobody.response->error->code, clientcode::ConnectionLost);
}

void TestHttpsTransport::concurrentCalls()
{
    AgentClient client;
    HttpsTransport *raw = nullptr;
    const HttpsTarget t = m_bed.target(m_bed.port(Agent::CaSigned), m_bed.freshPins(u"batch"_s));
    client.connectTo([&]() {
        auto transport = std::make_unique<HttpsTransport>(t);
        raw = transport.get();
        return transport;
    });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, WaitMs);
    std::optional<api::Response> all;
    client.call(api::method::AccountsList, {{u"limit"_s, 100}}, this, [&](const api::Response &r) { all = r; });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), WaitMs);
    const QJsonArray reference = all->result.toObject().value("accounts"_L1).toArray();
    QCOMPARE(reference.size(), 20);

    constexpr int Calls = 20;
    QList<std::optional<api::Response>> answers(Calls);
    for (int i = 0; i < Calls; ++i)
        client.call(api::method::AccountsList, {{u"offset"_s, i}, {u"limit"_s, 1}}, this,
                    [&answers, i](const api::Response &r) { answers[i] = r; });
    QCOMPARE(raw->requestsInFlight(), HttpsTransport::MaxInFlight);
    QCOMPARE(raw->requestsQueued(), Calls - HttpsTransport::MaxInFlight);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }),
                             WaitMs);
    for (int i = 0; i < Calls; ++i) {
        QVERIFY(!answers[i]->error);
        const QJsonObject page = answers[i]->result.toObject();
        QCOMPARE(page.value("total"_L1).toInt(), 20);
        QCOMPARE(page.value("offset"_L1).toInt(), i);
        const QJsonArray accounts = page.value("accounts"_L1).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value("name"_L1), reference.at(i).toObject().value("name"_L1));
    }
    QCOMPARE(client.state(), AgentClient::State::Connected);
}

void TestHttpsTransport::idleConnectionClosedByAgent()
{
    AgentClient client;
    const HttpsTarget t = m_bed.target(m_bed.port(Agent::CaSigned), m_bed.freshPins(u"idle"_s));
    client.connectTo([&t]() { return std::make_unique<HttpsTransport>(t); });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, WaitMs);
    // The agent closes keep-alive connections idle for 2 s; nothing on this side signals
    // that, so only time can make it happen. The next call must go out on a new
    // connection (with a new certificate check) and succeed.
    QTest::qWait(2600);
    for (int round = 0; round < 2; ++round) {
        std::optional<api::Response> answer;
        client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
        QVERIFY2(!answer->error, qPrintable(answer->error ? answer->error->message : QString()));
        QCOMPARE(answer->result.toObject().value("root"_L1).toString(), m_bed.root(Agent::CaSigned));
        if (round == 0)
            QTest::qWait(2100); // just past the agent's idle limit: the racy moment
    }
    QCOMPARE(client.state(), AgentClient::State::Connected);
}

void TestHttpsTransport::tokenWrittenNowhere()
{
    int scanned = 0;
    const QStringList hits = m_bed.filesWithToken(&scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
    // The scan covered the pin file the console itself wrote after "Trust".
    QVERIFY(QFile::exists(m_bed.path(u"pins-ask"_s)));
    QVERIFY(scanned >= 1);
}

QTEST_MAIN(TestHttpsTransport)
#include "tst_httpstransport.moc"
