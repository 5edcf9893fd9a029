// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HashPipeline: SHA-256 of a sequence of byte streams on a worker thread, so hashing
// overlaps with reading and (de)compression instead of adding to them.
//
// The producer fills batches of about 1 MiB: either it reads straight into space() and
// commit()s what it read (no copy at all: the same bytes then go on to the compressor),
// or it feed()s bytes it already has (one copy). Stream boundaries (begin/end) are only
// marks inside the batch, so the thousands of small messages of a mailbox cost one
// hand-over per MiB, not three per message. A bounded pool of batches keeps memory at a
// few MiB and makes a producer that outruns the hasher wait.
//
// Thread contract: every call from one producer thread only.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace mailstore::core::archive {

class HashPipeline {
public:
    explicit HashPipeline(std::size_t maxBatches = 8);
    ~HashPipeline();
    HashPipeline(const HashPipeline &) = delete;
    HashPipeline &operator=(const HashPipeline &) = delete;

    void begin(std::uint64_t key);
    // Writable room for the current stream (at least 64 KiB). Valid until the next call.
    std::span<char> space();
    // The first n bytes of space() are the stream's next bytes.
    void commit(std::size_t n);
    void feed(const void *data, std::size_t size);
    void end();
    // Waits until every stream is hashed; key -> lower-case hex SHA-256.
    std::map<std::uint64_t, std::string> finish();

private:
    struct Segment {
        std::uint64_t key;
        std::size_t begin, end;
        bool last; // the stream ends in this segment
    };
    struct Batch {
        std::vector<char> data;
        std::size_t used = 0;
        std::vector<Segment> segments;
        bool stop = false;
    };
    void ship();
    std::unique_ptr<Batch> takeFree();
    void run();

    std::mutex m_mutex;
    std::condition_variable m_ready; // a batch to hash
    std::condition_variable m_freed; // a batch back in the pool
    std::deque<std::unique_ptr<Batch>> m_queue;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::size_t m_batches = 0, m_maxBatches;
    std::unique_ptr<Batch> m_current;
    bool m_open = false; // a stream is between begin() and end()
    std::map<std::uint64_t, std::string> m_results;
    std::thread m_worker;
    bool m_finished = false;
};

} // namespace mailstore::core::archive
