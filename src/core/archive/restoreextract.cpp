// SPDX-License-Identifier: GPL-3.0-or-later
// extractMessage: one message of a backup as a file (offline .eml), checked against the
// manifest before it appears under its name.
#include "../fs/atomicfile.h"
#include "archivestream.h"
#include "backupcatalog.h"
#include "restore.h"
#include "sha256.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive {

namespace {

class ExtractVisitor final : public MemberVisitor {
public:
    ExtractVisitor(std::uint64_t ordinal, int fd) : m_ordinal(ordinal), m_fd(fd) {}
    std::optional<Error> error;
    bool found = false, complete = false;
    std::uint64_t bytes = 0;
    std::string sha256;

    MemberAction begin(std::uint64_t ordinal, std::uint64_t) override
    {
        if (found)
            return MemberAction::Stop;
        if (ordinal != m_ordinal)
            return MemberAction::Skip;
        found = true;
        return MemberAction::Read;
    }
    bool block(const void *data, std::size_t size) override
    {
        m_sha.update(data, size);
        bytes += size;
        if (auto w = fs::writeAll(m_fd, std::string_view(static_cast<const char *>(data), size)); !w) {
            error = w.error();
            return false;
        }
        return true;
    }
    void end(std::uint64_t, std::uint64_t, bool ok) override
    {
        complete = ok;
        sha256 = m_sha.finishHex();
    }

private:
    std::uint64_t m_ordinal;
    int m_fd;
    Sha256 m_sha;
};

} // namespace

Result<void> extractMessage(const std::filesystem::path &target, std::string_view backupId, std::size_t messageIndex,
                            const std::filesystem::path &out)
{
    auto manifest = readBackupManifest(target, backupId);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (messageIndex >= manifest->messages.size())
        return fail(ErrorCode::NotFound, "backup " + std::string(backupId) + " has " +
                                             std::to_string(manifest->messages.size()) + " messages");
    const ManifestMessage msg = manifest->messages[messageIndex];
    std::uint64_t ordinal = messageIndex + 1;
    if (msg.storedIn != backupId) {
        // Stored in an ancestor: its member number is the ancestor's own.
        auto ancestor = readBackupManifest(target, msg.storedIn);
        if (!ancestor)
            return std::unexpected(ancestor.error());
        ordinal = 0;
        for (std::size_t i = 0; i < ancestor->messages.size() && !ordinal; ++i) {
            const auto &a = ancestor->messages[i];
            if (a.storedIn == msg.storedIn && a.size == msg.size && a.sha256 == msg.sha256)
                ordinal = i + 1;
        }
        if (!ordinal)
            return fail(ErrorCode::Corrupted, msg.storedIn + " does not store the content of " + msg.fileName);
    }
    const auto temp = out.parent_path() / ("." + out.filename().string() + ".extract-tmp");
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failErrno(errno, "create", temp);
    ExtractVisitor visitor(ordinal, fd);
    auto scan = readArchive(archivePath(target, msg.storedIn), visitor);
    const auto abandon = [&](Error e) -> Result<void> {
        ::close(fd);
        ::unlink(temp.c_str());
        return std::unexpected(std::move(e));
    };
    if (!scan)
        return abandon(scan.error());
    if (visitor.error)
        return abandon(*visitor.error);
    if (!visitor.found)
        return abandon(Error{ErrorCode::Corrupted, "the archive of " + msg.storedIn + " has no member for " + msg.fileName,
                             archivePath(target, msg.storedIn).string()});
    if (!visitor.complete || visitor.bytes != msg.size || visitor.sha256 != msg.sha256)
        return abandon(Error{ErrorCode::Corrupted, "the stored bytes of " + msg.fileName + " fail their checksum",
                             archivePath(target, msg.storedIn).string()});
    const struct timespec times[2] = {{msg.mtime, 0}, {msg.mtime, 0}};
    ::futimens(fd, times);
    if (::fsync(fd) < 0)
        return abandon(failErrno(errno, "fsync", temp).error());
    if (::close(fd) < 0) {
        ::unlink(temp.c_str());
        return failErrno(errno, "close", temp);
    }
    if (::rename(temp.c_str(), out.c_str()) < 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return failErrno(err, "rename", out);
    }
    return fs::syncDirectory(out.parent_path().empty() ? std::filesystem::path(".") : out.parent_path());
}

} // namespace mailstore::core::archive
