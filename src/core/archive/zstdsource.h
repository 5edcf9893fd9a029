// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ZstdSource: inflates a backup's zstd stream on its own thread and hands the plain tar
// bytes to libarchive as its input (archive_read_open callbacks, tar format only). The
// reader's own thread is then free for what comes after inflating: parsing and checking
// tar headers and the visitor's work (hashing for verify; hashing and writing for a
// restore). With libarchive's zstd filter both ran one after the other on one thread,
// which made verify about half as fast as `zstd -dc` alone on two cores.
//
// Stream errors reach libarchive as a failed read with a message: "Truncated zstd
// stream" when the file ends inside a frame, "Zstd decompression failed: <reason>" for
// anything that is not a valid zstd stream (wrong magic, damaged block, trailing bytes)
// and "empty file: not a zstd stream". The reader classifies them by these texts.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct archive;

namespace mailstore::core::archive {

struct ReadHooks;

class ZstdSource {
public:
    // fd stays owned by the caller and must outlive this; so do the hooks, if any.
    explicit ZstdSource(int fd, ReadHooks *hooks = nullptr);
    ~ZstdSource();               // stops the inflating thread
    ZstdSource(const ZstdSource &) = delete;
    ZstdSource &operator=(const ZstdSource &) = delete;

    // Starts inflating and opens `a` (formats already chosen) on the plain stream;
    // returns what archive_read_open returns.
    int open(struct archive *a);

private:
    struct Block {
        std::vector<char> data;
        std::size_t size = 0;
    };
    static long readCallback(struct archive *a, void *self, const void **buffer);
    void run();
    Block *takeFree();  // nullptr when stopping
    void push(Block *b);
    void finish(std::string error);

    int m_fd;
    ReadHooks *m_hooks;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::mutex m_mutex;
    std::condition_variable m_ready; // a full block or the end
    std::condition_variable m_freed; // a block back from libarchive, or stop
    std::deque<Block *> m_full;
    std::vector<Block *> m_free;
    Block *m_held = nullptr; // the block libarchive reads now; free again at its next read
    bool m_done = false, m_stop = false;
    // Mirrors of the above for the lock-free spin before a sleep.
    std::atomic<std::size_t> m_fullCount{0}, m_freeCount{0};
    std::atomic<bool> m_doneFlag{false};
    std::string m_error;
    std::thread m_thread;
};

} // namespace mailstore::core::archive
