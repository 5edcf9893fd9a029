// SPDX-License-Identifier: GPL-3.0-or-later
// SshTransport against a real OpenSSH sshd on loopback (sshserver.h), with the real
// agent bridge as the remote command: host keys (known, unknown, accepted, changed),
// key and passphrase auth, a missing remote command, a link dropped mid-call, and the
// exit codes of `mailstore-admin --check-connection`.

#include "sshserver.h"

#include "agentclient.h"
#include "api/methods.h"
#include "remoteconnect.h"
#include "teststore.h"
#include "transport/sshtransport.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;
using AppTestStore = mailstore::app::test::TestStore;

namespace {
constexpr int WaitMs = 20'000;

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

struct Outcome {
    std::optional<api::Response> response;
    SshFailure failure = SshFailure::None;
};
} // namespace

class TestSshTransport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keyAuthHostInfo();
    void unknownKeyRefusedThenAccepted();
    void interactiveHostKeyQuestion();
    void changedKeyRefusedWithoutAuth();
    void passphraseKey();
    void unauthorizedKey();
    void remoteCommandMissing();
    void droppedMidCallKeepsDaemon();
    void checkConnectionExitCodes();
    void consoleOverSsh();

private:
    SshTarget target(const QString &knownHosts) const;
    Outcome hostInfo(const SshTarget &t, const std::function<void(SshTransport *)> &hook = {});
    void runHostInfo(Outcome &outcome, const SshTarget &t, const std::function<void(SshTransport *)> &hook);
    QString daemonStatus() const;
    QString logSince(qsizetype mark) { return m_sshd.log().mid(mark); }
    int admin(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);

    mailstore::test::SshServer m_sshd;
    std::unique_ptr<AppTestStore> m_store;
    QString m_remoteCommand;
};

void TestSshTransport::initTestCase()
{
    m_store = std::make_unique<AppTestStore>(20, 7, 0.1);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    m_remoteCommand = u"%1 --stdio --root %2 --state-dir %3"_s.arg(
        AppTestStore::agentProgram(), m_store->root(), m_store->stateDir());
}

SshTarget TestSshTransport::target(const QString &knownHosts) const
{
    SshTarget t;
    t.user = m_sshd.userName();
    t.host = u"127.0.0.1"_s;
    t.port = m_sshd.port();
    t.remoteCommand = m_remoteCommand;
    t.identityFile = m_sshd.userKey();
    t.knownHostsFile = knownHosts;
    t.userKnownHostsFile = QString(); // the tester's ~/.ssh/known_hosts must not decide anything
    return t;
}

Outcome TestSshTransport::hostInfo(const SshTarget &t, const std::function<void(SshTransport *)> &hook)
{
    Outcome outcome;
    runHostInfo(outcome, t, hook);
    if (!outcome.response) // the QTRY above failed: make callers stop, not crash
        outcome.response = api::Response{{}, api::RpcError{-99, u"no answer in time"_s, {}}, {}};
    return outcome;
}

void TestSshTransport::runHostInfo(Outcome &outcome, const SshTarget &t,
                                   const std::function<void(SshTransport *)> &hook)
{
    AgentClient client;
    client.connectTo([&]() -> std::unique_ptr<Transport> {
        auto transport = std::make_unique<SshTransport>(t);
        SshTransport *raw = transport.get();
        QObject::connect(raw, &Transport::closed, raw, [raw, &outcome] { outcome.failure = raw->failure(); });
        if (hook)
            hook(raw);
        return transport;
    });
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { outcome.response = r; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.response.has_value(), WaitMs);
}

