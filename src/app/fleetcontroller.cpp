// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetcontroller.h"

#include "fleet/hostconnection.h"
#include "fleet/profilestore.h"
#include "fleet/secretstore.h"
#include "mainwindow.h"
#include "transport/sshprompter.h"
#include "widgets/connectdialog.h"
#include "widgets/errorbanner.h"
#include "widgets/fleettree.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
const QString PasswordKey = u"password"_s;
const QString PassphraseKey = u"passphrase"_s;
const QString TokenKey = u"token"_s;
} // namespace

FleetController::FleetController(MainWindow *window, ProfileStore *profiles, SecretStore *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(m_window, &MainWindow::connectRequested, this, [this] { openConnectDialog(); });
    connect(m_window, &MainWindow::profileActivated, this, &FleetController::connectProfile);
    connect(m_window->fleetTree(), &FleetTree::removeRequested, this, [this](const QString &id) {
        m_window->removeHost(id);
        for (const QString &what : {PasswordKey, PassphraseKey, TokenKey})
            m_secrets->remove(SecretStore::key(id, what));
        m_profiles->remove(id);
    });
    connect(m_window->fleetTree(), &FleetTree::editRequested, this, [this](const QString &id) {
        if (const ConnectionProfile *p = m_profiles->find(id))
            openConnectDialog(p);
    });
    connect(m_window, &MainWindow::importProfilesRequested, this, [this] {
        auto *pick = new QFileDialog(m_window, tr("Import profiles"), QString(),
                                     tr("Profile files (*.json);;All files (*)"));
        pick->setAttribute(Qt::WA_DeleteOnClose);
        pick->setFileMode(QFileDialog::ExistingFile);
        connect(pick, &QFileDialog::fileSelected, this, &FleetController::importProfiles);
        pick->open();
    });
    connect(m_window, &MainWindow::exportProfilesRequested, this, [this] {
        auto *pick = new QFileDialog(m_window, tr("Export profiles"), u"mailstore-profiles.json"_s,
                                     tr("Profile files (*.json)"));
        pick->setAttribute(Qt::WA_DeleteOnClose);
        pick->setAcceptMode(QFileDialog::AcceptSave);
        pick->setDefaultSuffix(u"json"_s);
        connect(pick, &QFileDialog::fileSelected, this, &FleetController::exportProfiles);
        pick->open();
    });
    connect(m_profiles, &ProfileStore::changed, this,
            [this] { m_window->fleetTree()->setProfiles(m_profiles->profiles()); });
}

FleetController::~FleetController() = default;

void FleetController::restore()
{
    m_window->fleetTree()->setProfiles(m_profiles->profiles());
    for (const auto &p : m_profiles->profiles()) {
        if (p.autoConnect)
            connectProfile(p.id);
    }
}

ConnectDialog *FleetController::openConnectDialog(const ConnectionProfile *edit)
{
    auto *dialog = new ConnectDialog(m_profiles->groups(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (edit)
        dialog->setProfile(*edit);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onDialogAccepted(dialog); });
    dialog->open(); // window-modal, no nested event loop
    return dialog;
}

void FleetController::onDialogAccepted(ConnectDialog *dialog)
{
    const ConnectionProfile profile = dialog->profile();
    const ProfileSecrets secrets = dialog->secrets();
    m_profiles->put(profile);
    const auto store = [this, &profile, remember = dialog->rememberSecrets()](const QString &what,
                                                                             const QString &secret) {
        if (secret.isEmpty())
            return;
        const QString key = SecretStore::key(profile.id, what);
        if (!remember) {
            m_secrets->keepForSession(key, secret);
            return;
        }
        m_secrets->write(key, secret, this, [this](bool stored, const QString &error) {
            emit message(stored ? tr("The secret is saved in the system keychain.")
                                : tr("No system keychain could take the secret (%1); it is kept "
                                     "for this session only and asked for next time.").arg(error));
        });
    };
    store(PasswordKey, secrets.password);
    store(TokenKey, secrets.token);
    m_window->removeHost(profile.id); // an edited profile connects anew with its new settings
    connectWith(profile, secrets);
}

