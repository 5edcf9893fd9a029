// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfile.h"

#include "core/archive/backupverifier.h"
#include "core/archive/restore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct BackupFileText {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
};

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString coreErrorText(const core::Error &error)
{
    using core::ErrorCode;
    QString head;
    switch (error.code) {
    case ErrorCode::NotFound:
        head = BackupFileText::tr("A file of the backup is missing.");
        break;
    case ErrorCode::PermissionDenied:
        head = BackupFileText::tr("The backup may not be read (permission denied).");
        break;
    case ErrorCode::Corrupted:
        head = BackupFileText::tr("The backup is damaged.");
        break;
    case ErrorCode::NoSpace:
        head = BackupFileText::tr("No space left on the device.");
        break;
    default:
        head = BackupFileText::tr("Reading the backup failed.");
        break;
    }
    QString detail = QString::fromStdString(error.detail);
    if (!error.path.empty())
        detail += u" ("_s + QString::fromStdString(error.path) + u')';
    return detail.isEmpty() ? head : head + u' ' + detail;
}
} // namespace

QString backupIdOf(const QString &archive)
{
    const QString name = QFileInfo(archive).fileName();
    if (!name.endsWith(".tar.zst"_L1))
        return {};
    const QString id = name.chopped(8);
    return core::archive::isValidBackupId(id.toStdString()) ? id : QString();
}

std::expected<BackupFile, QString> openBackupFile(const QString &archive)
{
    const QFileInfo info(archive);
    BackupFile file;
    file.id = backupIdOf(archive);
    if (file.id.isEmpty())
        return std::unexpected(BackupFileText::tr("%1 is not a backup archive (expected <id>.tar.zst).")
                                   .arg(info.fileName()));
    if (!info.isFile())
        return std::unexpected(BackupFileText::tr("%1 does not exist.").arg(archive));
    file.archive = info.absoluteFilePath();
    file.target = info.absolutePath();
    file.archiveBytes = info.size();
    auto manifest = core::archive::readBackupManifest(fsPath(file.target), file.id.toStdString());
    if (!manifest)
        return std::unexpected(BackupFileText::tr("The manifest of backup %1 could not be read: %2")
                                   .arg(file.id, coreErrorText(manifest.error())));
    file.manifest = std::move(*manifest);
    return file;
}

std::expected<BackupFileVerify, QString> verifyBackupFile(const QString &archive, const BackupFileVerifyHooks &hooks)
{
    core::archive::VerifyOptions options;
    options.record = false;
    options.cancel = hooks.cancel;
    quint64 read = 0;
    options.progress = [&](const core::archive::VerifyProgress &p) {
        read = p.bytesDone;
        if (hooks.progress)
            hooks.progress(p.bytesDone, p.bytesTotal);
    };
    auto report = core::archive::verifyBackup(fsPath(archive), options);
    BackupFileVerify out;
    if (!report && report.error().code == core::ErrorCode::Cancelled) {
        out.cancelled = true;
        out.bytesRead = read;
        return out;
    }
    if (!report)
        return std::unexpected(coreErrorText(report.error()));
    out.good = report->good();
    out.messages = report->messages;
    out.membersChecked = report->membersChecked;
    out.bytesRead = report->bytesRead;
    out.chainChecked = report->chainChecked;
    out.problems = std::move(report->problems);
    return out;
}

std::expected<void, QString> extractBackupMessage(const BackupFile &file, std::size_t index,
                                                  const QString &out)
{
    auto done = core::archive::extractMessage(fsPath(file.target), file.id.toStdString(), index,
                                              fsPath(out));
    if (!done)
        return std::unexpected(coreErrorText(done.error()));
    return {};
}

qsizetype messageIndexOfMember(const std::string &member)
{
    if (!member.starts_with("m/"))
        return -1;
    bool ok = false;
    const qsizetype n = QString::fromStdString(member.substr(2)).toLongLong(&ok);
    return ok && n >= 1 ? n - 1 : -1;
}

} // namespace mailstore::app
