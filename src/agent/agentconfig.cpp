// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentconfig.h"

#include "../core/maildir/maillayout.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

namespace mailstore::agent {

namespace {
const QString kRoot = QStringLiteral("root");
const QString kLayout = QStringLiteral("layout");
const QString kConfig = QStringLiteral("config");
const QString kStateDir = QStringLiteral("state-dir");

// Asks Dovecot where mail lives. Arguments are fixed; nothing from input reaches a shell.
std::optional<core::maildir::LocationGuess> fromDoveconf()
{
    const QString doveconf = QStandardPaths::findExecutable(QStringLiteral("doveconf"));
    if (doveconf.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(doveconf, {QStringLiteral("-h"), QStringLiteral("mail_location")});
    if (!p.waitForFinished(5000) || p.exitCode() != 0)
        return std::nullopt;
    const QByteArray value = p.readAllStandardOutput().trimmed();
    auto guess = core::maildir::layoutFromMailLocation(value.toStdString());
    if (!guess)
        return std::nullopt;
    return *guess;
}
} // namespace

QString AgentConfig::socketPath() const { return stateDir + QStringLiteral("/agent.sock"); }
QString AgentConfig::lockPath() const { return stateDir + QStringLiteral("/daemon.lock"); }
QString AgentConfig::logPath() const { return stateDir + QStringLiteral("/daemon.log"); }
QString AgentConfig::auditPath() const { return stateDir + QStringLiteral("/audit.log"); }
QString AgentConfig::jobsDir() const { return stateDir + QStringLiteral("/jobs"); }
QString AgentConfig::restoresDir() const { return stateDir + QStringLiteral("/restores"); }
QString AgentConfig::metricsPath() const { return stateDir + QStringLiteral("/metrics.sqlite"); }

const BackupTarget *AgentConfig::backupTarget(const QString &name) const
{
    for (const auto &t : backupTargets)
        if (t.name == name)
            return &t;
    return nullptr;
}

std::expected<QList<BackupTarget>, QString> parseBackupTargets(const QStringList &items)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9-]{1,32}$"));
    QList<BackupTarget> targets;
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? QString() : item.left(colon).trimmed();
        const QString path = colon < 0 ? QString() : item.mid(colon + 1).trimmed();
        if (colon < 0 || !nameRe.match(name).hasMatch())
            return std::unexpected(QStringLiteral("backup_targets entry '%1' must be NAME:/absolute/path, "
                                                  "NAME of 1 to 32 of a-z, 0-9 and -")
                                       .arg(item));
        if (!path.startsWith(QLatin1Char('/')))
            return std::unexpected(QStringLiteral("backup_targets entry '%1': the path must be absolute").arg(item));
        for (const auto &t : std::as_const(targets))
            if (t.name == name)
                return std::unexpected(QStringLiteral("backup_targets entry '%1': the name '%2' is used twice")
                                           .arg(item, name));
        targets.append({name, QDir::cleanPath(path)});
    }
    return targets;
}

quint64 AgentConfig::ioBytesPerSec() const { return quint64(std::llround(ioMBPerSec * 1e6)); }

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({kRoot, QStringLiteral("Mail root of the store."), QStringLiteral("DIR")});
    parser.addOption({kLayout,
                      QStringLiteral("Account layout under the root (default %d/%n/Maildir)."),
                      QStringLiteral("PATTERN")});
    parser.addOption({kConfig,
                      QStringLiteral("Config file with root=, layout=, state_dir=, idle_timeout=, support_users=, "
                                     "io_mb_per_s=, heavy_jobs=, backup_targets=, metrics_interval=, metrics_probe=."),
                      QStringLiteral("FILE")});
    parser.addOption({kStateDir, QStringLiteral("Folder for the daemon's socket, lock and log."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("doveadm-config"),
                      QStringLiteral("Dovecot config file for doveadm (default: Dovecot's own)."),
                      QStringLiteral("FILE")});
}

QString defaultStateDir(const QString &root)
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    const QByteArray hash = QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return base + QStringLiteral("/mailstore-agent/") + QString::fromLatin1(hash);
}

