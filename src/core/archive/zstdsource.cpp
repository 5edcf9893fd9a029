// SPDX-License-Identifier: GPL-3.0-or-later
#include "zstdsource.h"

#include "../fs/iothrottle.h"
#include "archivestream.h"

#include <archive.h>
#include <zstd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <utility>
#include <unistd.h>

namespace mailstore::core::archive {

namespace {
// Blocks of 256 KiB, still in a shared cache when the reader hashes them. A sleeping
// side is woken only once a batch of blocks is ready for it (2 MiB), not per block: on
// a busy two-core VM each wake-up cost about half a millisecond, so one per block made
// verify take twice its CPU time in wall time.
constexpr std::size_t BlockBytes = 256 << 10;
constexpr std::size_t Blocks = 24;
constexpr std::size_t WakeBatch = 8;
constexpr std::size_t InputBytes = 1 << 20;

// Before sleeping on a condition variable, wait a little in a busy loop: when both
// threads run, the other side usually delivers within microseconds, and a sleep and
// wake-up costs far more on a VM. Short, so a spinner never eats much of the time of
// the thread it waits for when both share one core.
template <class Ready> void spinBriefly(Ready ready)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
    while (!ready()) {
        if (std::chrono::steady_clock::now() > until)
            return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
}

struct DCtxFree {
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};
} // namespace

ZstdSource::ZstdSource(int fd, ReadHooks *hooks) : m_fd(fd), m_hooks(hooks)
{
    for (std::size_t i = 0; i < Blocks; ++i) {
        m_blocks.push_back(std::make_unique<Block>());
        m_blocks.back()->data.resize(BlockBytes);
        m_free.push_back(m_blocks.back().get());
    }
    m_freeCount.store(m_free.size());
}

ZstdSource::~ZstdSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_doneFlag.store(true, std::memory_order_relaxed);
    }
    m_freed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int ZstdSource::open(struct archive *a)
{
    m_thread = std::thread([this] { run(); });
    return archive_read_open(a, this, nullptr, &ZstdSource::readCallback, nullptr);
}

long ZstdSource::readCallback(struct archive *a, void *self, const void **buffer)
{
    auto *s = static_cast<ZstdSource *>(self);
    std::unique_lock lock(s->m_mutex);
    if (s->m_held) {
        // libarchive is done with the block it had: it only reads a buffer until the
        // next read call.
        s->m_free.push_back(std::exchange(s->m_held, nullptr));
        s->m_freeCount.store(s->m_free.size(), std::memory_order_relaxed);
        if (s->m_free.size() >= WakeBatch)
            s->m_freed.notify_one();
    }
    if (s->m_full.empty() && !s->m_done) {
        lock.unlock();
        spinBriefly([s] {
            return s->m_fullCount.load(std::memory_order_relaxed) > 0 || s->m_doneFlag.load(std::memory_order_relaxed);
        });
        lock.lock();
    }
    s->m_ready.wait(lock, [s] { return !s->m_full.empty() || s->m_done; });
    if (!s->m_full.empty()) {
        s->m_held = s->m_full.front();
        s->m_full.pop_front();
        s->m_fullCount.store(s->m_full.size(), std::memory_order_relaxed);
        *buffer = s->m_held->data.data();
        return static_cast<long>(s->m_held->size);
    }
    if (!s->m_error.empty()) {
        archive_set_error(a, EIO, "%s", s->m_error.c_str());
        return -1;
    }
    return 0;
}

ZstdSource::Block *ZstdSource::takeFree()
{
    std::unique_lock lock(m_mutex);
    if (m_free.empty() && !m_stop) {
        lock.unlock();
        spinBriefly([this] {
            return m_freeCount.load(std::memory_order_relaxed) > 0 || m_doneFlag.load(std::memory_order_relaxed);
        });
        lock.lock();
    }
    m_freed.wait(lock, [this] { return !m_free.empty() || m_stop; });
    if (m_stop)
        return nullptr;
    Block *b = m_free.back();
    m_free.pop_back();
    m_freeCount.store(m_free.size(), std::memory_order_relaxed);
    return b;
}

void ZstdSource::push(Block *b)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(b);
        m_fullCount.store(m_full.size(), std::memory_order_relaxed);
        // With every block full the producer is about to wait: always wake the reader.
        wake = m_full.size() >= WakeBatch || m_free.empty();
    }
    if (wake)
        m_ready.notify_one();
}

void ZstdSource::finish(std::string error)
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_doneFlag.store(true, std::memory_order_relaxed);
        m_error = std::move(error);
    }
    m_ready.notify_one();
}

void ZstdSource::run()
{
    std::unique_ptr<ZSTD_DCtx, DCtxFree> dctx(ZSTD_createDCtx());
    if (!dctx)
        return finish("Zstd decompression failed: out of memory");
    std::vector<char> input(InputBytes);
    ZSTD_inBuffer in{input.data(), 0, 0};
    Block *out = takeFree();
    if (!out)
        return;
    out->size = 0;
    bool eof = false, sawInput = false;
    std::size_t hint = 0; // 0: between frames
    for (;;) {
        if (in.pos == in.size && !eof) {
            const ssize_t n = ::read(m_fd, input.data(), input.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return finish(std::string("read archive: ") + std::strerror(errno));
            if (m_hooks && n > 0) {
                // Paid as read, here where the disk is read, so the cap holds within an archive.
                m_hooks->fileBytes.fetch_add(static_cast<std::uint64_t>(n), std::memory_order_relaxed);
                if (m_hooks->throttle)
                    m_hooks->throttle->consume(static_cast<std::uint64_t>(n), m_hooks->cancel);
                if (m_hooks->cancel && m_hooks->cancel->load(std::memory_order_relaxed))
                    return finish("read archive: cancelled");
            }
            eof = n == 0;
            sawInput = sawInput || n > 0;
            in = {input.data(), static_cast<std::size_t>(n), 0};
        }
        ZSTD_outBuffer o{out->data.data(), out->data.size(), out->size};
        const std::size_t before = o.pos;
        hint = ZSTD_decompressStream(dctx.get(), &o, &in);
        if (ZSTD_isError(hint))
            return finish(std::string("Zstd decompression failed: ") + ZSTD_getErrorName(hint));
        out->size = o.pos;
        if (out->size == out->data.size()) {
            push(out);
            if (!(out = takeFree()))
                return;
            out->size = 0;
            continue;
        }
        // At the end of the input and nothing more came out: all is inflated.
        if (eof && in.pos == in.size && o.pos == before)
            break;
    }
    if (out->size > 0)
        push(out);
    else {
        std::lock_guard lock(m_mutex);
        m_free.push_back(out);
    }
    if (!sawInput)
        return finish("empty file: not a zstd stream");
    if (hint != 0)
        return finish("Truncated zstd stream: the file ends inside a frame");
    finish({});
}

} // namespace mailstore::core::archive
