// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-agent token add|list|revoke`: a token is printed once, the file keeps only
// its SHA-256 (mode 0600), list never shows a token or a hash, revoke removes it.
#include "agentharness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace testing;

class TestTokens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addListRevoke();
    void badInput();

private:
    AgentHarness m_h; // only for its temp folder and runAgent
};

void TestTokens::addListRevoke()
{
    const QString file = m_h.tmp() + QStringLiteral("/tokens.json");
    QByteArray out, err;
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), file,
                           QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--name"),
                           QStringLiteral("ci-deploy")},
                          &out, &err),
             0);
    const QByteArray admin = out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^msa_[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(admin)).hasMatch(),
             admin.constData());
    QVERIFY(err.contains("shown only this once"));
    QVERIFY(!err.contains(admin));

    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), file,
                           QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--json")},
                          &out),
             0);
    const QJsonObject added = QJsonDocument::fromJson(out).object();
    const QByteArray support = added.value(QStringLiteral("token")).toString().toLatin1();
    const QString supportId = added.value(QStringLiteral("id")).toString();
    QVERIFY(support.startsWith("msa_"));
    QVERIFY(support != admin);

    // At rest: digests only, private file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray stored = f.readAll();
    QVERIFY(!stored.contains(admin));
    QVERIFY(!stored.contains(support));
    QVERIFY(!stored.contains(admin.mid(4, 16))); // not even a piece of it
    QVERIFY(stored.contains(QCryptographicHash::hash(admin, QCryptographicHash::Sha256).toHex()));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    // list: ids, roles, names; never tokens or hashes.
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--tokens"), file,
                           QStringLiteral("--json")},
                          &out),
             0);
    const QJsonArray tokens = QJsonDocument::fromJson(out).object().value(QStringLiteral("tokens")).toArray();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("ci-deploy"));
    QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(tokens.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QVERIFY(!out.contains("sha256"));
    QVERIFY(!out.contains(admin) && !out.contains(support));
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--tokens"), file}, &out), 0);
    QVERIFY(out.contains("ci-deploy"));
    QVERIFY(out.contains(supportId.toLatin1()));
    QVERIFY(!out.contains(admin) && !out.contains(support));
    QVERIFY(!out.contains(QCryptographicHash::hash(admin, QCryptographicHash::Sha256).toHex().left(12)));

    // revoke
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--tokens"), file, supportId}), 0);
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--tokens"), file,
                           QStringLiteral("--json")},
                          &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("tokens")).toArray().size(), 1);
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--tokens"), file, supportId}), 1);
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
}

void TestTokens::badInput()
{
    const QString file = m_h.tmp() + QStringLiteral("/bad.json");
    QByteArray err;
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), file,
                           QStringLiteral("--role"), QStringLiteral("root")},
                          nullptr, &err),
             2);
    QVERIFY(err.contains("admin or support"));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("admin")},
                          nullptr, &err),
             2);
    QVERIFY(err.contains("--tokens"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not json");
    f.close();
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--tokens"), file}, nullptr, &err), 2);
    QVERIFY(err.contains("not valid JSON"));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