QString TestSshTransport::daemonStatus() const
{
    QProcess p;
    p.start(AppTestStore::agentProgram(), {u"daemon"_s, u"status"_s, u"--root"_s,
                                              m_store->root(), u"--state-dir"_s, m_store->stateDir()});
    p.waitForFinished(10'000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

int TestSshTransport::admin(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_sshd.dir()); // no ~/.ssh of the tester, no real app data
    env.remove(u"SSH_AUTH_SOCK"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILSTORE_ADMIN_BIN), args);
    if (!p.waitForFinished(WaitMs))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

void TestSshTransport::keyAuthHostInfo()
{
    const QString known = m_sshd.dir() + "/known_ok"_L1;
    writeFile(known, m_sshd.knownHostsLine() + u'\n');
    const Outcome o = hostInfo(target(known));
    QVERIFY2(!o.response->error, qPrintable(o.response->error ? o.response->error->message : QString()));
    QVERIFY(o.response->result.toObject().contains("hostname"_L1));
    QVERIFY(m_sshd.log().contains("Accepted publickey for "_L1 + m_sshd.userName()));
}

void TestSshTransport::unknownKeyRefusedThenAccepted()
{
    const QString known = m_sshd.dir() + "/known_new"_L1;
    QFile::remove(known); // missing file: still refused, never a silent trust
    qsizetype mark = m_sshd.log().size();
    Outcome o = hostInfo(target(known));
    QVERIFY(o.response->error);
    QCOMPARE(o.failure, SshFailure::HostKeyUnknown);
    QVERIFY2(o.response->error->message.contains(m_sshd.hostFingerprint()), qPrintable(o.response->error->message));
    QVERIFY(!logSince(mark).contains("Accepted"_L1));
    QVERIFY(!QFile::exists(known));

    SshTarget t = target(known);
    t.acceptFingerprint = u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
    o = hostInfo(t);
    QCOMPARE(o.failure, SshFailure::HostKeyUnknown);

    t.acceptFingerprint = m_sshd.hostFingerprint();
    o = hostInfo(t);
    QVERIFY2(!o.response->error, qPrintable(o.response->error ? o.response->error->message : QString()));
    QFile f(known);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(u"[127.0.0.1]:%1 ssh-ed25519"_s.arg(m_sshd.port()).toLatin1()));
    // Now known: accepted without being told the fingerprint again.
    o = hostInfo(target(known));
    QVERIFY(!o.response->error);
}

void TestSshTransport::interactiveHostKeyQuestion()
{
    const QString known = m_sshd.dir() + "/known_ask"_L1;
    QFile::remove(known);
    for (const bool trust : {false, true}) {
        SshTarget t = target(known);
        t.interactiveHostKey = true;
        QString askedType, askedFingerprint;
        const Outcome o = hostInfo(t, [&](SshTransport *transport) {
            QObject::connect(transport, &SshTransport::hostKeyUnknown, transport,
                             [&, transport, trust](const QString &type, const QString &fp) {
                askedType = type;
                askedFingerprint = fp;
                transport->acceptHostKey(trust);
            });
        });
        QCOMPARE(askedType, u"ssh-ed25519"_s);
        QCOMPARE(askedFingerprint, m_sshd.hostFingerprint());
        QCOMPARE(bool(o.response->error), !trust);
        QCOMPARE(QFile::exists(known), trust);
    }
}

void TestSshTransport::changedKeyRefusedWithoutAuth()
{
    const QString known = m_sshd.dir() + "/known_changed"_L1;
    writeFile(known, m_sshd.otherKnownHostsLine() + u'\n');
    const qsizetype mark = m_sshd.log().size();
    const Outcome o = hostInfo(target(known));
    QVERIFY(o.response->error);
    QCOMPARE(o.failure, SshFailure::HostKeyRefused);
    const QString message = o.response->error->message;
    QVERIFY2(message.contains(m_sshd.otherFingerprint()) && message.contains(m_sshd.hostFingerprint()),
             qPrintable(message));
    QTest::qWait(300); // let sshd log the closed connection
    const QString log = logSince(mark);
    QVERIFY2(log.contains("Connection from 127.0.0.1"_L1), qPrintable(log));
    for (const QString &word : {u"Accepted"_s, u"Failed"_s, u"Postponed"_s, "for "_L1 + m_sshd.userName()})
        QVERIFY2(!log.contains(word), qPrintable(log));
}

