// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptargets.h"

#include "../../api/corejson.h"
#include "../../core/fs/pathtext.h"

#include <filesystem>
#include <sys/stat.h>

namespace mailstore::agent {

namespace ar = core::archive;

namespace {
QString text(const std::string &bytes) { return QString::fromStdString(core::fs::escapeForDisplay(bytes)); }
} // namespace

BackupTargets::BackupTargets(QList<BackupTarget> targets)
    : m_targets(std::move(targets))
{
    m_pool.setMaxThreadCount(1);
}

BackupTargets::~BackupTargets()
{
    m_pool.waitForDone();
}

std::expected<BackupTarget, api::RpcError> BackupTargets::find(const QString &name) const
{
    for (const auto &t : m_targets)
        if (t.name == name)
            return t;
    return std::unexpected(api::RpcError{api::rpccode::NotFound, QStringLiteral("no backup target '%1'").arg(name),
                                         QJsonObject{{QStringLiteral("target"), name}}});
}

core::Result<BackupTargets::Stamp> BackupTargets::stampOf(const BackupTarget &target)
{
    const std::filesystem::path dir = target.path.toStdString();
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0)
        return core::failErrno(errno, "cannot open the backup target", dir);
    if (!S_ISDIR(st.st_mode))
        return core::fail(core::ErrorCode::InvalidArgument, "the backup target is not a folder", dir.string());
    const std::filesystem::path file = dir / ar::CatalogFileName;
    Stamp stamp;
    if (::stat(file.c_str(), &st) == 0) {
        stamp.dev = st.st_dev;
        stamp.ino = st.st_ino;
        stamp.size = std::uint64_t(st.st_size);
        stamp.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    } else if (errno != ENOENT) {
        return core::failErrno(errno, "cannot read the backup catalog", file);
    }
    return stamp;
}

core::Result<BackupTargets::CatalogPtr> BackupTargets::catalog(const BackupTarget &target) const
{
    auto stamp = stampOf(target);
    if (!stamp)
        return std::unexpected(stamp.error());
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.constFind(target.name);
        // The catalog is replaced by rename, so a new version always has a new inode.
        if (it != m_cache.cend() && it->catalog && it->stamp == *stamp)
            return it->catalog;
    }
    auto read = ar::readCatalog(target.path.toStdString());
    if (!read)
        return std::unexpected(read.error());
    auto fresh = std::make_shared<const ar::BackupCatalog>(std::move(*read));
    std::lock_guard lock(m_mutex);
    Cached &c = m_cache[target.name];
    c.stamp = *stamp;
    c.catalog = fresh;
    return fresh;
}

void BackupTargets::warmUp() const
{
    for (const auto &t : m_targets)
        refreshLater(t);
}

void BackupTargets::refreshLater(const BackupTarget &target) const
{
    {
        std::lock_guard lock(m_mutex);
        Cached &c = m_cache[target.name];
        if (c.refreshing)
            return;
        c.refreshing = true;
    }
    m_pool.start([this, target] {
        (void)catalog(target);
        std::lock_guard lock(m_mutex);
        m_cache[target.name].refreshing = false; // also when the read failed: the next summary tries again
    });
}

BackupTargets::CatalogPtr BackupTargets::summaryCatalog(const BackupTarget &target) const
{
    auto stamp = stampOf(target); // stat() is cheap; parsing is not
    if (!stamp)
        return nullptr;
    CatalogPtr stale;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.constFind(target.name);
        if (it != m_cache.cend() && it->catalog) {
            if (it->stamp == *stamp)
                return it->catalog;
            stale = it->catalog;
        }
    }
    if (stale) {
        refreshLater(target);
        return stale;
    }
    // Never read yet (warmUp() had not got to it): read it here, once.
    auto read = catalog(target);
    return read ? *read : nullptr;
}

QJsonObject BackupTargets::targetJson(const BackupTarget &target) const
{
    QJsonObject o{{QStringLiteral("name"), target.name}, {QStringLiteral("path"), target.path}};
    std::error_code ec;
    const auto space = std::filesystem::space(target.path.toStdString(), ec);
    o.insert(QStringLiteral("freeBytes"), ec ? qint64(0) : qint64(space.available));
    qint64 backups = 0, bytes = 0, lastBackup = 0, lastVerified = 0, attention = 0;
    auto cat = catalog(target);
    if (cat) {
        for (const auto &e : (*cat)->entries) {
            ++backups;
            bytes += qint64(e.archiveBytes);
            lastBackup = std::max(lastBackup, qint64(e.created));
            lastVerified = std::max(lastVerified, qint64(e.lastVerified));
            attention += e.needsAttention() ? 1 : 0;
        }
    }
    o.insert(QStringLiteral("available"), bool(cat));
    if (!cat)
        o.insert(QStringLiteral("error"), api::errorText(cat.error()));
    o.insert(QStringLiteral("backups"), backups);
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("lastBackup"), lastBackup);
    o.insert(QStringLiteral("lastVerified"), lastVerified);
    o.insert(QStringLiteral("attention"), attention);
    return o;
}

QJsonObject BackupTargets::hostSummary() const
{
    qint64 attention = 0, lastBackup = 0, lastVerified = 0;
    for (const auto &t : m_targets) {
        const CatalogPtr cat = summaryCatalog(t);
        if (!cat)
            continue; // backup.targets says why; the host page only needs the counts
        for (const auto &e : cat->entries) {
            attention += e.needsAttention() ? 1 : 0;
            lastBackup = std::max(lastBackup, qint64(e.created));
            lastVerified = std::max(lastVerified, qint64(e.lastVerified));
        }
    }
    return QJsonObject{{QStringLiteral("targets"), qint64(m_targets.size())},
                       {QStringLiteral("attention"), attention},
                       {QStringLiteral("lastBackup"), lastBackup},
                       {QStringLiteral("lastVerified"), lastVerified}};
}

QJsonObject backupEntryJson(const ar::CatalogEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), text(e.id)},
                       {QStringLiteral("account"), text(e.account)},
                       {QStringLiteral("created"), qint64(e.created)},
                       {QStringLiteral("parent"), text(e.parent)},
                       {QStringLiteral("messages"), qint64(e.messages)},
                       {QStringLiteral("stored"), qint64(e.stored)},
                       {QStringLiteral("bytes"), qint64(e.bytes)},
                       {QStringLiteral("archiveBytes"), qint64(e.archiveBytes)},
                       {QStringLiteral("lastVerified"), qint64(e.lastVerified)},
                       {QStringLiteral("verifyState"), QString::fromUtf8(ar::verifyStateName(e.verifyState).data())},
                       {QStringLiteral("attention"), e.needsAttention()}};
}

} // namespace mailstore::agent
