// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupFile: one backup archive opened offline (File ▸ Open backup file…), with no agent
// and no host: the archive's folder is its target, the sidecar manifest says what it
// holds. The functions here block (they read files); the console runs them on a worker
// thread and hands the values back to the GUI thread.

#include "core/archive/archiveproblem.h"
#include "core/archive/manifest.h"

#include <QString>

#include <expected>

namespace mailstore::app {

struct BackupFile {
    QString archive;  // …/<id>.tar.zst
    QString target;   // the folder holding it (its target)
    QString id;       // <id>
    qint64 archiveBytes = 0;
    core::archive::Manifest manifest;
};

struct BackupFileVerify {
    bool good = false;
    quint64 messages = 0, membersChecked = 0, bytesRead = 0;
    bool chainChecked = false;
    core::archive::MemberProblems problems;
};

// The backup id of an archive file name ("<id>.tar.zst"), empty when it is not one.
QString backupIdOf(const QString &archive);

// Reads the sidecar manifest. Errors are sentences for people.
std::expected<BackupFile, QString> openBackupFile(const QString &archive);

// Reads every byte of the archive and checks it against its manifest; never writes
// (an offline look does not change the folder's catalog).
std::expected<BackupFileVerify, QString> verifyBackupFile(const QString &archive);

// Writes message `index` of the manifest (from this archive or the ancestor holding it)
// to `out`, checked against the manifest's hash.
std::expected<void, QString> extractBackupMessage(const BackupFile &file, std::size_t index,
                                                  const QString &out);

// "m/3" → 2 (the manifest index of a message member), -1 for other members.
qsizetype messageIndexOfMember(const std::string &member);

} // namespace mailstore::app
