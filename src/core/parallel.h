// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// parallelFor: runs fn(i) for i in [0, n) on a few threads pulling indexes from a shared
// counter, so a handful of huge accounts do not leave the other workers idle. Blocks
// until all are done. threads = 0: one per hardware thread.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace mailstore::core {

template <typename Fn>
void parallelFor(std::size_t n, unsigned threads, Fn fn)
{
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(n, 1)));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < n; i = next++)
            fn(i);
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
}

} // namespace mailstore::core
