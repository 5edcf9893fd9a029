// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DemoStore: writes a realistic Dovecot-style Maildir store for demos, tests and
// benchmarks. Same seed and options -> byte-identical tree (file contents, names and
// mtimes), so tests can assert exact counts.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <functional>

namespace mailstore::core::demo {

struct DemoOptions {
    std::uint32_t accounts = 60;
    std::uint64_t seed = 1;
    // Scale of message counts: 1.0 is the realistic demo; benches use small values to
    // create many accounts quickly.
    double messageScale = 1.0;
    // Fixed "now" (unix seconds) so the output does not depend on the clock.
    std::int64_t now = 1795800000; // 2026-11-27
};

struct DemoSummary {
    std::uint32_t domains = 0;
    std::uint32_t accounts = 0;
    std::uint32_t mailboxes = 0;
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0; // sum of the message files' sizes (S= values)
};

// Writes the store under `root` in the default layout (%d/%n/Maildir). `root` must be
// empty or absent (Conflict otherwise: a demo never writes into a real store).
// `progress` (optional) is called with accounts written so far, always on the calling
// thread (accounts are written on several threads), and finally with the total.
// On failure the error names the path; what was written so far is left in place.
Result<DemoSummary> writeDemoStore(const std::filesystem::path &root, const DemoOptions &options,
                                   const std::function<void(std::uint32_t)> &progress = {});

} // namespace mailstore::core::demo
