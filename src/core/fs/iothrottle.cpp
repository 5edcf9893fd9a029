// SPDX-License-Identifier: GPL-3.0-or-later
#include "iothrottle.h"

#include <algorithm>
#include <thread>

namespace mailstore::core::fs {

void IoThrottle::setRate(std::uint64_t bytesPerSecond)
{
    std::lock_guard lock(m_mutex);
    m_rate = bytesPerSecond;
    m_nextFree = Clock::time_point{};
}

bool IoThrottle::consume(std::uint64_t bytes, const std::atomic<bool> *cancel)
{
    m_total += bytes;
    const std::uint64_t rate = m_rate.load();
    if (rate == 0 || bytes == 0)
        return true;
    Clock::time_point until;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        // Time that passed unused is not saved up: max(now, …) forgets it.
        const auto start = std::max(now, m_nextFree);
        const auto cost = std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(double(bytes) / double(rate)));
        m_nextFree = start + cost;
        until = m_nextFree;
    }
    // Short slices, so a cancelled job does not sit out a long wait.
    constexpr auto Slice = std::chrono::milliseconds(100);
    for (auto now = Clock::now(); now < until; now = Clock::now()) {
        if (cancel && cancel->load())
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(until - now, Slice));
    }
    return true;
}

} // namespace mailstore::core::fs
