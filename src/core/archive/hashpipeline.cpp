// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashpipeline.h"

#include "sha256.h"

#include <algorithm>
#include <cstring>

namespace mailstore::core::archive {

namespace {
constexpr std::size_t ChunkBytes = 1 << 20;
}

HashPipeline::HashPipeline(std::size_t maxQueuedChunks)
    : m_maxQueued(std::max<std::size_t>(2, maxQueuedChunks))
    , m_worker([this] { run(); })
{
}

HashPipeline::~HashPipeline()
{
    if (!m_finished)
        finish();
}

void HashPipeline::push(Item item)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < m_maxQueued; });
    const bool wasEmpty = m_queue.empty();
    m_queue.push_back(std::move(item));
    lock.unlock();
    // Only an empty queue can have the worker waiting: fewer wake-ups (futex calls) for
    // the many small messages of a mailbox.
    if (wasEmpty)
        m_ready.notify_one();
}

void HashPipeline::begin(std::uint64_t key) { push({Kind::Begin, key, {}}); }

void HashPipeline::feed(const void *data, std::size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const std::size_t n = std::min(size, ChunkBytes);
        std::vector<char> chunk;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                chunk = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        chunk.assign(p, p + n);
        push({Kind::Data, 0, std::move(chunk)});
        p += n;
        size -= n;
    }
}

void HashPipeline::end() { push({Kind::End, 0, {}}); }

std::map<std::uint64_t, std::string> HashPipeline::finish()
{
    if (!m_finished) {
        push({Kind::Stop, 0, {}});
        m_worker.join();
        m_finished = true;
    }
    return std::move(m_results);
}

void HashPipeline::run()
{
    Sha256 hash;
    for (;;) {
        Item item;
        bool wasFull = false;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return !m_queue.empty(); });
            wasFull = m_queue.size() >= m_maxQueued;
            item = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (wasFull) // only a full queue can have the producer waiting
            m_space.notify_one();
        switch (item.kind) {
        case Kind::Begin:
            m_key = item.key;
            break;
        case Kind::Data: {
            hash.update(item.data.data(), item.data.size());
            std::lock_guard lock(m_mutex);
            if (m_spare.size() < m_maxQueued)
                m_spare.push_back(std::move(item.data));
            break;
        }
        case Kind::End:
            m_results[m_key] = hash.finishHex(); // only this thread touches results until finish()
            break;
        case Kind::Stop:
            return;
        }
    }
}

} // namespace mailstore::core::archive
