// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivestream.h"

#include "../fs/pathtext.h"
#include "recordtext.h"
#include "sha256.h"
#include "zstdsource.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive {

namespace {

constexpr std::size_t MaxNameBytes = 255;
constexpr std::size_t MaxProblems = 1000; // a flood of bad members is one finding, not a million

struct ArchiveFree {
    void operator()(struct archive *a) const { archive_read_free(a); }
};

struct FdClose {
    int fd;
    ~FdClose() { ::close(fd); }
};

std::string streamErrorText(struct archive *a)
{
    const char *s = archive_error_string(a);
    return s ? s : "unknown libarchive error";
}

ArchiveProblem classifyStreamError(const std::string &text)
{
    // libarchive reports a cut stream as "Truncated tar archive" or "Truncated input file".
    return text.find("runcated") != std::string::npos ? ArchiveProblem::Truncated : ArchiveProblem::BadStream;
}

bool hasControlBytes(std::string_view name)
{
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            return true;
    return false;
}

bool hasDotDot(std::string_view name)
{
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = name.find('/', start);
        const auto part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (part == "..")
            return true;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return false;
}

// The first reason a tar header is not acceptable in a backup, if any.
std::optional<ArchiveProblem> headerProblem(struct archive_entry *e, std::string_view name)
{
    if (name.empty() || name.size() > MaxNameBytes || hasControlBytes(name))
        return ArchiveProblem::BadName;
    if (name.front() == '/')
        return ArchiveProblem::AbsolutePath;
    if (hasDotDot(name))
        return ArchiveProblem::PathTraversal;
    if (archive_entry_hardlink(e) || archive_entry_filetype(e) == AE_IFLNK || archive_entry_symlink(e))
        return ArchiveProblem::Link;
    if (archive_entry_filetype(e) != AE_IFREG || archive_entry_sparse_count(e) > 0)
        return ArchiveProblem::SpecialFile;
    if (archive_entry_perm(e) & 07000)
        return ArchiveProblem::BadMode;
    return std::nullopt;
}

// Reads a small member whole (head, manifest); nullopt when it is above `cap` or the
// stream fails (problem recorded by the caller from archive_errno).
std::optional<std::string> readSmallMember(struct archive *a, std::uint64_t size, std::uint64_t cap)
{
    if (size > cap)
        return std::nullopt;
    std::string out(static_cast<std::size_t>(size), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const la_ssize_t n = archive_read_data(a, out.data() + got, out.size() - got);
        if (n <= 0)
            return std::nullopt;
        got += static_cast<std::size_t>(n);
    }
    return out;
}

} // namespace

