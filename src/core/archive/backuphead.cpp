// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuphead.h"

#include "manifest.h"
#include "recordtext.h"

namespace mailstore::core::archive {

std::string serializeHead(const BackupHead &h)
{
    RecordWriter w(HeadMagic, HeadVersion);
    w.add({"backup", h.backupId});
    w.add({"account", h.account});
    const std::string created = std::to_string(h.created);
    w.add({"created", created});
    w.add({"parent", h.parent.empty() ? std::string_view("-") : std::string_view(h.parent)});
    const std::string members = std::to_string(h.maxMembers), bytes = std::to_string(h.maxBytes),
                      largest = std::to_string(h.maxMemberBytes);
    w.add({"limits", members, bytes, largest});
    return w.finish();
}

Result<BackupHead> parseHead(std::string_view text)
{
    auto file = parseRecordFile(text, HeadMagic, HeadVersion, HeadMaxBytes);
    if (!file)
        return std::unexpected(file.error());
    // Exactly these five records in this order: the head is written by one function.
    const auto &r = file->records;
    if (r.size() != 5 || r[0].size() != 2 || r[0][0] != "backup" || r[1].size() != 2 || r[1][0] != "account"
        || r[2].size() != 2 || r[2][0] != "created" || r[3].size() != 2 || r[3][0] != "parent"
        || r[4].size() != 4 || r[4][0] != "limits")
        return fail(ErrorCode::Corrupted, "head records missing or out of order");
    BackupHead h;
    h.backupId = r[0][1];
    h.account = r[1][1];
    const auto created = parseDecimal(r[2][1], INT64_MAX);
    h.parent = r[3][1] == "-" ? std::string() : r[3][1];
    const auto members = parseDecimal(r[4][1]), bytes = parseDecimal(r[4][2]), largest = parseDecimal(r[4][3]);
    if (!isValidBackupId(h.backupId) || h.account.empty() || !created || !members || !bytes || !largest
        || (!h.parent.empty() && !isValidBackupId(h.parent)))
        return fail(ErrorCode::Corrupted, "bad value in the head");
    h.created = static_cast<std::int64_t>(*created);
    h.maxMembers = *members;
    h.maxBytes = *bytes;
    h.maxMemberBytes = *largest;
    return h;
}

} // namespace mailstore::core::archive
