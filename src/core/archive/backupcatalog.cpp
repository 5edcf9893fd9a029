// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalog.h"

#include "../dovecot/filebytes.h"
#include "../fs/atomicfile.h"
#include "manifest.h"
#include "recordtext.h"
#include "sha256.h"

#include <cerrno>
#include <fcntl.h>
#include <set>
#include <sys/file.h>
#include <unistd.h>

namespace mailstore::core::archive {

namespace {

std::unexpected<Error> bad(std::string what) { return fail(ErrorCode::Corrupted, std::move(what)); }

// Holds an exclusive flock on <target>/.backup-catalog.lock for its lifetime.
class CatalogLock {
public:
    static Result<CatalogLock> take(const std::filesystem::path &target)
    {
        const auto path = target / ".backup-catalog.lock";
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return failErrno(errno, "open catalog lock", path);
        while (::flock(fd, LOCK_EX) < 0) {
            if (errno != EINTR) {
                const int err = errno;
                ::close(fd);
                return failErrno(err, "lock catalog", path);
            }
        }
        return CatalogLock(fd);
    }
    CatalogLock(CatalogLock &&o) noexcept : m_fd(std::exchange(o.m_fd, -1)) {}
    ~CatalogLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
    }

private:
    explicit CatalogLock(int fd) : m_fd(fd) {}
    int m_fd;
};

} // namespace

std::string_view verifyStateName(VerifyState state)
{
    switch (state) {
    case VerifyState::Good: return "good";
    case VerifyState::Corrupt: return "corrupt";
    case VerifyState::Never: break;
    }
    return "never";
}

const CatalogEntry *BackupCatalog::find(std::string_view id) const
{
    for (const auto &e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

CatalogEntry *BackupCatalog::find(std::string_view id)
{
    return const_cast<CatalogEntry *>(std::as_const(*this).find(id));
}

const CatalogEntry *BackupCatalog::latestFor(std::string_view account) const
{
    const CatalogEntry *best = nullptr;
    for (const auto &e : entries)
        if (e.account == account && (!best || e.created >= best->created))
            best = &e;
    return best;
}

Result<std::vector<const CatalogEntry *>> BackupCatalog::chain(std::string_view id) const
{
    std::vector<const CatalogEntry *> out;
    const CatalogEntry *e = find(id);
    if (!e)
        return fail(ErrorCode::NotFound, "backup " + std::string(id) + " is not in the catalog");
    std::set<std::string> seen;
    while (e) {
        if (!seen.insert(e->id).second)
            return bad("backup chain of " + std::string(id) + " loops at " + e->id);
        if (!out.empty() && e->account != out.front()->account)
            return bad("parent " + e->id + " belongs to another account");
        out.push_back(e);
        if (e->parent.empty())
            break;
        const CatalogEntry *parent = find(e->parent);
        if (!parent)
            return bad("parent " + e->parent + " of " + e->id + " is not in the catalog");
        e = parent;
    }
    return out;
}

std::filesystem::path archivePath(const std::filesystem::path &target, std::string_view id)
{
    return target / (std::string(id) + ".tar.zst");
}

std::filesystem::path manifestPath(const std::filesystem::path &target, std::string_view id)
{
    return target / (std::string(id) + ".manifest");
}

std::string serializeCatalog(const BackupCatalog &catalog)
{
    RecordWriter w(CatalogMagic, CatalogVersion);
    for (const auto &e : catalog.entries) {
        const std::string created = std::to_string(e.created), messages = std::to_string(e.messages),
                          stored = std::to_string(e.stored), bytes = std::to_string(e.bytes),
                          archiveBytes = std::to_string(e.archiveBytes), verified = std::to_string(e.lastVerified);
        w.add({"backup", e.id, e.account, created, e.parent.empty() ? std::string_view("-") : e.parent, messages,
               stored, bytes, archiveBytes, e.manifestSha256, verified, verifyStateName(e.verifyState)});
    }
    return w.finish();
}

Result<BackupCatalog> parseCatalog(std::string_view text)
{
    auto file = parseRecordFile(text, CatalogMagic, CatalogVersion, CatalogMaxBytes);
    if (!file)
        return std::unexpected(file.error());
    BackupCatalog c;
    std::set<std::string> ids;
    for (const auto &r : file->records) {
        if (r[0] != "backup" || r.size() != 12)
            return bad("unknown record or wrong field count: '" + r[0] + "'");
        CatalogEntry e;
        e.id = r[1];
        e.account = r[2];
        const auto created = parseDecimal(r[3], INT64_MAX), messages = parseDecimal(r[5]), stored = parseDecimal(r[6]),
                   bytes = parseDecimal(r[7]), archiveBytes = parseDecimal(r[8]),
                   verified = parseDecimal(r[10], INT64_MAX);
        if (!isValidBackupId(e.id) || e.account.empty() || !created || !messages || !stored || !bytes
            || !archiveBytes || !verified || !isSha256Hex(r[9]) || (r[4] != "-" && !isValidBackupId(r[4])))
            return bad("bad value in the entry of '" + e.id + "'");
        if (!ids.insert(e.id).second)
            return bad("backup " + e.id + " listed twice");
        e.parent = r[4] == "-" ? std::string() : r[4];
        if (e.parent == e.id)
            return bad("backup " + e.id + " is its own parent");
        e.created = static_cast<std::int64_t>(*created);
        e.messages = *messages;
        e.stored = *stored;
        e.bytes = *bytes;
        e.archiveBytes = *archiveBytes;
        e.manifestSha256 = r[9];
        e.lastVerified = static_cast<std::int64_t>(*verified);
        if (r[11] == "never")
            e.verifyState = VerifyState::Never;
        else if (r[11] == "good")
            e.verifyState = VerifyState::Good;
        else if (r[11] == "corrupt")
            e.verifyState = VerifyState::Corrupt;
        else
            return bad("bad verify state of '" + e.id + "'");
        if ((e.verifyState == VerifyState::Never) != (e.lastVerified == 0))
            return bad("verify time and state of '" + e.id + "' disagree");
        c.entries.push_back(std::move(e));
    }
    return c;
}

Result<BackupCatalog> readCatalog(const std::filesystem::path &target)
{
    auto text = dovecot::detail::readWholeFile(target / CatalogFileName, CatalogMaxBytes);
    if (!text) {
        if (text.error().code == ErrorCode::NotFound)
            return BackupCatalog{};
        return std::unexpected(text.error());
    }
    auto c = parseCatalog(*text);
    if (!c) {
        auto e = c.error();
        e.path = (target / CatalogFileName).string();
        return std::unexpected(std::move(e));
    }
    return c;
}

Result<void> updateCatalog(const std::filesystem::path &target,
                           const std::function<Result<void>(BackupCatalog &)> &change)
{
    auto lock = CatalogLock::take(target);
    if (!lock)
        return std::unexpected(lock.error());
    auto catalog = readCatalog(target);
    if (!catalog)
        return std::unexpected(catalog.error());
    if (auto r = change(*catalog); !r)
        return r;
    return fs::writeFileAtomic(target / CatalogFileName, serializeCatalog(*catalog), 0600);
}

} // namespace mailstore::core::archive