Result<ArchiveScan> readArchive(const std::filesystem::path &archivePath, MemberVisitor &visitor, ReadHooks *hooks)
{
    const int fd = ::open(archivePath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return failErrno(errno, "open archive", archivePath);
    FdClose closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) < 0)
        return failErrno(errno, "fstat archive", archivePath);
    if (!S_ISREG(st.st_mode))
        return fail(ErrorCode::Unsupported, "not a regular file", archivePath.string());
    ::fcntl(fd, F_SETFL, O_RDONLY); // back to blocking reads
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    std::unique_ptr<struct archive, ArchiveFree> holder(archive_read_new());
    struct archive *a = holder.get();
    // Only what the format uses: a gzip or xz member stream, a zip or cpio is not ours.
    // The zstd stream is inflated by ZstdSource on its own thread, beside this one.
    archive_read_support_format_tar(a);
    ZstdSource source(fd, hooks);

    ArchiveScan scan;
    const std::string fileName = archivePath.filename().string();
    auto problem = [&](ArchiveProblem p, std::string_view member, std::string detail) {
        scan.problems.push_back({p, fs::escapeForDisplay(member), std::move(detail)});
    };
    if (source.open(a) != ARCHIVE_OK) {
        const std::string text = streamErrorText(a);
        problem(classifyStreamError(text), fileName, text);
        return scan;
    }

    std::uint64_t messageMembers = 0, messageBytes = 0;
    bool manifestSeen = false;
    std::string lastMember;
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF) {
            scan.complete = true;
            if (!scan.head) // an empty tar is no backup
                problem(ArchiveProblem::HeadMissing, fileName, "the archive has no members");
            break;
        }
        if (r < ARCHIVE_WARN) {
            const std::string text = streamErrorText(a);
            problem(classifyStreamError(text), lastMember.empty() ? fileName : "after " + lastMember, text);
            break;
        }
        ++scan.members;
        const char *rawName = archive_entry_pathname(entry);
        const std::string name = rawName ? rawName : "";
        lastMember = fs::escapeForDisplay(name);
        const std::uint64_t size = archive_entry_size_is_set(entry) && archive_entry_size(entry) > 0
            ? static_cast<std::uint64_t>(archive_entry_size(entry))
            : 0;

        if (!scan.head) {
            // The head comes first; without its bounds nothing else is read.
            if (name != HeadMemberName || headerProblem(entry, name)) {
                problem(ArchiveProblem::HeadMissing, name, "first member is not " + std::string(HeadMemberName));
                break;
            }
            auto text = readSmallMember(a, size, HeadMaxBytes);
            if (!text) {
                problem(ArchiveProblem::HeadCorrupt, name, "head unreadable or above its size limit");
                break;
            }
            auto head = parseHead(*text);
            if (!head) {
                problem(head.error().code == ErrorCode::Unsupported ? ArchiveProblem::UnsupportedVersion
                                                                    : ArchiveProblem::HeadCorrupt,
                        name, head.error().detail);
                break;
            }
            scan.head = std::move(*head);
            continue;
        }
        const BackupHead &head = *scan.head;
        auto refuse = [&](ArchiveProblem p, std::string detail) -> bool {
            problem(p, name, std::move(detail));
            // Skipping means inflating; above the bounds, stop instead (decompression bomb).
            if (size > head.maxMemberBytes && size > ManifestMaxBytes) {
                problem(ArchiveProblem::Oversized, name, "declares " + std::to_string(size) + " bytes; not read");
                return false;
            }
            return archive_read_data_skip(a) == ARCHIVE_OK;
        };
        if (scan.problems.size() >= MaxProblems) {
            problem(ArchiveProblem::TooManyMembers, name, "too many bad members; reading stopped");
            break;
        }
        if (manifestSeen) {
            if (!refuse(ArchiveProblem::ExtraMember, "member after the manifest"))
                break;
            continue;
        }
        if (auto p = headerProblem(entry, name)) {
            if (!refuse(*p, "refused tar header"))
                break;
            continue;
        }
        if (name == ManifestMemberName) {
            manifestSeen = true;
            auto text = readSmallMember(a, size, ManifestMaxBytes);
            if (!text) {
                problem(size > ManifestMaxBytes ? ArchiveProblem::Oversized : ArchiveProblem::ManifestCorrupt, name,
                        "manifest unreadable or above its size limit");
                break;
            }
            scan.bytesRead += text->size();
            scan.manifestSha256 = Sha256::hex(*text);
            auto manifest = parseManifest(*text);
            if (!manifest) {
                problem(manifest.error().code == ErrorCode::Unsupported ? ArchiveProblem::UnsupportedVersion
                                                                        : ArchiveProblem::ManifestCorrupt,
                        name, manifest.error().detail);
                continue;
            }
            if (manifest->backupId != head.backupId || manifest->account != head.account
                || manifest->parent != head.parent || manifest->created != head.created) {
                problem(ArchiveProblem::ManifestCorrupt, name, "manifest and head name different backups");
                continue;
            }
            scan.manifest = std::move(*manifest);
            continue;
        }
        const auto ordinal = name.starts_with("m/") ? parseDecimal(std::string_view(name).substr(2)) : std::nullopt;
        if (!ordinal || *ordinal == 0) {
            if (!refuse(name == HeadMemberName ? ArchiveProblem::DuplicateMember : ArchiveProblem::BadName,
                        "not a member name of the format"))
                break;
            continue;
        }
        // Before counting: a duplicate is named as such, not as one member too many.
        if (scan.messages.contains(*ordinal)) {
            if (!refuse(ArchiveProblem::DuplicateMember, "second member with this name"))
                break;
            continue;
        }
        if (++messageMembers > head.maxMembers) {
            problem(ArchiveProblem::TooManyMembers, name,
                    "head declares at most " + std::to_string(head.maxMembers) + " messages; reading stopped");
            break;
        }
        if (size > head.maxMemberBytes || messageBytes + size > head.maxBytes) {
            problem(ArchiveProblem::Oversized, name,
                    "declares " + std::to_string(size) + " bytes, above the head's bounds; not read");
            break;
        }
        messageBytes += size;
        const MemberAction action = visitor.begin(*ordinal, size);
        if (action == MemberAction::Stop) {
            scan.stopped = true;
            break;
        }
        if (action == MemberAction::Skip) {
            if (archive_read_data_skip(a) != ARCHIVE_OK) {
                const std::string text = streamErrorText(a);
                problem(classifyStreamError(text), name, text);
                break;
            }
            scan.messages[*ordinal] = SeenMember{size, {}};
            continue;
        }
        // libarchive hands out exactly the header's size, so the read stops at the
        // declared size by construction.
        std::uint64_t got = 0;
        bool failed = false;
        for (;;) {
            const void *block = nullptr;
            std::size_t blockSize = 0;
            la_int64_t offset = 0;
            const int rc = archive_read_data_block(a, &block, &blockSize, &offset);
            if (rc == ARCHIVE_EOF)
                break;
            if (rc < ARCHIVE_WARN || offset != static_cast<la_int64_t>(got)) {
                const std::string text = rc < ARCHIVE_WARN ? streamErrorText(a) : "member has holes";
                problem(classifyStreamError(text), name, text);
                failed = true;
                break;
            }
            got += blockSize;
            if (!visitor.block(block, blockSize)) {
                scan.stopped = true;
                failed = true;
                break;
            }
        }
        visitor.end(*ordinal, got, !failed);
        scan.bytesRead += got;
        if (failed)
            break;
        scan.messages[*ordinal] = SeenMember{got, {}};
    }
    return scan;
}

} // namespace mailstore::core::archive
