// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashpipeline.h"

#include "sha256.h"

#include <algorithm>
#include <cstring>

namespace mailstore::core::archive {

namespace {
constexpr std::size_t BatchBytes = 1 << 20;
constexpr std::size_t MinSpace = 64 << 10; // below this, a new batch: reads stay large
} // namespace

HashPipeline::HashPipeline(std::size_t maxBatches)
    : m_maxBatches(std::max<std::size_t>(2, maxBatches))
    , m_worker([this] { run(); })
{
}

HashPipeline::~HashPipeline()
{
    if (!m_finished)
        finish();
}

std::unique_ptr<HashPipeline::Batch> HashPipeline::takeFree()
{
    std::unique_lock lock(m_mutex);
    if (m_free.empty() && m_batches < m_maxBatches) {
        ++m_batches;
        lock.unlock();
        auto b = std::make_unique<Batch>();
        b->data.resize(BatchBytes);
        return b;
    }
    m_freed.wait(lock, [&] { return !m_free.empty(); });
    auto b = std::move(m_free.back());
    m_free.pop_back();
    lock.unlock();
    b->used = 0;
    b->segments.clear();
    b->stop = false;
    return b;
}

// Hands the current batch to the worker; an open stream goes on in the next batch.
void HashPipeline::ship()
{
    if (!m_current)
        return;
    std::uint64_t openKey = 0;
    if (m_open && !m_current->segments.empty())
        openKey = m_current->segments.back().key;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(m_current));
    }
    m_ready.notify_one();
    if (m_open) {
        m_current = takeFree();
        m_current->segments.push_back({openKey, 0, 0, false});
    }
}

void HashPipeline::begin(std::uint64_t key)
{
    if (!m_current)
        m_current = takeFree();
    m_current->segments.push_back({key, m_current->used, m_current->used, false});
    m_open = true;
}

std::span<char> HashPipeline::space()
{
    if (m_current->data.size() - m_current->used < MinSpace)
        ship();
    return {m_current->data.data() + m_current->used, m_current->data.size() - m_current->used};
}

void HashPipeline::commit(std::size_t n)
{
    m_current->used += n;
    m_current->segments.back().end = m_current->used;
}

void HashPipeline::feed(const void *data, std::size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const auto room = space();
        const std::size_t n = std::min(size, room.size());
        std::memcpy(room.data(), p, n);
        commit(n);
        p += n;
        size -= n;
    }
}

void HashPipeline::end()
{
    m_current->segments.back().last = true;
    m_open = false;
    // Most batches end here, between streams: the next begin() needs no carried segment.
    if (m_current->data.size() - m_current->used < MinSpace)
        ship();
}

std::map<std::uint64_t, std::string> HashPipeline::finish()
{
    if (!m_finished) {
        if (m_open)
            end(); // a producer that stopped mid-stream: its partial digest is never asked for
        ship();
        auto stop = std::make_unique<Batch>();
        stop->stop = true;
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(stop));
        }
        m_ready.notify_one();
        m_worker.join();
        m_finished = true;
    }
    return std::move(m_results);
}

void HashPipeline::run()
{
    Sha256 hash;
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return !m_queue.empty(); });
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (batch->stop)
            return;
        for (const Segment &s : batch->segments) {
            hash.update(batch->data.data() + s.begin, s.end - s.begin);
            if (s.last)
                m_results[s.key] = hash.finishHex(); // only this thread touches results until finish()
        }
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(batch));
        }
        m_freed.notify_one();
    }
}

} // namespace mailstore::core::archive
