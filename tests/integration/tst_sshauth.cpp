// SPDX-License-Identifier: GPL-3.0-or-later
// R22 and R27 against a real OpenSSH sshd: the four login methods (ssh-agent, an
// encrypted key file, keyboard-interactive through PAM, password), each proven by
// sshd's own log line, then a search for every secret used in everything the console
// left behind: client logs, this process's stderr and Qt messages, the console's
// settings, data and cache folders, the agent's state folder and sshd's logs.
// Password and keyboard-interactive need the local test account, so root (CI).

#include "secretscan.h"
#include "sshagent.h"
#include "sshserver.h"
#include "sshtestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mailstore::app;
using namespace mailstore::test;

namespace {
constexpr int WaitMs = 30'000;
const QString OtpInfo = u"One-time code from the test token"_s;

QString randomSecret(const QString &prefix)
{
    QString s = prefix;
    for (int i = 0; i < 16; ++i)
        s += QChar(u'a' + QRandomGenerator::system()->bounded(26));
    return s;
}

} // namespace

class TestSshAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void agentLogin();
    void passphraseKeyLogin();
    void passwordLogin();
    void keyboardInteractiveOnePrompt();
    void keyboardInteractiveTwoPrompts();
    void consolePasswordFile();
    void secretsNeverLeak();
    void cleanupTestCase();

private:
    SshServer *server(const QString &methods, const QByteArray &pamStack = {});
    QString knownHosts(const QString &name) const;
    void keep(const HostInfoOutcome &outcome);
    QString xdg() const { return m_dir.path() + "/xdg"_L1; }

    QTemporaryDir m_dir;
    SshLogin m_login;
    StderrCapture m_stderr;
    std::unique_ptr<MessageRecorder> m_messages;
    std::vector<std::unique_ptr<SshServer>> m_servers; // kept to the end for their logs
    QStringList m_secrets;
    QStringList m_clientText;
};

void TestSshAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The console's settings, data and cache folders point into the temp folder, so the
    // leak check sees everything it wrote and nothing of the tester's.
    for (const auto &[variable, sub] : {std::pair{"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"},
                                        {"XDG_CACHE_HOME", "cache"}, {"XDG_STATE_HOME", "state"}}) {
        const QString path = xdg() + u'/' + QLatin1String(sub);
        QVERIFY(QDir().mkpath(path));
        qputenv(variable, QFile::encodeName(path));
    }
    qunsetenv("SSH_AUTH_SOCK"); // only a target's agentSocket may bring an agent
    QVERIFY(m_stderr.start(m_dir.path() + "/stderr.log"_L1));
    std::fprintf(stderr, "stderr-capture-marker\n"); // proves the capture works
    m_messages = std::make_unique<MessageRecorder>();
    QVERIFY2(m_login.prepare(), qPrintable(m_login.error()));
}

void TestSshAuth::cleanupTestCase()
{
    m_messages.reset();
    m_servers.clear();
}

SshServer *TestSshAuth::server(const QString &methods, const QByteArray &pamStack)
{
    SshServer::Options options = m_login.serverOptions(methods);
    options.pamStack = pamStack;
    m_servers.push_back(std::make_unique<SshServer>(options));
    return m_servers.back().get();
}

QString TestSshAuth::knownHosts(const QString &name) const
{
    // In the console's own data folder, as defaultConsoleKnownHosts() would be.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/known_hosts_"_L1 + name;
}

void TestSshAuth::keep(const HostInfoOutcome &outcome)
{
    m_clientText << outcome.error << outcome.clientLog;
}