void TestSshTransport::passphraseKey()
{
    const QString key = m_sshd.makeKey(u"id_locked"_s, u"s3cret-phrase"_s, true);
    QVERIFY(!key.isEmpty());
    const QString known = m_sshd.dir() + "/known_ok"_L1;
    SshTarget t = target(known);
    t.identityFile = key;
    int asked = 0;
    t.passphrase = [&asked](const SshSecretRequest &, std::stop_token) {
        ++asked;
        return std::optional<QString>(u"s3cret-phrase"_s);
    };
    Outcome o = hostInfo(t);
    QVERIFY2(!o.response->error, qPrintable(o.response->error ? o.response->error->message : QString()));
    QCOMPARE(asked, 1);
    // Always wrong: asked as often as ssh(1) would (3 times), then a clear refusal.
    asked = 0;
    t.passphrase = [&asked](const SshSecretRequest &, std::stop_token) {
        ++asked;
        return std::optional<QString>(u"wrong"_s);
    };
    o = hostInfo(t);
    QCOMPARE(o.failure, SshFailure::AuthFailed);
    QCOMPARE(asked, 3);
    QVERIFY2(o.response->error->message.contains("passphrase is wrong or missing"_L1),
             qPrintable(o.response->error->message));
    QVERIFY(!m_sshd.log().contains("s3cret-phrase"_L1)); // secrets never reach logs
}

void TestSshTransport::unauthorizedKey()
{
    SshTarget t = target(m_sshd.dir() + "/known_ok"_L1);
    t.identityFile = m_sshd.makeKey(u"id_stranger"_s, QString(), false);
    const Outcome o = hostInfo(t);
    QCOMPARE(o.failure, SshFailure::AuthFailed);
    QVERIFY2(o.response->error->message.contains("publickey"_L1), qPrintable(o.response->error->message));
}

void TestSshTransport::remoteCommandMissing()
{
    SshTarget t = target(m_sshd.dir() + "/known_ok"_L1);
    t.remoteCommand = u"mailstore-agent-not-here --stdio"_s;
    const Outcome o = hostInfo(t);
    QCOMPARE(o.failure, SshFailure::RemoteCommand);
    QVERIFY2(o.response->error->message.contains(
                 "mailstore-agent is not installed on the host or not in PATH"_L1),
             qPrintable(o.response->error->message));
    // It names what was run where, so the operator can check PATH on that host.
    QVERIFY(o.response->error->message.contains(t.remoteCommand));
    QVERIFY(o.response->error->message.contains(t.displayName()));
    QCOMPARE(o.response->error->code, clientcode::ConnectionLost);
}

void TestSshTransport::droppedMidCallKeepsDaemon()
{
    const QString before = daemonStatus();
    QVERIFY2(before.startsWith("running"_L1), qPrintable(before));
    AgentClient client;
    SshTarget t = target(m_sshd.dir() + "/known_ok"_L1);
    client.connectTo([t]() { return std::make_unique<SshTransport>(t); });
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, WaitMs);
    // Freeze the bridge so the next call is surely still pending when the link drops.
    QProcess pgrep;
    pgrep.start(u"pgrep"_s, {u"-f"_s, u"stdio --root "_s + m_store->root()});
    pgrep.waitForFinished(5000);
    const QStringList bridges = QString::fromLatin1(pgrep.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!bridges.isEmpty());
    for (const QString &pid : bridges)
        ::kill(pid.toInt(), SIGSTOP);
    std::optional<api::Response> answer;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { answer = r; });
    QTest::qWait(100);
    QVERIFY(!answer);
    QVERIFY(m_sshd.killSessions() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), WaitMs);
    QVERIFY(answer->error);
    QCOMPARE(answer->error->code, clientcode::ConnectionLost);
    QCOMPARE(client.state(), AgentClient::State::Lost);
    // The bridge died with the link; the daemon (same pid) serves the next connection.
    QCOMPARE(daemonStatus(), before);
    client.reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, WaitMs);
    // The new connection (a new session and bridge: the old ones died with the link)
    // answers with data, not only "connected".
    std::optional<api::Response> again;
    client.call(api::method::HostInfo, {}, this, [&](const api::Response &r) { again = r; });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), WaitMs);
    QVERIFY2(!again->error, qPrintable(again->error ? again->error->message : QString()));
    QVERIFY(!again->result.toObject().value("hostname"_L1).toString().isEmpty());
    QCOMPARE(daemonStatus(), before);
}

