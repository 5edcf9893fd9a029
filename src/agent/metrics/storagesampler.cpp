// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagesampler.h"

#include "seriesvocab.h"

#include "../../core/metrics/diskrates.h"
#include "../../core/metrics/spaceusage.h"

#include <QLoggingCategory>

#include <chrono>
#include <fstream>

Q_LOGGING_CATEGORY(lcMetrics, "mailstore.metrics")

namespace mailstore::agent::metrics {

namespace cm = core::metrics;
using Clock = std::chrono::steady_clock;

namespace {
std::int64_t unixMsNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// read_bytes/write_bytes of /proc/self/io: what this process made the block layer do.
bool ownIo(std::uint64_t &read, std::uint64_t &written)
{
    std::ifstream in("/proc/self/io");
    std::string key;
    std::uint64_t value = 0;
    int found = 0;
    while (in >> key >> value) {
        if (key == "read_bytes:") {
            read = value;
            ++found;
        } else if (key == "write_bytes:") {
            written = value;
            ++found;
        }
    }
    return found == 2;
}

std::string errorText(const core::Error &e)
{
    return e.path.empty() ? e.detail : e.detail + " (" + e.path + ")";
}
} // namespace

struct StorageSampler::ProbeState {
    std::mutex mutex;
    std::condition_variable finished;
    bool running = false;
    bool done = false; // a result not yet recorded
    double ms = 0;
    std::string error;
    Clock::time_point started;
};

struct StorageSampler::Counters {
    std::optional<cm::DiskCounters> disk;
    std::uint64_t ownRead = 0, ownWritten = 0;
    bool own = false;
    Clock::time_point at;
};

StorageSampler::StorageSampler(SamplerOptions options)
    : m_options(std::move(options)), m_probe(std::make_shared<ProbeState>())
{
}

StorageSampler::~StorageSampler()
{
    stop();
}

void StorageSampler::start()
{
    if (m_thread.joinable())
        return;
    if (auto dev = cm::deviceFor(m_options.mailRoot))
        m_device = *dev;
    else {
        // No device to follow: sample what does not need one rather than nothing.
        qCWarning(lcMetrics, "no block device for %s: %s; no I/O series", m_options.mailRoot.c_str(),
                  errorText(dev.error()).c_str());
        m_device.virtualFs = true;
    }
    {
        std::lock_guard lock(m_mutex);
        m_snapshot.device = m_device.name;
        m_snapshot.virtualFs = m_device.virtualFs;
        for (const auto &s : allSeries())
            if (!(s.io && m_device.virtualFs) && !(s.name == "fsync.latency_ms" && !m_options.probe))
                m_snapshot.available.emplace_back(s.name);
        m_stopRequested = false;
    }
    m_thread = std::thread([this] { m_options.intervalSec > 0 ? run() : runRulesOnly(); });
}

// Sampling off: the history there is still served, and its rules still run once a minute,
// so the alerts of a host whose sampling was turned off fade as their windows empty
// instead of vanishing at once. Nothing is written; no file is made.
void StorageSampler::runRulesOnly()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopRequested) {
        lock.unlock();
        std::error_code ec;
        if (!m_store && std::filesystem::exists(m_options.storeFile, ec))
            if (auto opened = cm::MetricStore::open(m_options.storeFile))
                m_store = std::make_unique<cm::MetricStore>(std::move(*opened));
        std::optional<AlertSet> set;
        std::string error;
        std::vector<std::pair<std::string, double>> latest; // the last 15 recorded minutes
        std::int64_t latestT = 0;
        const std::int64_t now = unixMsNow();
        if (m_store) {
            if (auto evaluated = evaluateAlerts(*m_store, now))
                set = std::move(*evaluated);
            else
                error = "alerts: " + errorText(evaluated.error());
            for (const auto &series : allSeries())
                if (auto b = m_store->query(series.name, now - 15 * 60'000, now, 1); b && !b->empty()) {
                    latest.emplace_back(series.name, b->back().avg);
                    latestT = now;
                }
        }
        lock.lock();
        if (set) {
            carrySince(*set, m_snapshot.alerts);
            m_snapshot.alerts = std::move(*set);
        }
        m_snapshot.values = std::move(latest);
        m_snapshot.t = latestT;
        double total = 0, used = 0;
        for (const auto &[name, value] : m_snapshot.values) {
            if (name == "space.total_bytes")
                total = value;
            else if (name == "space.used_bytes")
                used = value;
        }
        m_snapshot.availBytes = total > used ? std::uint64_t(total - used) : 0; // as recorded
        for (const auto &[name, value] : m_snapshot.values)
            if (name == "fsync.latency_ms")
                m_snapshot.lastFsyncMs = value;
        m_snapshot.error = error;
        m_wake.wait_for(lock, std::chrono::seconds(60), [this] { return m_stopRequested; });
    }
}

void StorageSampler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_probeThread.joinable()) {
        std::lock_guard lock(m_probe->mutex);
        // A probe stuck in the kernel cannot be interrupted; its state is shared, so it
        // may finish after we are gone.
        if (m_probe->running)
            m_probeThread.detach();
    }
    if (m_probeThread.joinable())
        m_probeThread.join();
}

StorageSnapshot StorageSampler::snapshot() const
{
    std::lock_guard lock(m_mutex);
    StorageSnapshot s = m_snapshot;
    std::lock_guard probeLock(m_probe->mutex);
    if (m_probe->running)
        s.probeRunningMs = std::chrono::duration<double, std::milli>(Clock::now() - m_probe->started).count();
    return s;
}

