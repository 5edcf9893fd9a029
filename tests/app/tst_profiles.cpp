// SPDX-License-Identifier: GPL-3.0-or-later
// Connection profiles: what a valid profile is, the exact error for each kind of bad
// field, the QSettings round trip, and profile files — exported without secrets,
// imported all or nothing, with a file carrying a secret refused.

#include "fleet/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestProfiles : public QObject {
    Q_OBJECT
private slots:
    void init();
    void validation_data();
    void validation();
    void kindAndAddress();
    void settingsRoundTrip();
    void exportHasNoSecretsAndImportRestores();
    void importIsAllOrNothing();
    void importRefusesSecretsAndForeignFiles();

private:
    static ConnectionProfile sample(const QString &name, const QString &url);
    QString writeJson(const QJsonObject &doc);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // ProfileStore::put saves to the application's QSettings: keep it in the temp dir.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
}

ConnectionProfile TestProfiles::sample(const QString &name, const QString &url)
{
    ConnectionProfile p;
    p.id = newProfileId();
    p.name = name;
    p.group = u"Production"_s;
    p.environment = Environment::Production;
    p.url = url;
    return p;
}

QString TestProfiles::writeJson(const QJsonObject &doc)
{
    const QString path = m_dir->filePath(u"in-%1.json"_s.arg(QRandomGenerator::global()->generate()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(doc).toJson());
    return path;
}

void TestProfiles::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error"); // empty: valid; else the start of the message
    QTest::newRow("ssh") << "m1" << "Production" << "ssh://admin@mstore-1.example.net:2222" << "";
    QTest::newRow("https") << "m1" << "Production" << "https://mstore-1.example.net:8443" << "";
    QTest::newRow("local") << "demo" << "Local" << "local:/srv/mail" << "";
    QTest::newRow("no name") << " " << "Production" << "ssh://h" << "name: must not be empty";
    QTest::newRow("no group") << "m1" << "" << "ssh://h" << "group: must not be empty";
    QTest::newRow("ftp") << "m1" << "P" << "ftp://h" << "url: must start with local:, ssh:// or https://";
    QTest::newRow("no host") << "m1" << "P" << "ssh://" << "url: \"ssh://\" names no host";
    QTest::newRow("path") << "m1" << "P" << "https://h/v1/rpc" << "url: \"https://h/v1/rpc\" must not have a path";
    QTest::newRow("empty local") << "m1" << "P" << "local:" << "url: local: needs the mail root folder";
}

void TestProfiles::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, group);
    QFETCH(QString, url);
    QFETCH(QString, error);
    ConnectionProfile p = sample(name, url);
    p.group = group;
    const QString got = p.validate();
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.startsWith(error), qPrintable(got));
    // The JSON reader applies the same rules.
    const auto parsed = ConnectionProfile::fromJson(p.toJson());
    QCOMPARE(parsed.has_value(), error.isEmpty());
}

void TestProfiles::kindAndAddress()
{
    QCOMPARE(sample(u"a"_s, u"ssh://u@mstore-2.example.net"_s).address(), u"mstore-2.example.net"_s);
    QCOMPARE(sample(u"a"_s, u"https://10.0.0.5:8443"_s).kind(), ConnectionProfile::Kind::Https);
    QCOMPARE(sample(u"a"_s, u"local:/srv/mail"_s).address(), u"/srv/mail"_s);
    QCOMPARE(environmentKey(Environment::Production), u"production"_s);
    QCOMPARE(environmentFromKey(u"staging"_s).value(), Environment::Staging);
    QVERIFY(environmentFromKey(u"prod"_s).error().startsWith("environment: \"prod\" is not one of"_L1));
    QVERIFY(environmentColor(Environment::Production) != environmentColor(Environment::Test));
}

