// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: parseManifest (and the head parser, the same record text) must
// never crash or hang on any bytes, and whatever it accepts must serialize and read back
// to the same manifest, byte-stable on a second round.

#include "core/archive/backuphead.h"
#include "core/archive/manifest.h"

#include "core/archive/sha256.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailstore::core::archive;

namespace {
[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_manifest: round trip broke: %s\n", what);
    std::abort();
}

bool same(const Manifest &a, const Manifest &b)
{
    if (a.backupId != b.backupId || a.account != b.account || a.created != b.created || a.parent != b.parent
        || a.subscriptions != b.subscriptions || a.hasSubscriptions != b.hasSubscriptions
        || a.mailboxes.size() != b.mailboxes.size() || a.messages.size() != b.messages.size()
        || a.skipped.size() != b.skipped.size())
        return false;
    for (std::size_t i = 0; i < a.mailboxes.size(); ++i) {
        const auto &x = a.mailboxes[i], &y = b.mailboxes[i];
        if (x.name != y.name || x.dirName != y.dirName || x.uidValidity != y.uidValidity || x.nextUid != y.nextUid
            || x.uidlistHeader != y.uidlistHeader || x.keywords != y.keywords)
            return false;
    }
    for (std::size_t i = 0; i < a.messages.size(); ++i) {
        const auto &x = a.messages[i], &y = b.messages[i];
        if (x.mailbox != y.mailbox || x.inNew != y.inNew || x.fileName != y.fileName || x.size != y.size
            || x.sha256 != y.sha256 || x.uid != y.uid || x.flags != y.flags || x.mtime != y.mtime
            || x.storedIn != y.storedIn)
            return false;
    }
    for (std::size_t i = 0; i < a.skipped.size(); ++i)
        if (a.skipped[i].mailbox != b.skipped[i].mailbox || a.skipped[i].fileName != b.skipped[i].fileName
            || a.skipped[i].reason != b.skipped[i].reason)
            return false;
    return true;
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
    if (auto head = parseHead(input)) {
        const auto again = parseHead(serializeHead(*head));
        if (!again || again->backupId != head->backupId || again->maxBytes != head->maxBytes
            || again->maxMembers != head->maxMembers || again->maxMemberBytes != head->maxMemberBytes)
            failed("head");
    }
    const auto first = parseManifest(input);
    if (!first)
        return;
    for (const auto &m : first->messages)
        if (m.mailbox >= first->mailboxes.size() || m.fileName.empty() || m.fileName.find('/') != std::string::npos
            || m.sha256.size() != 64)
            failed("accepted a message that should be refused");
    const std::string text = serializeManifest(*first);
    const auto second = parseManifest(text);
    if (!second)
        failed("serialized text does not parse");
    if (!same(*first, *second))
        failed("manifest differs");
    if (serializeManifest(*second) != text)
        failed("serialization not stable");
}
