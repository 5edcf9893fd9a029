// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: parseCatalog must never crash or hang on any bytes; whatever it
// accepts serializes and reads back to the same entries, and the chain walk over it
// terminates (loops and missing parents are errors, not hangs).

#include "core/archive/backupcatalog.h"

#include "core/archive/sha256.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailstore::core::archive;

namespace {
[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_catalog: %s\n", what);
    std::abort();
}
// The input with its end line recomputed: mutations of the body then reach the record
// parser instead of all stopping at the checksum.
std::string resealed(std::string_view input)
{
    const std::size_t end = input.rfind("\nend\t");
    const std::string body(input.substr(0, end == std::string_view::npos ? input.size() : end + 1));
    return body + "end\t" + Sha256::hex(body) + "\n";
}
} // namespace

static void check(std::string_view input);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    check(input);
    check(resealed(input));
    return 0;
}

static void check(std::string_view input)
{
    const auto first = parseCatalog(input);
    if (!first)
        return;
    const std::string text = serializeCatalog(*first);
    const auto second = parseCatalog(text);
    if (!second)
        failed("serialized catalog does not parse");
    if (second->entries.size() != first->entries.size())
        failed("entry count differs");
    for (std::size_t i = 0; i < first->entries.size(); ++i) {
        const auto &a = first->entries[i], &b = second->entries[i];
        if (a.id != b.id || a.account != b.account || a.created != b.created || a.parent != b.parent
            || a.messages != b.messages || a.stored != b.stored || a.bytes != b.bytes
            || a.archiveBytes != b.archiveBytes || a.manifestSha256 != b.manifestSha256
            || a.lastVerified != b.lastVerified || a.verifyState != b.verifyState)
            failed("entry differs");
    }
    if (serializeCatalog(*second) != text)
        failed("serialization not stable");
    for (const auto &e : first->entries) {
        auto chain = first->chain(e.id);
        if (chain && (chain->empty() || chain->size() > first->entries.size() || chain->front()->id != e.id))
            failed("chain walk returned nonsense");
    }
}