void TestSshTransport::checkConnectionExitCodes()
{
    const QString url = u"ssh://%1@127.0.0.1:%2"_s.arg(m_sshd.userName()).arg(m_sshd.port());
    const QString known = m_sshd.dir() + "/known_cli"_L1;
    QFile::remove(known);
    const QStringList common{u"--check-connection"_s, url, u"--identity"_s, m_sshd.userKey(),
                             u"--known-hosts"_s, known, u"--remote-command"_s, m_remoteCommand};
    QByteArray out, err;
    QCOMPARE(admin(common, &out, &err), checkexit::HostKey);
    QVERIFY2(err.contains(m_sshd.hostFingerprint().toLatin1()), err.constData());
    QCOMPARE(admin(common + QStringList{u"--accept-fingerprint"_s, m_sshd.hostFingerprint()}, &out, &err),
             checkexit::Ok);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QVERIFY2(doc.isObject() && doc.object().contains("hostname"_L1), out.constData());
    QCOMPARE(admin(common, &out), checkexit::Ok); // now in the console's known_hosts

    const QString badKey = m_sshd.dir() + "/bad_key"_L1;
    writeFile(badKey, u"this is not a key\n"_s);
    QStringList bad = common;
    bad[3] = badKey;
    QCOMPARE(admin(bad, nullptr, &err), checkexit::Auth);
    QVERIFY2(err.contains("not a usable private key"), err.constData());

    QStringList missing = common;
    missing[7] = u"mailstore-agent-not-here --stdio"_s;
    QCOMPARE(admin(missing, nullptr, &err), checkexit::Connection);
    QVERIFY2(err.contains("not installed on the host or not in PATH"), err.constData());

    QStringList closedPort = common;
    closedPort[1] = u"ssh://%1@127.0.0.1:1"_s.arg(m_sshd.userName());
    QCOMPARE(admin(closedPort, nullptr, &err), checkexit::Connection);

    QCOMPARE(admin({u"--check-connection"_s, u"ftp://x"_s}), checkexit::Usage);
    QCOMPARE(admin({u"--check-connection"_s, url, u"--accept-fingerprint"_s, u"MD5:xx"_s}), checkexit::Usage);
    // One command for both kinds of host.
    QCOMPARE(admin({u"--check-connection"_s, "local:"_L1 + m_store->root(), u"--state-dir"_s,
                    m_store->stateDir()}, &out, &err), checkexit::Ok);
    QVERIFY2(QJsonDocument::fromJson(out).isObject(), err.constData());
}

void TestSshTransport::consoleOverSsh()
{
    // The whole console over SSH, as an operator starts it: the host page of the remote
    // store rendered from the real window.
    const QString known = m_sshd.dir() + "/known_console"_L1;
    writeFile(known, m_sshd.knownHostsLine() + u'\n');
    const QString png = m_sshd.dir() + "/console.png"_L1;
    QByteArray out, err;
    const int rc = admin({u"--connect"_s, u"ssh://%1@127.0.0.1:%2"_s.arg(m_sshd.userName()).arg(m_sshd.port()),
                          u"--identity"_s, m_sshd.userKey(), u"--known-hosts"_s, known, u"--remote-command"_s,
                          m_remoteCommand, u"--screenshot"_s, png, u"--view"_s, u"accounts"_s},
                         &out, &err);
    QVERIFY2(rc == 0, err.constData());
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    QVERIFY2(dark > 1000, "the accounts table over SSH rendered no text");
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
