// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwriter.h"

#include "../dovecot/filebytes.h"
#include "../fs/atomicfile.h"
#include "accountsnapshot.h"
#include "archivesink.h"
#include "backuphead.h"
#include "chunkedread.h"
#include "hashpipeline.h"
#include "livemessage.h"
#include "sha256.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive {

namespace {

std::string newBackupId(std::int64_t now)
{
    char stamp[32];
    const std::time_t t = now;
    std::tm tm {};
    ::gmtime_r(&t, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    unsigned char r[4] = {};
    if (::getrandom(r, sizeof r, 0) != sizeof r) {
        const auto mix = static_cast<unsigned>(::getpid()) ^ static_cast<unsigned>(std::clock());
        for (int i = 0; i < 4; ++i)
            r[i] = static_cast<unsigned char>(mix >> (8 * i));
    }
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%02x%02x%02x%02x", r[0], r[1], r[2], r[3]);
    return std::string(stamp) + "-" + suffix;
}

// The parent's manifest by (mailbox name, file name) and (mailbox name, base name).
struct ParentIndex {
    Manifest manifest;
    std::map<std::pair<std::string, std::string>, const ManifestMessage *> byName, byBase;

    void build()
    {
        for (const auto &m : manifest.messages) {
            const std::string &box = manifest.mailboxes[m.mailbox].name;
            byName[{box, m.fileName}] = &m;
            byBase[{box, m.fileName.substr(0, m.fileName.find(':'))}] = &m;
        }
    }
};

Result<ParentIndex> loadParent(const std::filesystem::path &target, const CatalogEntry &parent)
{
    if (parent.verifyState == VerifyState::Corrupt)
        return fail(ErrorCode::Corrupted, "the newest backup " + parent.id
                                              + " failed its last verify; make a full backup instead");
    auto text = dovecot::detail::readWholeFile(manifestPath(target, parent.id), ManifestMaxBytes);
    if (!text)
        return std::unexpected(text.error());
    if (Sha256::hex(*text) != parent.manifestSha256)
        return fail(ErrorCode::Corrupted, "manifest of " + parent.id + " differs from the catalog",
                    manifestPath(target, parent.id).string());
    auto manifest = parseManifest(*text);
    if (!manifest)
        return std::unexpected(manifest.error());
    ParentIndex index{std::move(*manifest), {}, {}};
    index.build();
    return index;
}

// Hashes an open file without storing it (is a re-flagged message the parent's content?).
// Paced like a stored message: these reads are disk reads too.
Result<std::string> hashFile(int fd, std::uint64_t size, std::vector<char> &buffer, const ReadPace &pace)
{
    Sha256 h;
    if (auto r = readChunks(fd, size, buffer, [&h, &pace](const char *data, std::size_t n) -> Result<void> {
            h.update(data, n);
            if (pace.throttle)
                pace.throttle->consume(n, pace.cancel);
            if (pace.read)
                pace.read(n);
            if (pace.cancel && pace.cancel->load(std::memory_order_relaxed))
                return fail(ErrorCode::Cancelled, "backup cancelled");
            return ok();
        });
        !r)
        return std::unexpected(r.error());
    if (::lseek(fd, 0, SEEK_SET) < 0)
        return failErrno(errno, "seek message");
    return h.finishHex();
}

struct FdGuard {
    int fd;
    ~FdGuard()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<BackupResult> createBackup(const maildir::AccountLocation &account, const std::filesystem::path &target,
                                  const BackupOptions &options)
{
    struct stat tst {};
    if (::stat(target.c_str(), &tst) != 0)
        return failErrno(errno, "backup target", target);
    if (!S_ISDIR(tst.st_mode))
        return fail(ErrorCode::InvalidArgument, "backup target is not a folder", target.string());
    const std::int64_t now = options.now ? options.now
                                         : std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count();
    std::optional<ParentIndex> parent;
    if (options.incremental) {
        auto catalog = readCatalog(target);
        if (!catalog)
            return std::unexpected(catalog.error());
        if (const CatalogEntry *latest = catalog->latestFor(account.name)) {
            auto loaded = loadParent(target, *latest);
            if (!loaded)
                return std::unexpected(loaded.error());
            parent = std::move(*loaded);
        }
    }
    auto snapshot = snapshotAccount(account);
    if (!snapshot)
        return std::unexpected(snapshot.error());

    Manifest manifest = std::move(snapshot->skeleton);
    manifest.backupId = newBackupId(now);
    manifest.created = now;
    manifest.parent = parent ? parent->manifest.backupId : std::string();
    BackupHead head{manifest.backupId, manifest.account, now, manifest.parent, 0, 0, 0};
    for (const auto &m : snapshot->messages) {
        ++head.maxMembers;
        head.maxBytes += m.size;
        head.maxMemberBytes = std::max(head.maxMemberBytes, m.size);
    }

    BackupResult result;
    result.incremental = parent.has_value();
    result.archive = archivePath(target, manifest.backupId);
    auto sink = ArchiveSink::create(target, manifest.backupId, options.zstdLevel, options.zstdThreads);
    if (!sink)
        return std::unexpected(sink.error());
    if (auto w = sink->addSmall(HeadMemberName, serializeHead(head), now); !w)
        return std::unexpected(w.error());

    std::vector<LiveMailbox> live;
    for (const auto &dir : snapshot->mailboxDirs)
        live.emplace_back(dir);
    std::vector<char> buffer(1 << 20);
    HashPipeline hashes; // SHA-256 on its own thread, beside reading and compressing
    std::uint64_t storedBytes = 0, storedCount = 0;

    // Progress: each message owns a share of the byte total (its snapshot size when it
    // must be read), so bytesDone only grows and ends exactly at the total even when a
    // file vanished or changed size since the snapshot.
    auto mustRead = [&](const SnapshotMessage &m) {
        if (!parent)
            return true;
        const auto same = parent->byName.find({manifest.mailboxes[m.mailbox].name, m.fileName});
        return same == parent->byName.end() || same->second->size != m.size;
    };
    BackupProgress progress{0, snapshot->messages.size(), 0, 0};
    for (const auto &m : snapshot->messages)
        progress.bytesTotal += mustRead(m) ? m.size : 0;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto report = [&] {
        if (options.progress)
            options.progress(progress);
    };
    std::uint64_t start = 0, share = 0, inMessage = 0, sinceReport = 0;
    ReadPace pace{options.throttle, options.cancel, {}};
    if (options.progress)
        pace.read = [&](std::uint64_t n) {
            inMessage += n;
            progress.bytesDone = start + std::min(inMessage, share);
            // Batched: a big message reports about every MiB, not on every read.
            if ((sinceReport += n) >= (1u << 20)) {
                sinceReport = 0;
                report();
            }
        };
    for (const auto &m : snapshot->messages) {
        if (cancelled())
            return fail(ErrorCode::Cancelled, "backup cancelled");
        start += share;
        share = mustRead(m) ? m.size : 0;
        inMessage = 0;
        progress.bytesDone = start;
        report();
        ++progress.messagesDone; // counted as it starts; the report after the loop closes it
        const std::string &boxName = manifest.mailboxes[m.mailbox].name;
        ManifestMessage entry{m.mailbox, m.inNew, m.fileName, m.size, {}, m.uid, {}, m.mtime, manifest.backupId};
        if (parent) {
            const auto same = parent->byName.find({boxName, m.fileName});
            if (same != parent->byName.end() && same->second->size == m.size) {
                entry.sha256 = same->second->sha256;
                entry.storedIn = same->second->storedIn;
                entry.flags = same->second->flags;
                manifest.messages.push_back(std::move(entry));
                ++result.referenced;
                continue;
            }
        }
        auto opened = live[m.mailbox].open(m.inNew, m.fileName, m.baseName);
        if (!opened) {
            if (opened.error().code == ErrorCode::NotFound || opened.error().code == ErrorCode::Unsupported) {
                manifest.skipped.push_back({m.mailbox, m.fileName,
                                            opened.error().code == ErrorCode::NotFound ? "vanished" : "not-regular"});
                continue;
            }
            return std::unexpected(opened.error());
        }
        FdGuard guard{opened->fd};
        entry.inNew = opened->inNew;
        entry.fileName = opened->fileName;
        entry.size = opened->size;
        entry.mtime = opened->mtime;
        const auto info = entry.fileName.find(":2,");
        entry.flags = info == std::string::npos ? std::string()
                                                : entry.fileName.substr(info + 3, entry.fileName.find(',', info + 3)
                                                                                       - (info + 3));
        if (entry.size > head.maxMemberBytes || storedBytes + entry.size > head.maxBytes) {
            manifest.skipped.push_back({m.mailbox, entry.fileName, "changed-size"});
            continue;
        }
        if (parent) {
            // Same message re-flagged: if the bytes are the parent's, keep referring to them.
            const auto base = parent->byBase.find({boxName, m.baseName});
            if (base != parent->byBase.end() && base->second->size == entry.size) {
                auto sum = hashFile(opened->fd, entry.size, buffer, pace);
                if (!sum)
                    return std::unexpected(sum.error());
                if (*sum == base->second->sha256) {
                    entry.sha256 = *sum;
                    entry.storedIn = base->second->storedIn;
                    manifest.messages.push_back(std::move(entry));
                    ++result.referenced;
                    continue;
                }
            }
        }
        const std::uint64_t index = manifest.messages.size();
        if (auto w = sink->addFile(messageMemberName(index), opened->fd, entry.size, entry.mtime, hashes, index, pace);
            !w)
            return std::unexpected(w.error());
        storedBytes += entry.size;
        ++storedCount;
        manifest.messages.push_back(std::move(entry));
    }
    if (cancelled())
        return fail(ErrorCode::Cancelled, "backup cancelled");
    progress.bytesDone = progress.bytesTotal;
    report();
    auto digests = hashes.finish();
    for (std::size_t i = 0; i < manifest.messages.size(); ++i)
        if (manifest.messages[i].sha256.empty())
            manifest.messages[i].sha256 = std::move(digests[i]);
    const std::string manifestText = serializeManifest(manifest);
    if (auto w = sink->addSmall(ManifestMemberName, manifestText, now); !w)
        return std::unexpected(w.error());
    auto archiveBytes = sink->commit();
    if (!archiveBytes)
        return std::unexpected(archiveBytes.error());
    if (auto w = fs::writeFileAtomic(manifestPath(target, manifest.backupId), manifestText, 0600); !w)
        return std::unexpected(w.error());

    CatalogEntry &e = result.entry;
    e.id = manifest.backupId;
    e.account = manifest.account;
    e.created = now;
    e.parent = manifest.parent;
    e.messages = manifest.messages.size();
    e.stored = storedCount;
    e.bytes = storedBytes;
    e.archiveBytes = *archiveBytes;
    e.manifestSha256 = Sha256::hex(manifestText);
    if (auto u = updateCatalog(target, [&](BackupCatalog &c) -> Result<void> {
            c.entries.push_back(e);
            return ok();
        });
        !u)
        return std::unexpected(u.error());
    result.skipped = manifest.skipped;
    return result;
}

} // namespace mailstore::core::archive
