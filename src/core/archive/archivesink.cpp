// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivesink.h"

#include "../fs/atomicfile.h"
#include "hashpipeline.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace mailstore::core::archive {

Result<ArchiveSink> ArchiveSink::create(const std::filesystem::path &target, const std::string &backupId,
                                        int zstdLevel, unsigned threads)
{
    ArchiveSink sink;
    sink.m_final = target / (backupId + ".tar.zst");
    sink.m_temp = target / ("." + backupId + ".tar.zst.tmp");
    sink.m_fd = ::open(sink.m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (sink.m_fd < 0)
        return failErrno(errno, "create archive", sink.m_temp);
    sink.m_out = std::make_unique<Output>(Output{sink.m_fd, 0, 0});
    sink.m_archive = archive_write_new();
    struct ::archive *a = sink.m_archive;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::string level = std::to_string(zstdLevel), workers = std::to_string(threads);
    if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK || archive_write_add_filter_zstd(a) != ARCHIVE_OK
        || archive_write_set_filter_option(a, "zstd", "compression-level", level.c_str()) != ARCHIVE_OK)
        return sink.libraryError("set up tar + zstd");
    // Multi-threaded compression is a build option of libzstd; without it, one thread.
    if (threads > 1)
        archive_write_set_filter_option(a, "zstd", "threads", workers.c_str());
    // No blocking: each compressed piece (at most ZSTD_CStreamOutSize, 128 KiB) goes to
    // write() at once, while still in the CPU cache. Copying it into a 1 MiB block first
    // and writing that cold cost more than the copy itself (measured: 1 MiB write()s
    // from a cold buffer 2-4x slower than 128 KiB ones on this kernel).
    archive_write_set_bytes_per_block(a, 0);
    if (archive_write_open2(a, sink.m_out.get(), nullptr, &ArchiveSink::writeOut, nullptr, nullptr) != ARCHIVE_OK)
        return sink.libraryError("open archive");
    return sink;
}

la_ssize_t ArchiveSink::writeOut(struct ::archive *a, void *client, const void *data, std::size_t size)
{
    auto *out = static_cast<Output *>(client);
    const char *p = static_cast<const char *>(data);
    std::size_t left = size;
    while (left > 0) {
        const ssize_t n = ::write(out->fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            archive_set_error(a, errno, "write archive: %s", std::strerror(errno));
            return -1;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    out->written += size;
    // Start write-back of what is written so far: the commit's fsync then waits for the
    // last few MiB only, not for the whole archive, and dirty memory stays bounded.
    if (out->written - out->flushed >= WriteBehindBytes) {
        ::sync_file_range(out->fd, static_cast<off_t>(out->flushed), static_cast<off_t>(out->written - out->flushed),
                          SYNC_FILE_RANGE_WRITE);
        out->flushed = out->written;
    }
    return static_cast<la_ssize_t>(size);
}

ArchiveSink::ArchiveSink(ArchiveSink &&o) noexcept
    : m_archive(std::exchange(o.m_archive, nullptr))
    , m_fd(std::exchange(o.m_fd, -1))
    , m_out(std::exchange(o.m_out, {}))
    , m_temp(std::move(o.m_temp))
    , m_final(std::move(o.m_final))
    , m_committed(std::exchange(o.m_committed, true))
{
}

ArchiveSink::~ArchiveSink()
{
    if (m_archive)
        archive_write_free(m_archive); // also closes; its errors no longer matter
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temp.empty())
        ::unlink(m_temp.c_str());
}

std::unexpected<Error> ArchiveSink::libraryError(std::string_view what)
{
    const int err = m_archive ? archive_errno(m_archive) : 0;
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return fail(err > 0 ? errorCodeFromErrno(err) : ErrorCode::Io,
                std::string(what) + ": " + (text ? text : "libarchive error"), m_temp.string());
}

Result<void> ArchiveSink::header(std::string_view name, std::uint64_t size, std::int64_t mtime)
{
    struct archive_entry *e = archive_entry_new();
    const std::string n(name);
    archive_entry_set_pathname(e, n.c_str());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0600);
    archive_entry_set_size(e, static_cast<la_int64_t>(size));
    archive_entry_set_mtime(e, mtime, 0);
    const int r = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (r != ARCHIVE_OK)
        return libraryError("write header of " + n);
    return ok();
}

Result<void> ArchiveSink::addSmall(std::string_view name, std::string_view data, std::int64_t mtime)
{
    if (auto h = header(name, data.size(), mtime); !h)
        return h;
    if (!data.empty() && archive_write_data(m_archive, data.data(), data.size()) != la_ssize_t(data.size()))
        return libraryError("write " + std::string(name));
    return ok();
}

Result<void> ArchiveSink::addFile(const std::string &name, int fd, std::uint64_t size, std::int64_t mtime,
                                  HashPipeline &hashes, std::uint64_t key, const ReadPace &pace)
{
    if (auto h = header(name, size, mtime); !h)
        return h;
    hashes.begin(key);
    // end() on every path, so the pipeline's stream boundaries stay aligned.
    struct EndStream {
        HashPipeline &h;
        ~EndStream() { h.end(); }
    } endStream{hashes};
    // Read straight into the hashing batch: the same bytes are then compressed here and
    // hashed on the worker, with no copy for the hash.
    std::uint64_t done = 0;
    while (done < size) {
        const auto room = hashes.space();
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>({room.size(), size - done, ReadBytes}));
        const ssize_t n = ::read(fd, room.data(), want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failErrno(errno, "read message");
        if (n == 0)
            return fail(ErrorCode::Conflict, "message shrank while it was read (changed in place)");
        hashes.commit(static_cast<std::size_t>(n));
        if (archive_write_data(m_archive, room.data(), static_cast<std::size_t>(n)) != n)
            return libraryError("write " + name);
        done += static_cast<std::uint64_t>(n);
        if (pace.throttle)
            pace.throttle->consume(static_cast<std::uint64_t>(n), pace.cancel);
        if (pace.read)
            pace.read(static_cast<std::uint64_t>(n));
        if (pace.cancel && pace.cancel->load(std::memory_order_relaxed))
            return fail(ErrorCode::Cancelled, "backup cancelled");
    }
    return ok();
}

Result<std::uint64_t> ArchiveSink::commit()
{
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return libraryError("finish archive");
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (::fsync(m_fd) < 0)
        return failErrno(errno, "fsync archive", m_temp);
    struct stat st {};
    if (::fstat(m_fd, &st) < 0)
        return failErrno(errno, "fstat archive", m_temp);
    const int rc = ::close(m_fd);
    m_fd = -1;
    if (rc < 0)
        return failErrno(errno, "close archive", m_temp);
    if (::rename(m_temp.c_str(), m_final.c_str()) < 0)
        return failErrno(errno, "rename archive", m_final);
    m_committed = true;
    if (auto s = fs::syncDirectory(m_final.parent_path()); !s)
        return std::unexpected(s.error());
    return static_cast<std::uint64_t>(st.st_size);
}

} // namespace mailstore::core::archive
