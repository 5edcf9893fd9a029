// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpsTestBed: what the HTTPS console tests share. A temporary folder with
//  - a private HOME and XDG folders, so whatever the console writes by default (the pin
//    file) lands where the test can search it for the token;
//  - a test CA and certificates made with the openssl CLI (as tests/agent/tst_https.cpp
//    does): "a" (agent, CA-signed), "b" (agent, self-signed), "c" (impostor, CA-signed),
//    "s" (impostor, self-signed), with their fingerprints as openssl computes them;
//  - one admin token (in token.txt) in a tokens file every daemon shares;
//  - real agent daemons on 127.0.0.1 with port 0: CaSigned (20 accounts), SelfSigned and,
//    on request, PlainHttp (10 each); each on its own small demo store.
// It also runs mailstore-admin waiting in the event loop, so an in-process impostor keeps
// serving, and keeps everything the program printed.

#include "teststore.h"
#include "tlsimpostor.h"
#include "transport/httpstarget.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace mailstore::test {

class HttpsTestBed {
public:
    enum class Agent { CaSigned, SelfSigned, PlainHttp };

    HttpsTestBed();
    ~HttpsTestBed();
    HttpsTestBed(const HttpsTestBed &) = delete;
    HttpsTestBed &operator=(const HttpsTestBed &) = delete;

    // Isolates HOME/XDG, makes certificates and the token, starts the daemons.
    bool start(bool withPlainHttp);
    QString error() const { return m_error; }

    QString path(const QString &name) const { return m_dir.path() + u'/' + name; }
    QString home() const { return path(QStringLiteral("home")); }
    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QByteArray token() const { return m_token; }
    QString tokenFile() const { return path(QStringLiteral("token.txt")); }
    // "SHA256:…" of certificate "a", "b", "c" or "s".
    QString fingerprint(const QString &name) const { return m_fingerprints.value(name); }
    TlsImpostor::Identity identity(const QString &name) const;

    int port(Agent agent) const;
    QString root(Agent agent) const; // canonical, as host.info reports it
    QString url(int port) const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

    // A pin file path in the temp folder that does not exist yet.
    QString freshPins(const QString &name) const;
    // The console's own pin file under the private XDG data folder.
    QString defaultPins() const;
    app::HttpsTarget target(int port, const QString &pins, bool withCa = true) const;

    int admin(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    const QByteArray &adminOutput() const { return m_adminOutput; }

    // Files under home() and pin files in the temp folder that contain the token;
    // *scanned counts the files looked at.
    QStringList filesWithToken(int *scanned) const;

private:
    struct Daemon {
        std::unique_ptr<app::test::TestStore> store;
        std::unique_ptr<QProcess> process;
        int port = 0;
    };

    bool openssl(const QStringList &args, QByteArray *out = nullptr);
    bool makeCertificates();
    bool startDaemon(Daemon &d, int accounts, const QStringList &tls);
    const Daemon &daemon(Agent agent) const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/msa-https-XXXXXX")};
    QString m_error;
    QByteArray m_token;
    QHash<QString, QString> m_fingerprints;
    Daemon m_caSigned;
    Daemon m_selfSigned;
    Daemon m_plain;
    QByteArray m_adminOutput;
};

} // namespace mailstore::test
