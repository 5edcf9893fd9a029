// SPDX-License-Identifier: GPL-3.0-or-later
// `mailstore-admin --screenshot` as a runbook author runs it: a separate process, a
// real agent, a PNG that must be a real picture of the view (size, content, text),
// and a clear non-zero exit when the view cannot load.

#include "core/archive/backupwriter.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestScreenshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void rendersView_data();
    void rendersView();
    void rendersStorageAndFleet();
    void unknownAccountFails();
    void backupsWithoutTargetFail();
    void rendersBackupFileOffline();
    void badArgumentsFail();
    void rendersFleetFromProfileFile();

private:
    int run(const QStringList &args, QByteArray *err = nullptr);

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_out;
    QString m_account;
};

void TestScreenshot::initTestCase()
{
    m_store = std::make_unique<test::TestStore>(300, 7);
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    // An account that certainly exists: the first by name, asked from the agent CLI.
    QProcess p;
    p.start(test::TestStore::agentProgram(), {u"accounts"_s, u"--root"_s, m_store->root(),
                                              u"--state-dir"_s, m_store->stateDir()});
    QVERIFY(p.waitForFinished(60'000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    QVERIFY(lines.size() > 1);
    m_account = lines.at(1).section(u' ', 0, 0);
    QVERIFY(m_account.contains(u'@'));
}

void TestScreenshot::cleanupTestCase()
{
    m_store.reset();
}

int TestScreenshot::run(const QStringList &args, QByteArray *err)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(MAILSTORE_ADMIN_BIN), args);
    if (!p.waitForFinished(150'000)) {
        p.kill();
        return -1;
    }
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

void TestScreenshot::rendersView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::newRow("accounts") << u"accounts"_s << QSize(1280, 800);
    QTest::newRow("account") << u"account:"_s << QSize(1024, 700);
    QTest::newRow("scan") << u"scan"_s << QSize(1280, 800);
    QTest::newRow("rebuild") << u"rebuild:"_s << QSize(1280, 800);
}

void TestScreenshot::rendersStorageAndFleet()
{
    // The Storage tab (charts, or the "no storage metrics" message of an agent before
    // API 1.6: then the page is mostly empty, so no text-density check) and the fleet
    // overview, at the window's exact size: nothing on them widens the window.
    for (const QString &view : {u"storage"_s, u"fleet"_s}) {
        const QString file = m_out.filePath(view + u".png"_s);
        QByteArray err;
        const int code = run({u"--connect"_s, u"local:"_s + m_store->root(), u"--state-dir"_s,
                              m_store->stateDir(), u"--screenshot"_s, file, u"--view"_s, view}, &err);
        QVERIFY2(code == 0, err.constData());
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }
}

void TestScreenshot::rendersView()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    if (view.endsWith(u':'))
        view += m_account;
    const QString file = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
    QByteArray err;
    const int code = run({u"--connect"_s, u"local:"_s + m_store->root(), u"--state-dir"_s,
                          m_store->stateDir(), u"--screenshot"_s, file, u"--view"_s, view,
                          u"--size"_s, u"%1x%2"_s.arg(size.width()).arg(size.height())}, &err);
    QVERIFY2(code == 0, err.constData());
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);

    // A real picture: mostly background, but a good share of other pixels, many
    // colours (icons, anti-aliased text) and plenty of near-black text pixels.
    const QRgb background = image.pixel(size.width() - 2, size.height() / 2);
    QSet<QRgb> colours;
    qint64 other = 0, dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            colours.insert(px);
            if (px != background)
                ++other;
            if (qGray(px) < 80)
                ++dark;
        }
    }
    const qint64 all = qint64(size.width()) * size.height();
    QVERIFY2(colours.size() > 200, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    QVERIFY2(other > all / 20, qPrintable(u"only %1 non-background pixels"_s.arg(other)));
    QVERIFY2(dark > 5000, qPrintable(u"only %1 text-dark pixels"_s.arg(dark)));
}

