// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IoThrottle: the host's read budget in bytes per second, shared by every job that reads
// the store in bulk (deep index verify, later backups), so the tool never becomes the
// load that breaks a degraded disk. Callers read a chunk, then pay for it with
// consume(): the call sleeps until the chunk fits the rate. Paying after the read (and
// never crediting idle time) means there is no burst: N bytes never take less than
// N / rate seconds from the first consume(). Thread-safe; rate 0 = no cap.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace mailstore::core::fs {

class IoThrottle {
public:
    explicit IoThrottle(std::uint64_t bytesPerSecond = 0) : m_rate(bytesPerSecond) {}

    std::uint64_t rate() const { return m_rate.load(); }
    void setRate(std::uint64_t bytesPerSecond);

    // Accounts `bytes` just read and sleeps until they fit the rate. Returns early (false)
    // when *cancel becomes true while it waits; true otherwise.
    bool consume(std::uint64_t bytes, const std::atomic<bool> *cancel = nullptr);

    // Bytes paid for so far by every caller (for "current use" figures).
    std::uint64_t totalBytes() const { return m_total.load(); }

private:
    using Clock = std::chrono::steady_clock;
    std::atomic<std::uint64_t> m_rate;
    std::atomic<std::uint64_t> m_total{0};
    std::mutex m_mutex;
    Clock::time_point m_nextFree{}; // when the budget is paid up
};

} // namespace mailstore::core::fs
