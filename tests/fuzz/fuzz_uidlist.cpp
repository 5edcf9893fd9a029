// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: parseUidlist must never crash or hang on any bytes, and whatever it
// accepts and serializeUidlist can write must read back to the same mailbox state.

#include "core/dovecot/uidlist.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailstore::core::dovecot;

namespace {
[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_uidlist: round trip broke: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const auto first = parseUidlist(input);
    if (!first)
        return 0;
    if (first->effectiveNextUid() < first->nextUid)
        failed("effectiveNextUid below N");
    for (const auto &r : first->records)
        if (r.uid == 0 || r.uid == 0xffffffffu || r.baseName.empty()
            || r.baseName.find_first_of(":/") != std::string::npos)
            failed("record that should have been an issue");

    const auto text = serializeUidlist(*first);
    if (!text)
        return 0; // e.g. non-ascending UIDs: refusing is the contract
    const auto second = parseUidlist(*text);
    if (!second)
        failed("serialized text does not parse");
    if (second->version != 3 || second->uidValidity != first->uidValidity
        || second->nextUid != first->effectiveNextUid() || second->guid != first->guid
        || second->otherHeader != first->otherHeader)
        failed("header differs");
    if (second->records.size() != first->records.size())
        failed("record count differs");
    for (std::size_t i = 0; i < first->records.size(); ++i) {
        const auto &a = first->records[i];
        const auto &b = second->records[i];
        if (a.uid != b.uid || a.baseName != b.baseName || a.extensions != b.extensions)
            failed("record differs");
    }
    // Only duplicate names can survive serialization (the rebuild resolves those).
    for (const auto &issue : second->issues)
        if (issue.problem != UidlistProblem::DuplicateName)
            failed("serialized text has issues");
    const auto again = serializeUidlist(*second);
    if (!again || *again != *text)
        failed("serialization not stable");
    return 0;
}
