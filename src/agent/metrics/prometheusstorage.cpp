// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusstorage.h"

namespace mailstore::agent::metrics {

namespace {
struct Gauge {
    const char *name;
    const char *series;
    double scale; // from our unit to the Prometheus base unit
    const char *help;
};

const Gauge kGauges[] = {
    {"mailstore_disk_reads_per_second", "io.read_iops", 1, "Reads completed per second on the mail root's device."},
    {"mailstore_disk_writes_per_second", "io.write_iops", 1, "Writes completed per second on the mail root's device."},
    {"mailstore_disk_read_bytes_per_second", "io.read_mbps", 1e6, "Bytes read per second on the mail root's device."},
    {"mailstore_disk_write_bytes_per_second", "io.write_mbps", 1e6,
     "Bytes written per second on the mail root's device."},
    {"mailstore_disk_io_latency_seconds", "io.latency_ms", 1e-3, "Average time per completed I/O in the interval."},
    {"mailstore_disk_utilisation_ratio", "io.util_pct", 1e-2, "Share of the interval the device was busy (0 to 1)."},
    {"mailstore_fsync_probe_seconds", "fsync.latency_ms", 1e-3,
     "Duration of the last 4 KiB write plus fdatasync in the mail root."},
    {"mailstore_filesystem_size_bytes", "space.total_bytes", 1, "Size of the mail root's file system."},
    {"mailstore_filesystem_used_bytes", "space.used_bytes", 1, "Used bytes of the mail root's file system."},
    {"mailstore_filesystem_inodes", "inodes.total", 1, "Inodes of the mail root's file system."},
    {"mailstore_filesystem_inodes_used", "inodes.used", 1, "Used inodes of the mail root's file system."},
    {"mailstore_agent_read_bytes_per_second", "agent.read_mbps", 1e6, "Bytes per second the agent itself read."},
    {"mailstore_agent_write_bytes_per_second", "agent.write_mbps", 1e6, "Bytes per second the agent itself wrote."},
};
} // namespace

QByteArray prometheusStorage(const StorageSnapshot &s)
{
    const QByteArray device = s.virtualFs ? QByteArray("none") : QByteArray::fromStdString(s.device);
    const QByteArray label = "{device=\"" + device + "\"}";
    QByteArray out;
    auto header = [&out](const char *name, const char *help) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n";
    };
    for (const auto &g : kGauges) {
        for (const auto &[name, value] : s.values) {
            if (name != g.series)
                continue;
            header(g.name, g.help);
            out += QByteArray(g.name) + label + ' ' + QByteArray::number(value * g.scale, 'g', 15) + '\n';
        }
    }
    header("mailstore_storage_alerts", "Storage alerts active now, by kind and severity.");
    for (const char *kind : {"fsync-latency", "io-latency", "space-full", "inodes-full"})
        for (const auto severity : {core::metrics::Severity::Warning, core::metrics::Severity::Critical}) {
            int n = 0;
            for (const auto &a : s.alerts.alerts)
                n += a.kind == kind && a.severity == severity;
            out += "mailstore_storage_alerts{device=\"" + device + "\",kind=\"" + kind + "\",severity=\"" +
                   QByteArray::fromStdString(std::string(severityName(severity))) + "\"} " + QByteArray::number(n) +
                   '\n';
        }
    return out;
}

} // namespace mailstore::agent::metrics
