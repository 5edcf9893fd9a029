// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArchiveSink: the tar + zstd stream of one backup being written, through libarchive
// (pax format, zstd filter at the given level, compression threads if the library has
// them). Written under a temp name in the target folder; commit() flushes, fsyncs,
// renames to <id>.tar.zst and fsyncs the folder. Destroyed without commit(), the temp
// file is removed: an interrupted backup leaves nothing that looks like a backup.

#include "../fs/iothrottle.h"
#include "../result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct archive;

namespace mailstore::core::archive {

class HashPipeline;

// How addFile paces its reads: each read() pays into the throttle as it happens (so one
// big message cannot burst over the cap), then the cancel flag is checked. `read` hears
// of every read (256 KiB at most, so the call costs nothing next to the read itself).
struct ReadPace {
    fs::IoThrottle *throttle = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(std::uint64_t bytes)> read;
};

class ArchiveSink {
public:
    static Result<ArchiveSink> create(const std::filesystem::path &target, const std::string &backupId, int zstdLevel,
                                      unsigned threads);
    ArchiveSink(ArchiveSink &&other) noexcept;
    ArchiveSink &operator=(ArchiveSink &&) = delete;
    ~ArchiveSink();

    Result<void> addSmall(std::string_view name, std::string_view data, std::int64_t mtime);
    // Streams exactly `size` bytes of fd into a member and into `hashes` under `key`.
    // Conflict when the file is shorter than `size` (changed in place while read);
    // Cancelled when pace.cancel is set between reads.
    Result<void> addFile(const std::string &name, int fd, std::uint64_t size, std::int64_t mtime, HashPipeline &hashes,
                         std::uint64_t key, const ReadPace &pace = {});
    // Finishes the archive durably; returns its size in bytes.
    Result<std::uint64_t> commit();

private:
    ArchiveSink() = default;
    Result<void> header(std::string_view name, std::uint64_t size, std::int64_t mtime);
    std::unexpected<Error> libraryError(std::string_view what);
    // Where libarchive's output goes: the temp file, with write-behind.
    struct Output {
        int fd = -1;
        std::uint64_t written = 0, flushed = 0;
    };
    static long writeOut(struct ::archive *a, void *client, const void *data, std::size_t size);
    static constexpr std::uint64_t WriteBehindBytes = 8 << 20;
    static constexpr std::uint64_t ReadBytes = 256 << 10; // per read(): stays in cache until compressed

    struct ::archive *m_archive = nullptr;
    int m_fd = -1;
    std::unique_ptr<Output> m_out; // stable address for libarchive's callback
    std::filesystem::path m_temp;
    std::filesystem::path m_final;
    bool m_committed = false;
};

} // namespace mailstore::core::archive
