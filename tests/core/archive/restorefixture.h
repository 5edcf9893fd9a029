// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the restore tests: a backed-up account, what a Maildir holds (every
// message file with its bytes and mtime), and the uidlist of a mailbox.

#include "backupfixture.h"
#include "core/archive/backupwriter.h"
#include "core/archive/restore.h"
#include "core/dovecot/uidlist.h"

#include <QDirIterator>
#include <QTest>

#include <map>
#include <string>
#include <sys/stat.h>

namespace restorefixture {

struct FileState {
    std::string bytes;
    std::int64_t mtime = 0;
    bool operator==(const FileState &) const = default;
};

// Every file below <maildir>/{cur,new} of every mailbox: relative path -> bytes, mtime.
inline std::map<std::string, FileState> messages(const std::string &maildir)
{
    std::map<std::string, FileState> out;
    QDirIterator it(QString::fromStdString(maildir), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(QString::fromStdString(maildir).size() + 1);
        if (!rel.contains(QLatin1String("cur/")) && !rel.contains(QLatin1String("new/")))
            continue;
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        out[rel.toStdString()] = {backupfixture::readBytes(path.toStdString()), st.st_mtime};
    }
    return out;
}

// Files in every tmp/ folder below the Maildir.
inline int tmpFiles(const std::string &maildir)
{
    int n = 0;
    const QString base = QString::fromStdString(maildir);
    QDirIterator it(base, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = it.next().mid(base.size());
        if (rel.startsWith(QLatin1String("/tmp/")) || rel.contains(QLatin1String("/tmp/")))
            ++n;
    }
    return n;
}

// uid -> base name of a mailbox's uidlist (empty when absent or unparsable).
inline std::map<std::uint32_t, std::string> uids(const std::string &mailboxDir, std::uint32_t *validity = nullptr)
{
    std::map<std::uint32_t, std::string> out;
    auto list = mailstore::core::dovecot::readUidlist(mailboxDir);
    if (!list || !list->issues.empty())
        return out;
    if (validity)
        *validity = list->uidValidity;
    for (const auto &r : list->records)
        out[r.uid] = r.baseName;
    return out;
}

inline mailstore::core::archive::RestoreRequest request(const std::string &target, const std::string &id,
                                                        const std::string &maildir, const std::string &journal)
{
    mailstore::core::archive::RestoreRequest r;
    r.target = target;
    r.backupId = id;
    r.into = {"restored", "restored", "", maildir};
    r.journalDir = journal;
    return r;
}

} // namespace restorefixture
