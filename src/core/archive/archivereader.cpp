// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "sha256.h"

namespace mailstore::core::archive {

namespace {

// Hashes every message member on the reading thread: ZstdSource inflates on another
// one, so hashing here runs beside inflating without copying each block to a third.
class HashingVisitor final : public MemberVisitor {
public:
    MemberAction begin(std::uint64_t, std::uint64_t) override { return MemberAction::Read; }
    bool block(const void *data, std::size_t size) override
    {
        m_sha.update(data, size);
        return true;
    }
    void end(std::uint64_t ordinal, std::uint64_t, bool) override { m_digests[ordinal] = m_sha.finishHex(); }
    std::map<std::uint64_t, std::string> finish() { return std::move(m_digests); }

private:
    Sha256 m_sha;
    std::map<std::uint64_t, std::string> m_digests;
};

} // namespace

Result<ArchiveScan> scanArchive(const std::filesystem::path &archivePath)
{
    HashingVisitor hashing;
    auto scan = readArchive(archivePath, hashing);
    auto digests = hashing.finish();
    if (!scan)
        return scan;
    for (auto &[ordinal, seen] : scan->messages)
        seen.sha256 = std::move(digests[ordinal]);
    return scan;
}

} // namespace mailstore::core::archive
