// SPDX-License-Identifier: GPL-3.0-or-later
// Device-number to diskstats-name lookup; see blockdevice.h.
#include "blockdevice.h"

#include "diskstats.h"

#include <cerrno>
#include <fstream>
#include <optional>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace mailstore::core::metrics {

namespace {

// DEVNAME= from a sysfs uevent file, if the file is there and has one. A missing or
// unreadable file is not an error: diskstats is the second source.
std::optional<std::string> devNameFromUevent(const std::filesystem::path &uevent)
{
    std::ifstream in(uevent);
    if (!in)
        return std::nullopt;
    constexpr std::string_view Key = "DEVNAME=";
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with(Key) && line.size() > Key.size())
            return line.substr(Key.size());
    }
    return std::nullopt;
}

} // namespace

Result<BlockDevice> deviceForNumbers(unsigned major, unsigned minor, const DeviceSources &sources)
{
    BlockDevice dev;
    dev.major = major;
    dev.minor = minor;
    // Major 0 is the kernel's "unnamed" range: anonymous devices of tmpfs, overlay,
    // NFS, btrfs subvolumes. No block device, hence no diskstats line.
    if (major == 0) {
        dev.virtualFs = true;
        return dev;
    }
    const std::string numbers = std::to_string(major) + ":" + std::to_string(minor);
    if (auto name = devNameFromUevent(sources.sysfsRoot / "dev" / "block" / numbers / "uevent")) {
        dev.name = std::move(*name);
        return dev;
    }
    auto all = readDiskstats(sources.diskstats);
    if (!all)
        return std::unexpected(all.error());
    for (const DiskCounters &c : *all) {
        if (c.major == major && c.minor == minor) {
            dev.name = c.name;
            return dev;
        }
    }
    // A device number the kernel keeps no I/O counters for (e.g. some network or
    // FUSE file systems with a registered major): treat it like a virtual one.
    dev.virtualFs = true;
    return dev;
}

Result<BlockDevice> deviceFor(const std::filesystem::path &mailRoot, const DeviceSources &sources)
{
    struct stat st {};
    if (::stat(mailRoot.c_str(), &st) < 0)
        return failErrno(errno, "stat mail root", mailRoot);
    return deviceForNumbers(::major(st.st_dev), ::minor(st.st_dev), sources);
}

} // namespace mailstore::core::metrics
