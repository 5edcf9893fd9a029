// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpstestbed.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace mailstore::test {

namespace {
constexpr int WaitMs = 30'000;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

HttpsTestBed::HttpsTestBed() = default;

HttpsTestBed::~HttpsTestBed()
{
    for (Daemon *d : {&m_caSigned, &m_selfSigned, &m_plain}) {
        d->store.reset(); // runs `daemon stop`
        if (d->process && !d->process->waitForFinished(10'000))
            d->process->kill();
    }
}

bool HttpsTestBed::start(bool withPlainHttp)
{
    if (!m_dir.isValid() || !QDir().mkpath(home())) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    qputenv("HOME", home().toLocal8Bit());
    for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(var, (home() + u'/' + QString::fromLatin1(var).toLower()).toLocal8Bit());
    if (!makeCertificates())
        return false;

    QProcess add;
    add.start(app::test::TestStore::agentProgram(), {u"token"_s, u"add"_s, u"--tokens"_s, path(u"tokens.json"_s),
                                                     u"--role"_s, u"admin"_s, u"--name"_s, u"console"_s});
    if (!add.waitForFinished(WaitMs) || add.exitCode() != 0) {
        m_error = u"token add failed"_s;
        return false;
    }
    m_token = add.readAllStandardOutput().trimmed();
    if (!m_token.startsWith("msa_") || !writeFile(tokenFile(), m_token + '\n')) {
        m_error = u"no token"_s;
        return false;
    }
    return startDaemon(m_caSigned, 20, {u"--tls-cert"_s, path(u"a.crt"_s), u"--tls-key"_s, path(u"a.key"_s)}) &&
           startDaemon(m_selfSigned, 10, {u"--tls-cert"_s, path(u"b.crt"_s), u"--tls-key"_s, path(u"b.key"_s)}) &&
           (!withPlainHttp || startDaemon(m_plain, 10, {}));
}

bool HttpsTestBed::openssl(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(u"openssl"_s, args);
    const bool ok = p.waitForFinished(WaitMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = p.readAllStandardOutput();
    if (!ok)
        m_error = "openssl "_L1 + args.join(u' ') + u": "_s + QString::fromUtf8(p.readAllStandardError());
    return ok;
}

bool HttpsTestBed::makeCertificates()
{
    const QString d = m_dir.path() + u'/';
    // Argument lists, no shell; the temp folder path has no spaces (see the pattern above).
    const auto run = [&](const QString &line, const QString &name = {}) {
        return openssl((name.isEmpty() ? line.arg(d) : line.arg(d, name)).split(u' '));
    };
    if (!run(u"req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1ca.key "
             "-out %1ca.crt -days 2 -subj /CN=mailstore-test-CA"_s) ||
        !writeFile(d + "ext.cnf"_L1, "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"))
        return false;
    for (const QString &n : {u"a"_s, u"c"_s}) {
        if (!run(u"req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1%2.key "
                 "-out %1%2.csr -subj /CN=127.0.0.1"_s,
                 n) ||
            !run(u"x509 -req -in %1%2.csr -CA %1ca.crt -CAkey %1ca.key -CAcreateserial -out %1%2.crt "
                 "-days 2 -extfile %1ext.cnf"_s,
                 n))
            return false;
    }
    for (const QString &n : {u"b"_s, u"s"_s}) {
        if (!run(u"req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1%2.key "
                 "-out %1%2.crt -days 2 -subj /CN=mailstore-selfsigned-%2 "
                 "-addext subjectAltName=IP:127.0.0.1"_s,
                 n))
            return false;
    }
    for (const QString &n : {u"a"_s, u"b"_s, u"c"_s, u"s"_s}) {
        // Computed by openssl, not by the code under test: hex SHA-256 of the DER form.
        QByteArray out;
        if (!openssl({u"x509"_s, u"-in"_s, d + n + ".crt"_L1, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s}, &out))
            return false;
        const QByteArray hex = out.mid(out.indexOf('=') + 1).trimmed().replace(':', "");
        m_fingerprints.insert(
            n, "SHA256:"_L1 + QString::fromLatin1(QByteArray::fromHex(hex).toBase64(QByteArray::OmitTrailingEquals)));
        if (identity(n).key.isNull() || identity(n).certificate.isNull()) {
            m_error = u"cannot load certificate "_s + n;
            return false;
        }
    }
    return true;
}

bool HttpsTestBed::startDaemon(Daemon &d, int accounts, const QStringList &tls)
{
    d.store = std::make_unique<app::test::TestStore>(accounts, 7, 0.1);
    if (!d.store->isValid()) {
        m_error = d.store->error();
        return false;
    }
    d.process = std::make_unique<QProcess>();
    d.process->setProcessChannelMode(QProcess::MergedChannels);
    d.process->start(app::test::TestStore::agentProgram(),
                     QStringList{u"daemon"_s, u"--root"_s, d.store->root(), u"--state-dir"_s, d.store->stateDir(),
                                 u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s, path(u"tokens.json"_s)} +
                         tls);
    // The daemon logs the port it got; nothing else tells it.
    static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < WaitMs && d.process->state() != QProcess::NotRunning) {
        d.process->waitForReadyRead(200);
        seen += d.process->readAll();
        if (const auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch()) {
            d.port = m.captured(1).toInt();
            return true;
        }
    }
    m_error = u"the daemon did not listen: "_s + QString::fromUtf8(seen);
    return false;
}

const HttpsTestBed::Daemon &HttpsTestBed::daemon(Agent agent) const
{
    switch (agent) {
    case Agent::CaSigned:
        return m_caSigned;
    case Agent::SelfSigned:
        return m_selfSigned;
    case Agent::PlainHttp:
        break;
    }
    return m_plain;
}

int HttpsTestBed::port(Agent agent) const
{
    return daemon(agent).port;
}

QString HttpsTestBed::root(Agent agent) const
{
    const Daemon &d = daemon(agent);
    return d.store ? QFileInfo(d.store->root()).canonicalFilePath() : QString();
}

TlsImpostor::Identity HttpsTestBed::identity(const QString &name) const
{
    return TlsImpostor::load(path(name + ".crt"_L1), path(name + ".key"_L1));
}

QString HttpsTestBed::freshPins(const QString &name) const
{
    const QString file = path("pins-"_L1 + name);
    QFile::remove(file);
    return file;
}

QString HttpsTestBed::defaultPins() const
{
    return home() + "/xdg_data_home/mailstore-admin/pinned-certs"_L1;
}

app::HttpsTarget HttpsTestBed::target(int port, const QString &pins, bool withCa) const
{
    app::HttpsTarget t;
    t.host = u"127.0.0.1"_s;
    t.port = port;
    t.token = m_token;
    t.pinFile = pins;
    if (withCa)
        t.caFile = caFile();
    return t;
}

int HttpsTestBed::admin(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(MAILSTORE_ADMIN_BIN), args);
    if (!finished.wait(WaitMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const QByteArray o = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    m_adminOutput += o + e;
    if (out)
        *out = o;
    if (err)
        *err = e;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

QStringList HttpsTestBed::filesWithToken(int *scanned) const
{
    QStringList files;
    QDirIterator inHome(home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (inHome.hasNext())
        files.append(inHome.next());
    QDirIterator pins(m_dir.path(), {u"pins-*"_s}, QDir::Files);
    while (pins.hasNext())
        files.append(pins.next());
    *scanned = int(files.size());
    QStringList hits;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(m_token))
            hits.append(file);
    }
    return hits;
}

} // namespace mailstore::test