void TestScreenshot::unknownAccountFails()
{
    const QString file = m_out.filePath(u"missing.png"_s);
    QByteArray err;
    const int code = run({u"--connect"_s, u"local:"_s + m_store->root(), u"--state-dir"_s,
                          m_store->stateDir(), u"--screenshot"_s, file, u"--view"_s,
                          u"account:nobody@nowhere.invalid"_s, u"--timeout"_s, u"60"_s}, &err);
    QVERIFY(code > 0);
    QVERIFY2(err.contains("nobody@nowhere.invalid"), err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestScreenshot::backupsWithoutTargetFail()
{
    // The agent runs without backup_targets: no picture of an empty tab, an exit that says why.
    const QString file = m_out.filePath(u"nobackups.png"_s);
    QByteArray err;
    const int code = run({u"--connect"_s, u"local:"_s + m_store->root(), u"--state-dir"_s,
                          m_store->stateDir(), u"--screenshot"_s, file, u"--view"_s, u"backups"_s}, &err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains("The host has no backups to show (is a backup target configured?)."), err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestScreenshot::rendersBackupFileOffline()
{
    // A real backup of a real account; the picture needs no host and no --connect.
    const QString user = m_account.section(u'@', 0, 0), domain = m_account.section(u'@', 1);
    const mailstore::core::maildir::AccountLocation account{
        m_account.toStdString(), user.toStdString(), domain.toStdString(),
        QFile::encodeName(m_store->root() + u'/' + domain + u'/' + user + u"/Maildir"_s).toStdString()};
    const QString target = m_out.filePath(u"onsite"_s);
    QVERIFY(QDir().mkpath(target));
    auto made = mailstore::core::archive::createBackup(account, QFile::encodeName(target).toStdString());
    QVERIFY(made);
    const QString file = m_out.filePath(u"backupfile.png"_s);
    QByteArray err;
    const int code = run({u"--screenshot"_s, file, u"--view"_s,
                          u"backupfile:"_s + QString::fromStdString(made->archive.string())}, &err);
    QVERIFY2(code == 0, err.constData());
    QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 200, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    // A file that is no backup is an error, not a picture.
    QCOMPARE(run({u"--screenshot"_s, m_out.filePath(u"bad.png"_s), u"--view"_s,
                  u"backupfile:"_s + target + u"/backup-catalog"_s}, &err), 3);
    QVERIFY2(err.contains("backup-catalog is not a backup archive"), err.constData());
}

void TestScreenshot::badArgumentsFail()
{
    QByteArray err;
    QCOMPARE(run({u"--screenshot"_s, m_out.filePath(u"x.png"_s)}, &err), 2);
    QVERIFY(err.contains("--connect"));
    QCOMPARE(run({u"--connect"_s, u"ssh:host"_s}, &err), 2);
}

void TestScreenshot::rendersFleetFromProfileFile()
{
    QByteArray err;
    QCOMPARE(run({u"--fleet"_s, m_out.filePath(u"missing.json"_s)}, &err), 2);
    QVERIFY2(err.contains("does not exist"), err.constData());
    QFile bad(m_out.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "mailstore-admin-profiles", "version": 1, "profiles": [{"name": "x", "group": "g", "url": "ftp://h"}]})");
    bad.close();
    QCOMPARE(run({u"--fleet"_s, bad.fileName(), u"--screenshot"_s, m_out.filePath(u"bad.png"_s)}, &err), 2);
    QVERIFY2(err.contains("profile 1 (x): url: must start with"), err.constData());

    // Two fresh stores, so their daemons are the ones this run starts (default state dirs).
    test::TestStore a(10, 31), b(10, 32);
    QVERIFY(a.isValid() && b.isValid());
    QFile fleet(m_out.filePath(u"fleet.json"_s));
    QVERIFY(fleet.open(QIODevice::WriteOnly));
    fleet.write(QStringLiteral(R"({"format": "mailstore-admin-profiles", "version": 1, "profiles": [
        {"name": "alpha", "group": "Production", "environment": "production", "url": "local:%1"},
        {"name": "beta", "group": "New hardware", "environment": "staging", "url": "local:%2"}]})")
                    .arg(a.root(), b.root()).toUtf8());
    fleet.close();
    const QString png = m_out.filePath(u"fleet.png"_s);
    const int code = run({u"--fleet"_s, fleet.fileName(), u"--screenshot"_s, png, u"--view"_s, u"accounts"_s}, &err);
    for (const QString &root : {a.root(), b.root()})
        QProcess::execute(test::TestStore::agentProgram(), {u"daemon"_s, u"stop"_s, u"--root"_s, root});
    QVERIFY2(code == 0, err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
