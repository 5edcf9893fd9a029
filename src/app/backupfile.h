// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupFile: one backup archive opened offline (File ▸ Open backup file…), with no agent
// and no host: the archive's folder is its target, the sidecar manifest says what it
// holds. The functions here block (they read files); the console runs them on a worker
// thread and hands the values back to the GUI thread.

#include "core/archive/archiveproblem.h"
#include "core/archive/manifest.h"

#include <QString>

#include <atomic>
#include <expected>
#include <functional>

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
    bool cancelled = false; // stopped by the cancel flag: nothing else here is a verdict
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
// With `cancel`, a set flag stops the read within a block (cancelled = true, bytesRead =
// the archive file's bytes read until then); `progress` hears the archive bytes read against the file's size,
// about every MiB, on the calling (worker) thread.
struct BackupFileVerifyHooks {
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(quint64 bytesDone, quint64 bytesTotal)> progress = {};
};
std::expected<BackupFileVerify, QString> verifyBackupFile(const QString &archive,
                                                          const BackupFileVerifyHooks &hooks = {});

// Writes message `index` of the manifest (from this archive or the ancestor holding it)
// to `out`, checked against the manifest's hash.
std::expected<void, QString> extractBackupMessage(const BackupFile &file, std::size_t index,
                                                  const QString &out);

// "m/3" → 2 (the manifest index of a message member), -1 for other members.
qsizetype messageIndexOfMember(const std::string &member);

} // namespace mailstore::app