void TestProfiles::settingsRoundTrip()
{
    ConnectionProfile a = sample(u"mstore-1"_s, u"ssh://admin@mstore-1:2222"_s);
    a.identityFile = u"/home/op/.ssh/id_ed25519"_s;
    a.remoteCommand = u"/opt/mailstore/bin/mailstore-agent --stdio"_s;
    a.autoConnect = true;
    ConnectionProfile b = sample(u"mstore-n1"_s, u"https://mstore-n1:8443"_s);
    b.group = u"New hardware"_s;
    b.environment = Environment::Staging;
    b.caFile = u"/etc/ssl/private-ca.pem"_s;
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::changed);
        store.put(a);
        store.put(b);
        QCOMPARE(changed.size(), 2);
        a.name = u"mstore-1 (old rack)"_s;
        store.put(a); // same id: replaced, not added
        QCOMPARE(store.profiles().size(), 2);
    }
    QVERIFY(QFile::exists(m_dir->filePath(u"mailstore-admin/profiles.ini"_s)));
    ProfileStore again;
    again.load();
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.profiles()[0].toJson(), a.toJson());
    QCOMPARE(again.profiles()[1].toJson(), b.toJson());
    QCOMPARE(again.groups(), (QStringList{u"Production"_s, u"New hardware"_s}));
    again.remove(a.id);
    ProfileStore third;
    third.load();
    QCOMPARE(third.profiles().size(), 1);
    QCOMPARE(third.profiles()[0].id, b.id);
}

void TestProfiles::exportHasNoSecretsAndImportRestores()
{
    ProfileStore store;
    store.put(sample(u"mstore-1"_s, u"ssh://admin@mstore-1"_s));
    store.put(sample(u"mstore-2"_s, u"https://mstore-2:8443"_s));
    const QString file = m_dir->filePath(u"fleet.json"_s);
    QVERIFY(store.exportTo(file).has_value());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value("format"_L1).toString(), u"mailstore-admin-profiles"_s);
    QCOMPARE(doc.value("version"_L1).toInt(), 1);
    const QJsonArray list = doc.value("profiles"_L1).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &v : list) {
        const QStringList keys = v.toObject().keys();
        for (const QString &k : keys)
            QVERIFY2(!k.contains("password"_L1) && !k.contains("token"_L1) && !k.contains("passphrase"_L1), qPrintable(k));
    }
    for (const auto &p : store.profiles())
        store.remove(p.id);
    QCOMPARE(store.importFrom(file).value(), 2);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles()[1].name, u"mstore-2"_s);
    QCOMPARE(store.importFrom(file).value(), 2); // same ids: replaced, not doubled
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfiles::importIsAllOrNothing()
{
    ProfileStore store;
    const QJsonObject good = sample(u"ok"_s, u"ssh://h1"_s).toJson();
    QJsonObject bad = sample(u"broken"_s, u"gopher://h2"_s).toJson();
    const QString file = writeJson({{u"format"_s, u"mailstore-admin-profiles"_s}, {u"version"_s, 1},
                                    {u"profiles"_s, QJsonArray{good, bad}}});
    const auto result = store.importFrom(file);
    QVERIFY(!result);
    QVERIFY2(result.error().startsWith("profile 2 (broken): url: must start with"_L1), qPrintable(result.error()));
    QCOMPARE(store.profiles().size(), 0); // the good one was not merged either
}

void TestProfiles::importRefusesSecretsAndForeignFiles()
{
    ProfileStore store;
    QJsonObject withSecret = sample(u"m"_s, u"https://h"_s).toJson();
    withSecret.insert(u"token"_s, u"tok_abcdef"_s);
    auto r = store.importFrom(writeJson({{u"format"_s, u"mailstore-admin-profiles"_s}, {u"version"_s, 1},
                                         {u"profiles"_s, QJsonArray{withSecret}}}));
    QCOMPARE(r.error(), u"profile 1: contains a secret; profile files must not carry passwords or tokens"_s);
    r = store.importFrom(writeJson({{u"profiles"_s, QJsonArray{}}}));
    QVERIFY2(r.error().contains("is not a Mailstore Admin profile file"_L1), qPrintable(r.error()));
    r = store.importFrom(writeJson({{u"format"_s, u"mailstore-admin-profiles"_s}, {u"version"_s, 9}}));
    QVERIFY2(r.error().contains("has profile format version 9; this version reads 1"_L1), qPrintable(r.error()));
    r = store.importFrom(m_dir->filePath(u"missing.json"_s));
    QVERIFY2(r.error().startsWith("Cannot read"_L1), qPrintable(r.error()));
    QCOMPARE(store.profiles().size(), 0);
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