void TestSshAuth::agentLogin()
{
    SshServer *sshd = server(u"publickey"_s);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    SshAgent agent;
    QVERIFY2(agent.start(), qPrintable(agent.error()));
    const QString key = sshd->makeKey(u"id_agent"_s, QString(), true);
    QVERIFY(!key.isEmpty());
    QVERIFY2(agent.add(key), qPrintable(agent.error()));
    // The key file itself is not given: only the agent holds the key.
    SshTarget t = m_login.target(*sshd, knownHosts(u"agent"_s));
    HostInfoOutcome o = hostInfoOver(t, WaitMs);
    keep(o);
    QCOMPARE(o.failure, SshFailure::AuthFailed);
    t.agentSocket = agent.socket();
    o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(!o.hostname.isEmpty());
    const QStringList accepted = sshd->acceptedLogins();
    QCOMPARE(accepted.size(), 1);
    QVERIFY2(accepted.first().startsWith("Accepted publickey for "_L1 + m_login.user())
                 && accepted.first().endsWith(SshServer::fingerprintOf(key + ".pub"_L1)),
             qPrintable(accepted.first()));
}

void TestSshAuth::passphraseKeyLogin()
{
    SshServer *sshd = server(u"publickey"_s);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    const QString phrase = randomSecret(u"phrase-"_s);
    m_secrets << phrase;
    const QString key = sshd->makeKey(u"id_locked"_s, phrase, true);
    QVERIFY(!key.isEmpty());
    SshTarget t = m_login.target(*sshd, knownHosts(u"passphrase"_s));
    t.identityFile = key;
    QList<SshSecretRequest> asked;
    // A typo first: the second attempt is asked for, and says so.
    t.passphrase = [&asked, phrase](const SshSecretRequest &request, std::stop_token) {
        asked << request;
        return std::optional<QString>(request.attempt == 1 ? u"typo"_s : phrase);
    };
    const HostInfoOutcome o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).keyFile, key);
    QCOMPARE(asked.at(0).account, t.displayName());
    QCOMPARE(asked.at(0).attempt, 1);
    QCOMPARE(asked.at(1).attempt, 2);
    const QStringList accepted = sshd->acceptedLogins();
    QCOMPARE(accepted.size(), 1);
    QVERIFY2(accepted.first().startsWith("Accepted publickey for "_L1 + m_login.user())
                 && accepted.first().endsWith(SshServer::fingerprintOf(key + ".pub"_L1)),
             qPrintable(accepted.first()));
}

void TestSshAuth::passwordLogin()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    m_secrets << m_login.password();
    SshServer *sshd = server(u"password"_s);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    SshTarget t = m_login.target(*sshd, knownHosts(u"password"_s));
    t.password = m_login.password();
    HostInfoOutcome o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    const QString expected = "Accepted password for "_L1 + m_login.user() + " from 127.0.0.1"_L1;
    QCOMPARE(sshd->acceptedLogins().size(), 1);
    QVERIFY(sshd->acceptedLogins().first().startsWith(expected));

    // No stored password: the prompt is asked, a refused answer asked again.
    t.password.clear();
    QList<SshSecretRequest> asked;
    const QString password = m_login.password();
    t.passwordPrompt = [&asked, password](const SshSecretRequest &request, std::stop_token) {
        asked << request;
        return std::optional<QString>(request.attempt == 1 ? u"typo"_s : password);
    };
    o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).account, t.displayName());
    QVERIFY(asked.at(0).keyFile.isEmpty());
    QCOMPARE(asked.at(1).attempt, 2);
    QCOMPARE(sshd->acceptedLogins().size(), 2);
    QVERIFY(sshd->acceptedLogins().last().startsWith(expected));
    QVERIFY(sshd->log().contains("Failed password for "_L1 + m_login.user()));
}

void TestSshAuth::keyboardInteractiveOnePrompt()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    m_secrets << m_login.password();
    // The system's own PAM stack (Debian: pam_unix asks "Password:" once).
    SshServer *sshd = server(u"keyboard-interactive"_s);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    SshTarget t = m_login.target(*sshd, knownHosts(u"kbdint1"_s));
    QList<SshKbdintRequest> asked;
    const QString password = m_login.password();
    t.kbdint = [&asked, password](const SshKbdintRequest &request, std::stop_token) {
        asked << request;
        return std::optional<QStringList>(QStringList{password});
    };
    HostInfoOutcome o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().prompts.size(), 1);
    QCOMPARE(asked.first().prompts.first().echo, false);
    QCOMPARE(asked.first().account, t.displayName());
    const QString expected = "Accepted keyboard-interactive/pam for "_L1 + m_login.user();
    QCOMPARE(sshd->acceptedLogins().size(), 1);
    QVERIFY2(sshd->acceptedLogins().first().startsWith(expected), qPrintable(sshd->log()));

    // A known password (--password-file) answers the lone hidden prompt by itself.
    t.kbdint = nullptr;
    t.password = password;
    o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(sshd->acceptedLogins().size(), 2);
    QVERIFY(sshd->acceptedLogins().last().startsWith(expected));
}

