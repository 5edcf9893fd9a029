// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "sha256.h"

namespace mailstore::core::archive {

namespace {

// Hashes every message member on the reading thread: ZstdSource inflates on another
// one, so hashing here runs beside inflating without copying each block to a third.
class HashingVisitor final : public MemberVisitor {
public:
    HashingVisitor(ReadHooks *hooks, const ScanTick &tick) : m_hooks(hooks), m_tick(tick) {}
    MemberAction begin(std::uint64_t, std::uint64_t) override
    {
        return cancelled() ? MemberAction::Stop : MemberAction::Read;
    }
    bool block(const void *data, std::size_t size) override
    {
        m_sha.update(data, size);
        if (!m_hooks)
            return true;
        if (cancelled())
            return false;
        // Batched: one tick per MiB of the file, not one per block.
        const std::uint64_t read = m_hooks->fileBytes.load(std::memory_order_relaxed);
        if (m_tick && read - m_reported >= (1u << 20)) {
            m_reported = read;
            return m_tick(m_members);
        }
        return true;
    }
    void end(std::uint64_t ordinal, std::uint64_t, bool complete) override
    {
        m_digests[ordinal] = m_sha.finishHex();
        if (!complete)
            return;
        ++m_members;
        if (m_tick)
            m_tick(m_members); // the next begin() sees a cancel it asks for
    }
    std::map<std::uint64_t, std::string> finish() { return std::move(m_digests); }

private:
    bool cancelled() const
    {
        return m_hooks && m_hooks->cancel && m_hooks->cancel->load(std::memory_order_relaxed);
    }
    ReadHooks *m_hooks;
    const ScanTick &m_tick;
    std::uint64_t m_reported = 0, m_members = 0;
    Sha256 m_sha;
    std::map<std::uint64_t, std::string> m_digests;
};

} // namespace

Result<ArchiveScan> scanArchive(const std::filesystem::path &archivePath, ReadHooks *hooks, const ScanTick &tick)
{
    HashingVisitor hashing(hooks, tick);
    auto scan = readArchive(archivePath, hashing, hooks);
    auto digests = hashing.finish();
    if (!scan)
        return scan;
    for (auto &[ordinal, seen] : scan->messages)
        seen.sha256 = std::move(digests[ordinal]);
    return scan;
}

} // namespace mailstore::core::archive
