// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the header checks of dovecot.index, .log and .cache must never read
// out of bounds, whatever the bytes and whatever file size the caller claims.

#include "core/dovecot/indexfiles.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailstore::core::dovecot;

namespace {
void checkOne(IndexFileKind kind, std::string_view bytes, std::uint64_t fileSize)
{
    const IndexFileCheck c = checkIndexBytes(kind, bytes, fileSize);
    bool chainBroken = false;
    for (const auto &i : c.issues) {
        if (i.detail.empty()) {
            std::fprintf(stderr, "fuzz_indexfiles: issue without detail\n");
            std::abort();
        }
        chainBroken = chainBroken || i.problem == IndexProblem::LogChainBroken;
    }
    if (c.fileSize != fileSize || (c.logChainWalked && chainBroken)
        || (c.logChainWalked && kind != IndexFileKind::Log)) {
        std::fprintf(stderr, "fuzz_indexfiles: inconsistent result\n");
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    for (auto kind : {IndexFileKind::Index, IndexFileKind::Log, IndexFileKind::Cache}) {
        checkOne(kind, bytes, size);
        checkOne(kind, bytes, size / 2);          // caller passes more than the file
        checkOne(kind, bytes, size + 4096);       // caller passes only a prefix
        checkOne(kind, bytes, 0xffffffffffffull); // absurd size: no overflow
    }
    return 0;
}
