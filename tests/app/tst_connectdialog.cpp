// SPDX-License-Identifier: GPL-3.0-or-later
// The Connect dialog and the fleet controller behind it, with a real local agent and no
// keychain service at all (R27): "Test connection" answers inline; a saved profile
// connects; secrets the user asked to remember stay out of every file when no keychain
// takes them, and are kept for the session only; imported profiles show in the tree.

#include "fleet/hostconnection.h"
#include "fleet/profilestore.h"
#include "fleet/secretstore.h"
#include "fleetcontroller.h"
#include "mainwindow.h"
#include "teststore.h"
#include "widgets/connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

class TestConnectDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void testConnectionAnswersInline();
    void testConnectionReportsFailure();
    void groupSuggestsEnvironment();
    void savedProfileConnects();
    void secretsNeverReachFilesWithoutKeychain();
    void importedProfilesShowInTree();

private:
    ConnectDialog *dialogWith(int kind);
    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<FleetController> m_fleet;
};

void TestConnectDialog::initTestCase()
{
    // Every file the console might write goes below the temp dir.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<test::TestStore>(15, 5);
    QVERIFY(m_store->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>();
    m_fleet = std::make_unique<FleetController>(m_window.get(), m_profiles.get(), m_secrets.get());
}

ConnectDialog *TestConnectDialog::dialogWith(int kind)
{
    ConnectDialog *dialog = m_fleet->openConnectDialog();
    dialog->findChild<QComboBox *>(u"kindBox"_s)->setCurrentIndex(kind);
    return dialog;
}

void TestConnectDialog::testConnectionAnswersInline()
{
    ConnectDialog *dialog = dialogWith(2); // local folder
    dialog->findChild<QLineEdit *>(u"folderEdit"_s)->setText(m_store->root());
    QSignalSpy done(dialog, &ConnectDialog::testFinished);
    dialog->findChild<QPushButton *>(u"testButton"_s)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(done.size() == 1, qPrintable(dialog->testResult()), 30'000);
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY2(dialog->testResult().startsWith(u"✓ Connected to"_s), qPrintable(dialog->testResult()));
    QVERIFY2(dialog->testResult().contains("agent " MAILSTORE_VERSION ""_L1), qPrintable(dialog->testResult()));
    QCOMPARE(m_profiles->profiles().size(), 0); // a test saves nothing
    dialog->reject();
}

void TestConnectDialog::testConnectionReportsFailure()
{
    ConnectDialog *dialog = dialogWith(0); // SSH
    dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"127.0.0.1"_s);
    dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"nobody"_s);
    dialog->findChild<QSpinBox *>()->setValue(1); // nothing listens on port 1
    QSignalSpy done(dialog, &ConnectDialog::testFinished);
    dialog->testConnection();
    QTRY_VERIFY2_WITH_TIMEOUT(done.size() == 1, qPrintable(dialog->testResult()), 30'000);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(dialog->testResult().startsWith(u"✗ The test failed:"_s), qPrintable(dialog->testResult()));
    dialog->reject();
}

void TestConnectDialog::groupSuggestsEnvironment()
{
    ConnectDialog *dialog = dialogWith(0);
    auto *group = dialog->findChild<QComboBox *>(u"groupBox"_s);
    QVERIFY(group->currentText().isEmpty()); // never a silent default
    group->setCurrentText(u"Production"_s);
    QCOMPARE(dialog->profile().environment, Environment::Production);
    group->setCurrentText(u"New hardware"_s);
    QCOMPARE(dialog->profile().environment, Environment::Other);
    dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"mstore-n1.example.net"_s);
    QCOMPARE(dialog->profile().name, u"mstore-n1"_s);
    QCOMPARE(dialog->profile().url, u"ssh://mstore-n1.example.net"_s);
    dialog->reject();
}

void TestConnectDialog::savedProfileConnects()
{
    ConnectDialog *dialog = dialogWith(2);
    dialog->findChild<QLineEdit *>(u"folderEdit"_s)->setText(m_store->root());
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"lab store"_s);
    dialog->findChild<QComboBox *>(u"groupBox"_s)->setCurrentText(u"Lab"_s);
    dialog->accept();
    QCOMPARE(m_profiles->profiles().size(), 1);
    QCOMPARE(m_window->hosts().size(), 1);
    HostConnection *host = m_window->hosts().first();
    QCOMPARE(host->profile().name, u"lab store"_s);
    QTRY_COMPARE_WITH_TIMEOUT(host->state(), HostConnection::State::Connected, 30'000);
    // Saved where the profile store says, and read back by a fresh store.
    ProfileStore again;
    again.load();
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.profiles().first().url, u"local:"_s + m_store->root());
}

void TestConnectDialog::secretsNeverReachFilesWithoutKeychain()
{
    const QString token = u"tok_R27-never-in-a-file-4711"_s;
    const QString password = u"pw_R27-never-in-a-file-0815"_s;
    QSignalSpy messages(m_fleet.get(), &FleetController::message);
    ConnectDialog *https = dialogWith(1);
    https->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"127.0.0.1"_s);
    https->findChild<QSpinBox *>()->setValue(1);
    https->findChild<QLineEdit *>(u"tokenEdit"_s)->setText(token);
    https->findChild<QComboBox *>(u"groupBox"_s)->setCurrentText(u"Production"_s);
    https->findChild<QCheckBox *>(u"rememberBox"_s)->setChecked(true);
    const QString httpsId = https->profile().id;
    https->accept();
    ConnectDialog *ssh = dialogWith(0);
    ssh->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"127.0.0.1"_s);
    ssh->findChild<QSpinBox *>()->setValue(1);
    ssh->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    ssh->findChild<QComboBox *>(u"groupBox"_s)->setCurrentText(u"Production"_s);
    ssh->findChild<QCheckBox *>(u"rememberBox"_s)->setChecked(true);
    ssh->accept();
    // No keychain service runs here: both writes fail and say so.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
        return m.first().toString().contains("kept for this session only"_L1);
    }) == 2, 30'000);
    QVERIFY(m_secrets->keychainMissing());
    // The secret is still there for this session…
    std::optional<QString> again;
    m_secrets->read(SecretStore::key(httpsId, u"token"_s), this, [&again](auto s) { again = s; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(*again, token);
    // …and in no file under the console's settings or data folders.
    QSettings(QSettings::IniFormat, QSettings::UserScope, u"mailstore-admin"_s, u"profiles"_s).sync();
    int files = 0;
    for (const QString &root : {m_home.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::CacheLocation)}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()) && !bytes.contains(password.toUtf8()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 1); // the profiles file itself was searched
}

void TestConnectDialog::importedProfilesShowInTree()
{
    const QString file = m_home.filePath(u"fleet.json"_s);
    m_fleet->exportProfiles(file);
    for (const auto &p : m_profiles->profiles())
        m_profiles->remove(p.id);
    m_fleet->importProfiles(file);
    QCOMPARE(m_profiles->profiles().size(), 3);
    auto *tree = m_window->findChild<QTreeWidget *>(u"fleetTree"_s);
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    QVERIFY2(groups.contains("Lab"_L1) && groups.contains("Production"_L1), qPrintable(groups.join(u',')));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