std::expected<AgentConfig, QString> resolveConfig(const QCommandLineParser &parser)
{
    AgentConfig cfg;
    if (parser.isSet(kConfig)) {
        const QString file = parser.value(kConfig);
        if (!QFileInfo(file).isReadable())
            return std::unexpected(QStringLiteral("config file %1 cannot be read").arg(file));
        QSettings s(file, QSettings::IniFormat);
        if (s.status() != QSettings::NoError)
            return std::unexpected(QStringLiteral("config file %1 is not valid (expected key=value lines)").arg(file));
        cfg.root = s.value(kRoot).toString();
        cfg.layout = s.value(kLayout).toString();
        cfg.stateDir = s.value(QStringLiteral("state_dir")).toString();
        cfg.doveadmConfig = s.value(QStringLiteral("doveadm_config")).toString();
        cfg.configFile = QFileInfo(file).absoluteFilePath();
        // QSettings reads "a,b" as a list and "a" as a string; toStringList takes both.
        for (const QString &u : s.value(QStringLiteral("support_users")).toStringList())
            if (!u.trimmed().isEmpty())
                cfg.supportUsers << u.trimmed();
        bool ok = true;
        const QVariant idle = s.value(QStringLiteral("idle_timeout"), 0);
        cfg.idleTimeoutSec = idle.toInt(&ok);
        if (!ok || cfg.idleTimeoutSec < 0)
            return std::unexpected(QStringLiteral("config file %1: idle_timeout must be a number of seconds").arg(file));
        cfg.ioMBPerSec = s.value(QStringLiteral("io_mb_per_s"), 0).toDouble(&ok);
        if (!ok || cfg.ioMBPerSec < 0 || !std::isfinite(cfg.ioMBPerSec))
            return std::unexpected(QStringLiteral("config file %1: io_mb_per_s must be a number of MB/s, 0 for no cap").arg(file));
        cfg.heavyJobs = s.value(QStringLiteral("heavy_jobs"), 2).toInt(&ok);
        if (!ok || cfg.heavyJobs < 1 || cfg.heavyJobs > 64)
            return std::unexpected(QStringLiteral("config file %1: heavy_jobs must be a whole number from 1 to 64").arg(file));
        // "a:/x, b:/y" arrives as a list, "a:/x" as a string; toStringList takes both.
        auto targets = parseBackupTargets(s.value(QStringLiteral("backup_targets")).toStringList());
        if (!targets)
            return std::unexpected(QStringLiteral("config file %1: %2").arg(file, targets.error()));
        cfg.backupTargets = *targets;
        cfg.metricsIntervalSec = s.value(QStringLiteral("metrics_interval"), 10).toInt(&ok);
        if (!ok || cfg.metricsIntervalSec < 0 || cfg.metricsIntervalSec > 3600)
            return std::unexpected(QStringLiteral("config file %1: metrics_interval must be a whole number of seconds "
                                                  "from 1 to 3600, 0 for no sampling").arg(file));
        const QString probe = s.value(QStringLiteral("metrics_probe"), QStringLiteral("on")).toString().toLower();
        if (probe != QLatin1String("on") && probe != QLatin1String("off"))
            return std::unexpected(QStringLiteral("config file %1: metrics_probe must be on or off").arg(file));
        cfg.metricsProbe = probe == QLatin1String("on");
    }
    if (parser.isSet(kRoot))
        cfg.root = parser.value(kRoot);
    if (parser.isSet(kLayout))
        cfg.layout = parser.value(kLayout);
    if (parser.isSet(kStateDir))
        cfg.stateDir = parser.value(kStateDir);
    if (parser.isSet(QStringLiteral("doveadm-config")))
        cfg.doveadmConfig = parser.value(QStringLiteral("doveadm-config"));

    if (cfg.root.isEmpty()) {
        if (auto guess = fromDoveconf()) {
            cfg.root = QString::fromStdString(guess->root.string());
            if (cfg.layout.isEmpty())
                cfg.layout = QString::fromStdString(guess->layout);
        }
    }
    if (cfg.root.isEmpty())
        return std::unexpected(QStringLiteral("no mail root: pass --root DIR or --config FILE"));
    if (cfg.layout.isEmpty())
        cfg.layout = QString::fromLatin1(core::maildir::MailLayout::DefaultPattern.data(),
                                         qsizetype(core::maildir::MailLayout::DefaultPattern.size()));
    auto layout = core::maildir::MailLayout::parse(cfg.layout.toStdString());
    if (!layout)
        return std::unexpected(QStringLiteral("layout '%1' is not valid: %2")
                                   .arg(cfg.layout, QString::fromStdString(layout.error().detail)));

    const QFileInfo rootInfo(cfg.root);
    if (!rootInfo.exists())
        return std::unexpected(QStringLiteral("mail root %1 does not exist").arg(cfg.root));
    if (!rootInfo.isDir())
        return std::unexpected(QStringLiteral("mail root %1 is not a folder").arg(cfg.root));
    cfg.root = rootInfo.canonicalFilePath();
    if (cfg.stateDir.isEmpty())
        cfg.stateDir = defaultStateDir(cfg.root);
    cfg.stateDir = QDir::cleanPath(QDir(cfg.stateDir).absolutePath());
    return cfg;
}

} // namespace mailstore::agent