void FleetController::connectProfile(const QString &profileId)
{
    const ConnectionProfile *found = m_profiles->find(profileId);
    if (!found)
        return;
    const ConnectionProfile profile = *found;
    // The keychain answers asynchronously: password, then passphrase, then token.
    auto secrets = std::make_shared<ProfileSecrets>();
    const auto read = [this, profile](const QString &what, std::function<void(QString)> next) {
        m_secrets->read(SecretStore::key(profile.id, what), this,
                        [next](std::optional<QString> secret) { next(secret.value_or(QString())); });
    };
    read(PasswordKey, [=, this](const QString &password) {
        secrets->password = password;
        read(PassphraseKey, [=, this](const QString &passphrase) {
            secrets->passphrase = passphrase;
            read(TokenKey, [=, this](const QString &token) {
                secrets->token = token;
                if (profile.kind() == ConnectionProfile::Kind::Https && token.isEmpty())
                    askForToken(profile); // an API token cannot be prompted for by the link
                else
                    connectWith(profile, *secrets);
            });
        });
    });
}

void FleetController::askForToken(const ConnectionProfile &profile)
{
    auto *ask = new QInputDialog(m_window);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Token for %1").arg(profile.name));
    ask->setLabelText(tr("The API token for %1 (%2). It is kept for this session only; "
                         "edit the profile to save it in the keychain.").arg(profile.name, profile.url));
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, profile](const QString &token) {
        m_secrets->keepForSession(SecretStore::key(profile.id, TokenKey), token);
        ProfileSecrets secrets;
        secrets.token = token;
        connectWith(profile, secrets);
    });
    ask->open();
}

void FleetController::connectWith(const ConnectionProfile &profile, const ProfileSecrets &secrets)
{
    for (HostConnection *existing : m_window->hosts()) {
        if (existing->profile().id == profile.id) { // already in the fleet: show it
            m_window->selectHost(existing);
            return;
        }
    }
    // One prompter per connection, so an answer the user asked to remember is stored
    // under this profile — and only once the host accepted it (a typo is not kept).
    auto *prompter = new SshPrompter(m_window, this);
    auto factory = transportForProfile(profile, secrets, m_window, prompter);
    if (!factory) {
        delete prompter;
        emit message(tr("Cannot connect to %1: %2").arg(profile.name, factory.error()));
        return;
    }
    HostConnection *host = m_window->addHost(profile, *factory);
    prompter->setParent(host);
    auto pending = std::make_shared<QHash<QString, QString>>();
    connect(prompter, &SshPrompter::rememberRequested, this,
            [pending](const QString &what, const QString &secret) {
        pending->insert(what.startsWith("passphrase"_L1) ? PassphraseKey : PasswordKey, secret);
    });
    connect(host, &HostConnection::stateChanged, this, [this, host, pending] {
        if (host->state() != HostConnection::State::Connected || pending->isEmpty())
            return;
        for (auto it = pending->cbegin(); it != pending->cend(); ++it) {
            m_secrets->write(SecretStore::key(host->profile().id, it.key()), it.value(), this,
                             [this](bool stored, const QString &error) {
                emit message(stored ? tr("The secret is saved in the system keychain.")
                                    : tr("No system keychain could take the secret (%1); it is "
                                         "kept for this session only.").arg(error));
            });
        }
        pending->clear();
    });
}

void FleetController::importProfiles(const QString &file)
{
    const auto count = m_profiles->importFrom(file);
    emit message(count ? tr("Imported %n profile(s) from %1.", nullptr, *count).arg(file)
                       : tr("Nothing imported: %1").arg(count.error()));
}

void FleetController::exportProfiles(const QString &file)
{
    const auto done = m_profiles->exportTo(file);
    emit message(done ? tr("Exported %n profile(s) to %1 (without passwords or tokens).", nullptr,
                           int(m_profiles->profiles().size())).arg(file)
                      : done.error());
}

} // namespace mailstore::app
