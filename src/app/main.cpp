// SPDX-License-Identifier: GPL-3.0-or-later
// mailstore-admin: the desktop console. Parses the command line, then either opens the
// window or renders one view into a PNG (--screenshot) and exits.

#include "agentclient.h"
#include "appoptions.h"
#include "democreator.h"
#include "fleet/profilestore.h"
#include "fleet/secretstore.h"
#include "fleetcontroller.h"
#include "mainwindow.h"
#include "remoteconnect.h"
#include "screenshotter.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mailstore::app;

namespace {
void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"mailstore-admin"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}
} // namespace

int main(int argc, char **argv)
{
    // Pictures for runbooks and --help must not depend on a display being there.
    if (argvWantsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"mailstore-admin"_s);
    QApplication::setApplicationDisplayName(u"Mailstore Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(MAILSTORE_VERSION));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    // Under the C locale numbers would lose their grouping ("20000"); operators read
    // "20,000" faster.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    installTranslations(app);

    const auto options = parseOptions(app);
    if (!options) {
        std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(options.error()));
        return 2;
    }
    // For scripts and support: no window, one JSON object or one error line.
    if (!options->checkUrl.isEmpty())
        return runCheckConnection(*options);
    std::optional<SshTarget> sshTarget;
    if (!options->sshUrl.isEmpty()) {
        auto target = sshTargetFromOptions(*options);
        if (!target) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(target.error()));
            return 2;
        }
        sshTarget = *target;
    }
    std::optional<HttpsTarget> httpsTarget;
    if (!options->httpsUrl.isEmpty()) {
        auto target = httpsTargetFromOptions(*options);
        if (!target) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(target.error()));
            return 2;
        }
        // No --token-file: ask now (saved profiles take theirs from the keychain).
        if (target->token.isEmpty() && !askForToken(*target, nullptr)) {
            std::fprintf(stderr, "mailstore-admin: %s\n",
                         qPrintable(QCoreApplication::translate("main", "No API token given.")));
            return 2;
        }
        httpsTarget = std::move(*target);
    }

    std::expected<QList<ConnectionProfile>, QString> fleetProfiles;
    if (!options->fleetFile.isEmpty()) {
        fleetProfiles = ProfileStore::readFile(options->fleetFile);
        if (fleetProfiles && fleetProfiles->isEmpty())
            fleetProfiles = std::unexpected(QCoreApplication::translate("main", "%1 lists no hosts.")
                                                .arg(options->fleetFile));
        if (!fleetProfiles) {
            std::fprintf(stderr, "mailstore-admin: %s\n", qPrintable(fleetProfiles.error()));
            return 2;
        }
    }

    AgentClient client;
    MainWindow window(&client);
    Screenshotter *shooter = nullptr;
    if (!options->screenshotFile.isEmpty()) {
        shooter = new Screenshotter(&window, &client, &app);
        QObject::connect(shooter, &Screenshotter::finished, &app, &QCoreApplication::exit);
        shooter->start(options->view, options->screenshotFile, options->size, options->timeoutSec);
    } else {
        window.show();
    }

    // Saved profiles fill the fleet tree; pictures for runbooks show only what the
    // command line names, never the fleet of whoever renders them.
    ProfileStore profiles;
    SecretStore secrets;
    FleetController fleet(&window, &profiles, &secrets);
    QObject::connect(&fleet, &FleetController::message, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, 10'000); });
    if (!shooter && options->fleetFile.isEmpty()) {
        profiles.load();
        fleet.restore();
    }

    LocalStore store{options->localRoot, options->layout, options->agentExtraArgs()};
    DemoCreator demo;
    if (options->demo) {
        QObject::connect(&demo, &DemoCreator::started, &window, [&window] {
            window.showBusy(QCoreApplication::translate(
                "main", "Creating the demo store with sample mail…"));
        });
        demo.setUserStateDir(options->stateDir);
        QObject::connect(&demo, &DemoCreator::ready, &window, [&window, &store, &options](const QString &dir) {
            store.root = dir;
            store.extraArgs += DemoCreator::agentArgs(dir, options->stateDir);
            window.connectLocal(store);
        });
        QObject::connect(&demo, &DemoCreator::failed, &window,
                         [&window, shooter](const QString &message, const QString &details) {
            window.showStartupProblem(message,
                QCoreApplication::translate("main", "Check that mailstore-agent is installed "
                                                    "and that the data folder is writable."),
                details);
            if (shooter)
                shooter->abort(message + u'\n' + details);
        });
        demo.ensure(DemoCreator::defaultDirectory());
    } else if (!store.root.isEmpty()) {
        window.connectLocal(store);
    } else if (sshTarget) {
        window.connectHost(QCoreApplication::translate("main", "SSH"), QStringLiteral("SSH"),
                           sshTarget->displayName(), sshTransportFactory(*sshTarget, &window));
    } else if (!options->fleetFile.isEmpty()) {
        for (const ConnectionProfile &profile : *fleetProfiles)
            fleet.connectWith(profile, {});
        window.selectHost(window.hosts().first()); // the picture shows the file's first host
    } else if (httpsTarget) {
        window.connectHost(QCoreApplication::translate("main", "HTTPS"), QStringLiteral("HTTPS"),
                           httpsTarget->displayName(), httpsTransportFactory(*httpsTarget, &window));
    } else {
        if (window.hosts().isEmpty())
            window.showBusy(QCoreApplication::translate(
                                "main", "Not connected to any mailstore.\n\nUse Connect… (Ctrl+N) "
                                        "to add a host over SSH or HTTPS, pick a saved host in the "
                                        "fleet tree, or start with --demo to explore a demo store."),
                            false);
    }
    return app.exec();
}