void TestSshAuth::keyboardInteractiveTwoPrompts()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    QString why;
    if (!SshServer::canReplacePamStack(&why))
        QSKIP(qPrintable(why));
    for (const QString &module : {u"pam_unix.so"_s, u"pam_echo.so"_s, u"pam_stress.so"_s, u"pam_exec.so"_s}) {
        if (!SshServer::pamModuleExists(module))
            QSKIP(qPrintable(module + " is not installed (libpam-modules)"_L1));
    }
    if (!QFile::exists(u"/usr/bin/cmp"_s))
        QSKIP("/usr/bin/cmp (diffutils) is missing");
    // One PAM conversation, two hidden prompts, both checked: pam_unix asks for the
    // account's password; pam_stress (a Linux-PAM test module) asks a second time and
    // stores the answer as the token, which pam_exec hands to cmp against the code file.
    // pam_echo's text arrives with the second prompt, so the two can be told apart.
    const QString code = randomSecret(u"otp-"_s);
    m_secrets << m_login.password() << code;
    const QString codeFile = m_dir.path() + "/otp"_L1;
    QFile f(codeFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(code.toUtf8()); // pam_exec writes the token without a line end
    f.close();
    const QByteArray stack = u"auth required pam_unix.so\n"
                             "auth required pam_echo.so %1\n"
                             "auth required pam_stress.so\n"
                             "auth required pam_exec.so expose_authtok quiet /usr/bin/cmp -s %2 -\n"
                             "account required pam_unix.so\n"
                             "session required pam_permit.so\n"_s.arg(OtpInfo, codeFile).toUtf8();
    SshServer *sshd = server(u"keyboard-interactive"_s, stack);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    SshTarget t = m_login.target(*sshd, knownHosts(u"kbdint2"_s));
    QList<SshKbdintRequest> asked;
    QStringList answers{m_login.password(), code};
    t.kbdint = [&asked, &answers](const SshKbdintRequest &request, std::stop_token) {
        asked << request;
        return std::optional<QStringList>(QStringList{answers.value(asked.size() - 1)});
    };
    HostInfoOutcome o = hostInfoOver(t, WaitMs);
    keep(o);
    QVERIFY2(o.ok, qPrintable(o.error));
    // OpenSSH sends one PAM prompt per info request, so two prompts are two rounds.
    QCOMPARE(asked.size(), 2);
    for (const SshKbdintRequest &request : std::as_const(asked)) {
        QCOMPARE(request.prompts.size(), 1);
        QCOMPARE(request.prompts.first().echo, false);
    }
    QVERIFY(!asked.at(0).prompts.first().text.contains(OtpInfo));
    QVERIFY2(asked.at(1).prompts.first().text.contains(OtpInfo), qPrintable(asked.at(1).prompts.first().text));
    QCOMPARE(sshd->acceptedLogins().size(), 1);
    QVERIFY(sshd->acceptedLogins().first().startsWith("Accepted keyboard-interactive/pam for "_L1 + m_login.user()));

    // The second answer really is checked: a wrong code is refused.
    asked.clear();
    answers[1] = u"otp-wrong"_s;
    o = hostInfoOver(t, WaitMs);
    keep(o);
    QCOMPARE(o.failure, SshFailure::AuthFailed);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(sshd->acceptedLogins().size(), 1);
}

