// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobackups.h"

#include "core/archive/backupverifier.h"
#include "core/archive/backupwriter.h"
#include "core/fs/atomicfile.h"
#include "core/maildir/maillayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <chrono>

using namespace Qt::StringLiterals;

namespace mailstore::app::demo {

namespace {
std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromCore(const core::Error &e)
{
    return QString::fromStdString(e.detail + (e.path.empty() ? std::string() : " (" + e.path + ")"));
}
} // namespace

QString configFile(const QString &storeDir)
{
    return QDir::cleanPath(storeDir) + u"-agent.conf"_s;
}

QString backupTarget(const QString &storeDir)
{
    return QDir::cleanPath(storeDir) + u"-backups/onsite"_s;
}

namespace {

// The demo shows a recorded storage history (demostate.h); this machine's own samples
// would land in the same series at other magnitudes, so the demo agent does not sample.
constexpr std::string_view NoSampling = "metrics_interval=0\n";

// A config from before the storage history gets the line.
std::expected<void, QString> ensureNoSampling(const QString &storeDir)
{
    QFile file(configFile(storeDir));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot read "_s + file.fileName());
    std::string text = file.readAll().toStdString();
    if (text.find("metrics_interval=") != std::string::npos)
        return {};
    if (!text.empty() && text.back() != '\n')
        text += '\n';
    auto written = core::fs::writeFileAtomic(fsPath(file.fileName()), text + std::string(NoSampling));
    if (!written)
        return std::unexpected(fromCore(written.error()));
    return {};
}

} // namespace

std::expected<void, QString> ensureBackups(const QString &storeDir)
{
    namespace archive = core::archive;
    if (QFileInfo::exists(configFile(storeDir)))
        return ensureNoSampling(storeDir);
    const QString target = backupTarget(storeDir);
    QDir(target).removeRecursively(); // a run that stopped midway starts over
    if (!QDir().mkpath(target))
        return std::unexpected(u"cannot create "_s + target);
    auto layout = core::maildir::MailLayout::parse(core::maildir::MailLayout::DefaultPattern);
    if (!layout)
        return std::unexpected(fromCore(layout.error()));
    auto accounts = layout->discover(fsPath(storeDir));
    if (!accounts)
        return std::unexpected(fromCore(accounts.error()));
    const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch()).count();
    constexpr std::int64_t Day = 86400;
    const std::size_t count = std::min<std::size_t>(4, accounts->size());
    // A week ago: full backups of four accounts, three verified the day after; yesterday:
    // incrementals of two, one verified. Two backups are left never verified.
    for (std::size_t i = 0; i < count; ++i) {
        archive::BackupOptions options;
        options.now = now - 7 * Day + std::int64_t(i) * 600;
        auto made = archive::createBackup((*accounts)[i], fsPath(target), options);
        if (!made)
            return std::unexpected(fromCore(made.error()));
        if (i < 3) {
            auto checked = archive::verifyBackup(made->archive, {.record = true, .now = now - 6 * Day});
            if (!checked)
                return std::unexpected(fromCore(checked.error()));
        }
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(2, count); ++i) {
        archive::BackupOptions options;
        options.incremental = true;
        options.now = now - Day + std::int64_t(i) * 600;
        auto made = archive::createBackup((*accounts)[i], fsPath(target), options);
        if (!made)
            return std::unexpected(fromCore(made.error()));
        if (i == 0) {
            auto checked = archive::verifyBackup(made->archive, {.record = true, .now = now - Day + 3600});
            if (!checked)
                return std::unexpected(fromCore(checked.error()));
        }
    }
    const std::string config = "backup_targets=onsite:" + fsPath(QFileInfo(target).absoluteFilePath()).string() + "\n"
                               + std::string(NoSampling);
    auto written = core::fs::writeFileAtomic(fsPath(configFile(storeDir)), config);
    if (!written)
        return std::unexpected(fromCore(written.error()));
    return {};
}

} // namespace mailstore::app::demo
