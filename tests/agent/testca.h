// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throw-away certificate authority for the HTTPS tests, made with the openssl CLI (a
// real CA, not one the code under test made): DIR/ca.crt and DIR/ca.key, and a server
// certificate for 127.0.0.1 signed by it, DIR/server.crt and DIR/server.key.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mailstore::test {

// False with *error set (the failing openssl line and its output) when openssl fails.
inline bool makeTestCa(const QString &dir, QString *error)
{
    const QString d = dir + QLatin1Char('/');
    // Argument lists, never a shell; QTemporaryDir paths have no spaces.
    const auto openssl = [&d, error](const char *line) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), QString::fromLatin1(line).arg(d).split(QLatin1Char(' ')));
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            *error = QStringLiteral("openssl %1: %2").arg(QString::fromLatin1(line).arg(d),
                                                           QString::fromLocal8Bit(p.readAll()));
        return ok;
    };
    QFile ext(d + QStringLiteral("ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n") < 0) {
        *error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return false;
    }
    ext.close();
    return openssl("req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1ca.key "
                   "-out %1ca.crt -days 2 -subj /CN=mailstore-test-CA")
        && openssl("req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout %1server.key "
                   "-out %1server.csr -subj /CN=127.0.0.1")
        && openssl("x509 -req -in %1server.csr -CA %1ca.crt -CAkey %1ca.key -CAcreateserial "
                   "-out %1server.crt -days 2 -extfile %1ext.cnf");
}

} // namespace mailstore::test
