// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which block device holds the mail root, by the name /proc/diskstats uses for it,
// so the sampler knows which diskstats line to follow. A mail root on a file system
// without a block device of its own (tmpfs, overlay, NFS, a btrfs subvolume with an
// anonymous device number) has no I/O series; space and the fsync probe still apply.

#include "../result.h"

#include <filesystem>
#include <string>

namespace mailstore::core::metrics {

struct BlockDevice {
    unsigned major = 0;
    unsigned minor = 0;
    std::string name;       // the diskstats name ("vda", "nvme0n1p2", "dm-0"); empty when virtualFs
    bool virtualFs = false; // no block device behind the file system: no I/O series
};

// Where the lookup reads; the defaults are the live system, tests point them at a
// fake tree.
struct DeviceSources {
    std::filesystem::path sysfsRoot = "/sys";
    std::filesystem::path diskstats = "/proc/diskstats";
};

// stat(mailRoot).st_dev -> major:minor -> the device's name: DEVNAME from
// <sysfs>/dev/block/M:m/uevent, else the diskstats line with that major:minor.
// Errors name the path that could not be read.
Result<BlockDevice> deviceFor(const std::filesystem::path &mailRoot, const DeviceSources &sources = {});

// The same lookup from known device numbers.
Result<BlockDevice> deviceForNumbers(unsigned major, unsigned minor, const DeviceSources &sources = {});

} // namespace mailstore::core::metrics