void StorageSampler::run()
{
    const auto interval = std::chrono::seconds(m_options.intervalSec);
    auto next = Clock::now();
    std::unique_lock lock(m_mutex);
    while (!m_stopRequested) {
        lock.unlock();
        tick();
        lock.lock();
        next += interval;
        if (next < Clock::now()) // a tick that overran: skip, do not burst
            next = Clock::now() + interval;
        m_wake.wait_until(lock, next, [this] { return m_stopRequested; });
    }
}

void StorageSampler::tick()
{
    const std::int64_t now = unixMsNow();
    const auto at = Clock::now();
    std::vector<std::pair<std::string, double>> values;
    StorageSnapshot next = snapshot();
    auto cur = std::make_unique<Counters>();
    cur->at = at;
    const double seconds = m_prev ? std::chrono::duration<double>(at - m_prev->at).count() : 0;
    if (!m_device.virtualFs) {
        if (auto all = cm::readDiskstats()) {
            for (const auto &c : *all)
                if (c.major == m_device.major && c.minor == m_device.minor)
                    cur->disk = c;
        }
        if (cur->disk && m_prev && m_prev->disk) {
            const auto r = cm::ratesBetween(*m_prev->disk, *cur->disk, seconds);
            values.insert(values.end(), {{"io.read_iops", r.readIops},
                                         {"io.write_iops", r.writeIops},
                                         {"io.read_mbps", r.readMBps},
                                         {"io.write_mbps", r.writeMBps},
                                         {"io.latency_ms", r.avgLatencyMs},
                                         {"io.util_pct", r.utilisationPct}});
        }
    }
    if (auto space = cm::spaceOf(m_options.mailRoot)) {
        values.emplace_back("space.used_bytes", double(space->bytesTotal - space->bytesFree));
        values.emplace_back("space.total_bytes", double(space->bytesTotal));
        if (space->inodesTotal > 0) {
            values.emplace_back("inodes.used", double(space->inodesTotal - space->inodesFree));
            values.emplace_back("inodes.total", double(space->inodesTotal));
        }
        next.availBytes = space->bytesAvailable;
    }
    cur->own = ownIo(cur->ownRead, cur->ownWritten);
    if (cur->own && m_prev && m_prev->own && seconds > 0 && cur->ownRead >= m_prev->ownRead &&
        cur->ownWritten >= m_prev->ownWritten) {
        values.emplace_back("agent.read_mbps", double(cur->ownRead - m_prev->ownRead) / seconds / 1e6);
        values.emplace_back("agent.write_mbps", double(cur->ownWritten - m_prev->ownWritten) / seconds / 1e6);
    }
    m_prev = std::move(cur);
    if (m_options.probe)
        sampleProbe(values, next);

    std::string storeError;
    if (!m_store) {
        if (auto opened = cm::MetricStore::open(m_options.storeFile))
            m_store = std::make_unique<cm::MetricStore>(std::move(*opened));
        else
            storeError = "metrics history: " + errorText(opened.error());
    }
    if (m_store) {
        if (auto r = m_store->append(now, values); !r)
            storeError = "metrics history: " + errorText(r.error());
        if (now - m_lastPrune >= 3600LL * 1000) {
            m_lastPrune = now;
            if (auto r = m_store->prune(now); !r)
                storeError = "metrics history: " + errorText(r.error());
        }
        // Rules read a week of rollups: once a minute is enough for trends measured in hours.
        if (storeError.empty() && now - m_lastAlerts >= 60 * 1000) {
            m_lastAlerts = now;
            if (auto set = evaluateAlerts(*m_store, now)) {
                carrySince(*set, next.alerts);
                next.alerts = std::move(*set);
            } else {
                storeError = "alerts: " + errorText(set.error());
            }
        }
    }
    next.t = now;
    next.values = std::move(values);
    ++next.samples;
    next.error = !storeError.empty() ? storeError : m_probeError;
    if (next.error != m_loggedError) {
        if (!next.error.empty())
            qCWarning(lcMetrics, "%s", next.error.c_str());
        m_loggedError = next.error;
    }
    next.probeRunningMs = 0;
    std::lock_guard lock(m_mutex);
    next.device = m_snapshot.device;
    next.available = m_snapshot.available;
    m_snapshot = std::move(next);
}

void StorageSampler::sampleProbe(std::vector<std::pair<std::string, double>> &values, StorageSnapshot &next)
{
    auto state = m_probe;
    std::unique_lock lock(state->mutex);
    auto take = [&] {
        state->done = false;
        if (state->error.empty()) {
            values.emplace_back("fsync.latency_ms", state->ms);
            next.lastFsyncMs = state->ms;
            m_probeError.clear();
        } else {
            m_probeError = "fsync probe: " + state->error;
        }
    };
    if (state->running)
        return;        // stuck: no value this tick
    if (state->done) { // finished after the tick that started it stopped waiting
        take();
        return;
    }
    if (m_probeThread.joinable())
        m_probeThread.join();
    state->running = true;
    state->started = Clock::now();
    cm::ProbeFs &fs = m_options.probeFs ? *m_options.probeFs : cm::systemProbeFs();
    m_probeThread = std::thread([state, root = m_options.mailRoot, fs = &fs] {
        auto r = cm::probeFsync(root, *fs);
        std::lock_guard l(state->mutex);
        state->running = false;
        state->done = true;
        state->ms = r ? r->latencyUs / 1000.0 : 0;
        state->error = r ? std::string() : errorText(r.error());
        state->finished.notify_all();
    });
    // Normally a few ms; never hold the tick longer than half an interval (at most 2 s).
    const auto wait = std::min<std::chrono::milliseconds>(std::chrono::milliseconds(m_options.intervalSec * 500),
                                                          std::chrono::milliseconds(2000));
    if (state->finished.wait_for(lock, wait, [&] { return state->done; }))
        take();
}

} // namespace mailstore::agent::metrics
