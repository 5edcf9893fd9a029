// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StorageSampler: every interval, on a thread of its own, reads the mail root's device
// counters, statvfs, the agent's own I/O and runs the fsync probe, appends the row to
// <state dir>/metrics.sqlite and re-evaluates the alerts. Never on the main thread: on a
// dying disk an fsync (the probe's, SQLite's) takes seconds and the API must still answer.
//
// The probe runs on a further thread: a probe still running at the next tick is not
// waited for; that tick has no fsync value, and the probe's real duration is recorded at
// the first tick after it returns, so a stuck disk shows as a gap and then a tall spike.
// Errors (a corrupt history file, a probe that cannot write) are logged once per distinct
// text and shown in the snapshot; sampling goes on.
//
// Interval 0 (sampling off) writes nothing, but a history already there is still judged
// once a minute and its last 15 minutes stand in for the latest sample: alerts fade as
// their windows empty instead of vanishing, and a recorded history (the demo's) shows
// without this machine's samples mixed in.
#include "storagealerts.h"

#include "../../core/metrics/blockdevice.h"
#include "../../core/metrics/fsyncprobe.h"

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace mailstore::agent::metrics {

struct SamplerOptions {
    std::filesystem::path mailRoot;
    std::filesystem::path storeFile;
    int intervalSec = 10;
    bool probe = true;
    // Test hook: the probe's file-system calls (a slow fsync double). Must outlive the
    // sampler. nullptr: the real system calls.
    core::metrics::ProbeFs *probeFs = nullptr;
};

struct StorageSnapshot {
    std::int64_t t = 0;                                 // unix ms of the latest sample; 0 while the first is pending
    std::vector<std::pair<std::string, double>> values; // the latest sample
    std::optional<double> lastFsyncMs;                  // the latest probe result, even from an older tick
    std::uint64_t availBytes = 0;                       // statvfs f_bavail, for host.info
    std::string device;                                 // diskstats name; empty when virtualFs
    bool virtualFs = false;
    std::vector<std::string> available; // the series this host has, vocabulary order
    std::string error;                  // history or probe problem; empty when fine
    double probeRunningMs = 0;          // how long the current probe has been running
    std::uint64_t samples = 0;          // ticks since start
    AlertSet alerts;
};

class StorageSampler {
public:
    explicit StorageSampler(SamplerOptions options);
    ~StorageSampler(); // stops
    StorageSampler(const StorageSampler &) = delete;
    StorageSampler &operator=(const StorageSampler &) = delete;

    void start();
    void stop();
    StorageSnapshot snapshot() const;
    const SamplerOptions &options() const { return m_options; }

private:
    struct ProbeState;
    void run();
    void runRulesOnly();
    void tick();
    void sampleProbe(std::vector<std::pair<std::string, double>> &values, StorageSnapshot &next);

    SamplerOptions m_options;
    core::metrics::BlockDevice m_device;
    std::thread m_thread;
    mutable std::mutex m_mutex; // guards m_snapshot and m_stopRequested
    std::condition_variable m_wake;
    bool m_stopRequested = false;
    StorageSnapshot m_snapshot;
    std::shared_ptr<ProbeState> m_probe;
    std::thread m_probeThread;
    // Sampler-thread state.
    std::unique_ptr<core::metrics::MetricStore> m_store;
    std::string m_loggedError;
    std::string m_probeError;
    struct Counters;
    std::unique_ptr<Counters> m_prev;
    std::int64_t m_lastPrune = 0;
    std::int64_t m_lastAlerts = 0;
};

} // namespace mailstore::agent::metrics
