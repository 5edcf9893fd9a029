// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kernel's per-device I/O counters (/proc/diskstats), parsed into plain numbers.
// The counters only ever grow (until a wrap or a reset), so a rate is always the
// difference of two readings; see diskrates.h for that step.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::metrics {

// One line of /proc/diskstats. Sectors are always 512 bytes there, whatever the
// device's real sector size; times are milliseconds.
struct DiskCounters {
    unsigned major = 0;
    unsigned minor = 0;
    std::string name;
    std::uint64_t reads = 0;        // reads completed
    std::uint64_t readSectors = 0;
    std::uint64_t readMs = 0;       // time spent by all reads
    std::uint64_t writes = 0;       // writes completed
    std::uint64_t writeSectors = 0;
    std::uint64_t writeMs = 0;      // time spent by all writes
    std::uint64_t inFlight = 0;     // I/Os in progress now (not a counter)
    std::uint64_t ioMs = 0;         // time the device had anything in flight
    std::uint64_t weightedMs = 0;   // ioMs weighted by the queue depth
};

// Parses the text of /proc/diskstats. Lines have 14 fields (before Linux 4.18),
// 18 (discards added) or 20 (flushes added, 5.5+); later kernels may append more,
// which are ignored. Blank lines are skipped; any other line that does not fit is
// a Corrupted error naming its 1-based line number.
Result<std::vector<DiskCounters>> parseDiskstats(std::string_view text);

// Reads and parses the file; errors name it.
Result<std::vector<DiskCounters>> readDiskstats(const std::filesystem::path &file = "/proc/diskstats");

} // namespace mailstore::core::metrics
