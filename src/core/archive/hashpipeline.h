// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HashPipeline: SHA-256 of a sequence of byte streams on a worker thread, so hashing
// overlaps with reading and (de)compression instead of adding to them. The producer
// hands over copies of its buffers in order (begin, feed..., end per stream); a bounded
// queue keeps memory at a few MiB. Results are collected by key once all is fed.
//
// Thread contract: begin/feed/end/finish from one producer thread only.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mailstore::core::archive {

class HashPipeline {
public:
    explicit HashPipeline(std::size_t maxQueuedChunks = 16);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    void begin(std::uint64_t key);
    void feed(const void *data, std::size_t size);
    void end();
    // Waits until every stream is hashed; key -> lower-case hex SHA-256.
    std::map<std::uint64_t, std::string> finish();

private:
    enum class Kind { Begin, Data, End, Stop };
    struct Item {
        Kind kind;
        std::uint64_t key = 0;
        std::vector<char> data;
    };
    void push(Item item);
    void run();

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Item> m_queue;
    std::vector<std::vector<char>> m_spare; // returned buffers, reused for copies
    std::size_t m_maxQueued;
    std::map<std::uint64_t, std::string> m_results;
    std::uint64_t m_key = 0;
    std::thread m_worker;
    bool m_finished = false;
};

} // namespace mailstore::core::archive
