// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FleetController: the saved fleet behind the window — loads the profiles into the
// fleet tree, connects the ones marked "connect at start", answers Connect… with the
// connect dialog, fetches a profile's secret from the keychain (or asks for it) before
// connecting, and imports/exports profile files. The window itself knows no profiles.

#include "fleet/connectionprofile.h"
#include "fleet/profiletransport.h"

#include <QObject>

namespace mailstore::app {

class ConnectDialog;
class MainWindow;
class ProfileStore;
class SecretStore;

class FleetController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetController)
public:
    FleetController(MainWindow *window, ProfileStore *profiles, SecretStore *secrets,
                    QObject *parent = nullptr);
    ~FleetController() override;

    // Shows the saved profiles and connects those marked autoConnect.
    void restore();
    ConnectDialog *openConnectDialog(const ConnectionProfile *edit = nullptr);
    // Secrets come from the keychain (or the session) when not given.
    void connectProfile(const QString &profileId);
    void connectWith(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    void importProfiles(const QString &file);
    void exportProfiles(const QString &file);

signals:
    // For the status bar: what happened to a secret, an import, an export.
    void message(const QString &text);

private:
    void onDialogAccepted(ConnectDialog *dialog);
    void askForToken(const ConnectionProfile &profile);

    MainWindow *m_window;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

} // namespace mailstore::app
