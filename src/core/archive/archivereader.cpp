// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "hashpipeline.h"

namespace mailstore::core::archive {

namespace {

// Hashes every message member: blocks go to the hashing thread while the next ones are
// inflated by the stream.
class HashingVisitor final : public MemberVisitor {
public:
    MemberAction begin(std::uint64_t ordinal, std::uint64_t) override
    {
        m_hashes.begin(ordinal);
        return MemberAction::Read;
    }
    bool block(const void *data, std::size_t size) override
    {
        m_hashes.feed(data, size);
        return true;
    }
    void end(std::uint64_t, std::uint64_t, bool) override { m_hashes.end(); }
    std::map<std::uint64_t, std::string> finish() { return m_hashes.finish(); }

private:
    HashPipeline m_hashes;
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