void TestSshAuth::consolePasswordFile()
{
    if (!m_login.hasAccount())
        QSKIP(qPrintable(m_login.skipReason()));
    m_secrets << m_login.password();
    SshServer *sshd = server(u"password"_s);
    QVERIFY2(sshd->start(), qPrintable(sshd->error()));
    // The file the operator hands over lives outside the searched folders.
    const QString secretDir = m_dir.path() + "/operator"_L1;
    QVERIFY(QDir().mkpath(secretDir));
    QFile file(secretDir + "/password"_L1);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((m_login.password() + u'\n').toUtf8());
    file.close();

    const QString consoleXdg = xdg() + "/console"_L1;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, consoleXdg + "/home"_L1);
    env.insert(u"XDG_CONFIG_HOME"_s, consoleXdg + "/config"_L1);
    env.insert(u"XDG_DATA_HOME"_s, consoleXdg + "/data"_L1);
    env.insert(u"XDG_CACHE_HOME"_s, consoleXdg + "/cache"_L1);
    env.insert(u"XDG_STATE_HOME"_s, consoleXdg + "/state"_L1);
    env.remove(u"SSH_AUTH_SOCK"_s);
    QProcess admin;
    admin.setProcessEnvironment(env);
    admin.start(QStringLiteral(MAILSTORE_ADMIN_BIN),
                {u"--check-connection"_s, u"ssh://%1@127.0.0.1:%2"_s.arg(m_login.user()).arg(sshd->port()),
                 u"--password-file"_s, file.fileName(), u"--accept-fingerprint"_s, sshd->hostFingerprint(),
                 u"--remote-command"_s, m_login.remoteCommand()});
    QVERIFY(admin.waitForFinished(WaitMs));
    const QByteArray out = admin.readAllStandardOutput();
    const QByteArray err = admin.readAllStandardError();
    m_clientText << QString::fromUtf8(out) << QString::fromUtf8(err);
    QCOMPARE(admin.exitCode(), 0);
    QVERIFY2(QJsonDocument::fromJson(out).object().contains("hostname"_L1), err.constData());
    QVERIFY(sshd->acceptedLogins().value(0).startsWith("Accepted password for "_L1 + m_login.user()));
    // It recorded the host key in its data folder: the leak search has a real file there.
    QDirIterator it(consoleXdg + "/data"_L1, {u"known_hosts"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
}

void TestSshAuth::secretsNeverLeak()
{
    QVERIFY2(!m_secrets.isEmpty() && !m_clientText.isEmpty(),
             "run the whole test: this searches what the logins above left behind");
    const QByteArray captured = m_stderr.stop();
    QVERIFY(captured.contains("stderr-capture-marker"));
    QString sshdLogs;
    for (const auto &sshd : m_servers)
        sshdLogs += sshd->log();
    QVERIFY(sshdLogs.contains("Accepted "_L1));

    const QStringList files = filesUnder({xdg(), m_login.stateDir()});
    QVERIFY(files.size() >= 4); // known_hosts files of every login, the agent's logs

    m_secrets.removeDuplicates();
    const QString client = m_clientText.join(u'\n');
    const QString messages = m_messages->messages().join(u'\n');
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        const QString &secret = m_secrets.at(i);
        // Failure messages name the place, never the secret itself.
        const QString which = u"secret #%1"_s.arg(i);
        QVERIFY2(!client.contains(secret), qPrintable(which + " in the client's log or errors"_L1));
        QVERIFY2(!messages.contains(secret), qPrintable(which + " in a Qt message"_L1));
        QVERIFY2(!captured.contains(secret.toUtf8()), qPrintable(which + " on stderr"_L1));
        QVERIFY2(!sshdLogs.contains(secret), qPrintable(which + " in sshd's log"_L1));
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QVERIFY2(!data.contains(secret.toUtf8()) && !data.contains(secret.toUtf8().toBase64()),
                     qPrintable(which + " in "_L1 + path));
        }
    }
    std::fwrite(captured.constData(), 1, size_t(captured.size()), stderr);
}

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
