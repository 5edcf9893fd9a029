// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"

#include "recordtext.h"
#include "sha256.h"

#include <set>
#include <utility>

namespace mailstore::core::archive {

namespace {

std::unexpected<Error> bad(std::string what) { return fail(ErrorCode::Corrupted, std::move(what)); }

bool validFileName(std::string_view name)
{
    return !name.empty() && name.size() <= 255 && name[0] != '.' && name.find('/') == std::string_view::npos
        && name.find('\0') == std::string_view::npos;
}

std::string flagsOf(std::string_view fileName)
{
    const auto info = fileName.find(":2,");
    if (info == std::string_view::npos)
        return {};
    std::string_view flags = fileName.substr(info + 3);
    return std::string(flags.substr(0, flags.find(',')));
}

} // namespace

std::string messageMemberName(std::size_t index) { return "m/" + std::to_string(index + 1); }

bool isValidBackupId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'))
            return false;
    return true;
}

std::string serializeManifest(const Manifest &m)
{
    RecordWriter w(ManifestMagic, ManifestVersion);
    const std::string created = std::to_string(m.created);
    w.add({"backup", m.backupId});
    w.add({"account", m.account});
    w.add({"created", created});
    w.add({"parent", m.parent.empty() ? std::string_view("-") : std::string_view(m.parent)});
    if (m.hasSubscriptions)
        w.add({"subscriptions", m.subscriptions});
    for (std::size_t i = 0; i < m.mailboxes.size(); ++i) {
        const auto &b = m.mailboxes[i];
        const std::string v = std::to_string(b.uidValidity), n = std::to_string(b.nextUid);
        w.add({"mailbox", b.name, b.dirName, v, n, b.uidlistHeader});
        for (std::size_t k = 0; k < b.keywords.size(); ++k)
            if (!b.keywords[k].empty())
                w.add({"keyword", std::to_string(i), std::string(1, char('a' + k)), b.keywords[k]});
    }
    for (const auto &msg : m.messages) {
        const std::string box = std::to_string(msg.mailbox), size = std::to_string(msg.size),
                          uid = std::to_string(msg.uid), mtime = std::to_string(msg.mtime);
        w.add({"msg", box, msg.inNew ? "new" : "cur", msg.fileName, size, msg.sha256, uid, msg.flags, mtime,
               msg.storedIn});
    }
    for (const auto &s : m.skipped)
        w.add({"skipped", std::to_string(s.mailbox), s.fileName, s.reason});
    return w.finish();
}

Result<Manifest> parseManifest(std::string_view text)
{
    auto file = parseRecordFile(text, ManifestMagic, ManifestVersion, ManifestMaxBytes);
    if (!file)
        return std::unexpected(file.error());
    Manifest m;
    std::set<std::string> seen;               // singleton records already read
    std::set<std::string> boxNames;
    std::set<std::pair<std::uint32_t, std::string>> names; // (mailbox, file name) of messages
    auto once = [&](const Record &r, std::size_t fields) -> Result<void> {
        if (r.size() != fields)
            return bad("record '" + r[0] + "' has " + std::to_string(r.size()) + " fields, expected "
                       + std::to_string(fields));
        if (!seen.insert(r[0]).second)
            return bad("record '" + r[0] + "' appears twice");
        return ok();
    };
    auto fieldCount = [&](const Record &r, std::size_t fields) -> Result<void> {
        if (r.size() != fields)
            return bad("record '" + r[0] + "' has " + std::to_string(r.size()) + " fields, expected "
                       + std::to_string(fields));
        return ok();
    };
    auto mailboxIndex = [&](const std::string &f) -> Result<std::uint32_t> {
        const auto i = parseDecimal(f, UINT32_MAX);
        if (!i || *i >= m.mailboxes.size())
            return bad("unknown mailbox index '" + f + "'");
        return static_cast<std::uint32_t>(*i);
    };
    for (const Record &r : file->records) {
        const std::string &kind = r[0];
        if (kind == "backup" || kind == "account" || kind == "created" || kind == "parent"
            || kind == "subscriptions") {
            if (auto o = once(r, 2); !o)
                return std::unexpected(o.error());
            if (kind == "backup") {
                if (!isValidBackupId(r[1]))
                    return bad("bad backup id");
                m.backupId = r[1];
            } else if (kind == "account") {
                if (r[1].empty())
                    return bad("empty account name");
                m.account = r[1];
            } else if (kind == "created") {
                const auto t = parseDecimal(r[1], INT64_MAX);
                if (!t)
                    return bad("bad creation time");
                m.created = static_cast<std::int64_t>(*t);
            } else if (kind == "parent") {
                if (r[1] != "-" && !isValidBackupId(r[1]))
                    return bad("bad parent id");
                m.parent = r[1] == "-" ? std::string() : r[1];
            } else {
                m.subscriptions = r[1];
                m.hasSubscriptions = true;
            }
        } else if (kind == "mailbox") {
            if (auto o = fieldCount(r, 6); !o)
                return std::unexpected(o.error());
            ManifestMailbox b;
            b.name = r[1];
            b.dirName = r[2];
            const auto v = parseDecimal(r[3], UINT32_MAX), n = parseDecimal(r[4], UINT32_MAX);
            if (!v || !n)
                return bad("bad UID numbers of mailbox '" + b.name + "'");
            if (b.name.empty() || !boxNames.insert(b.name).second)
                return bad("empty or duplicate mailbox name '" + b.name + "'");
            if (b.dirName.find('/') != std::string::npos || (!b.dirName.empty() && b.dirName[0] != '.')
                || b.dirName == "." || b.dirName == "..")
                return bad("bad folder name of mailbox '" + b.name + "'");
            b.uidValidity = static_cast<std::uint32_t>(*v);
            b.nextUid = static_cast<std::uint32_t>(*n);
            b.uidlistHeader = r[5];
            m.mailboxes.push_back(std::move(b));
        } else if (kind == "keyword") {
            if (auto o = fieldCount(r, 4); !o)
                return std::unexpected(o.error());
            auto box = mailboxIndex(r[1]);
            if (!box)
                return std::unexpected(box.error());
            if (r[2].size() != 1 || r[2][0] < 'a' || r[2][0] > 'z')
                return bad("bad keyword letter '" + r[2] + "'");
            auto &slot = m.mailboxes[*box].keywords[std::size_t(r[2][0] - 'a')];
            if (!slot.empty() || r[3].empty())
                return bad("duplicate or empty keyword '" + r[2] + "'");
            slot = r[3];
        } else if (kind == "msg") {
            if (auto o = fieldCount(r, 10); !o)
                return std::unexpected(o.error());
            ManifestMessage msg;
            auto box = mailboxIndex(r[1]);
            if (!box)
                return std::unexpected(box.error());
            msg.mailbox = *box;
            if (r[2] != "cur" && r[2] != "new")
                return bad("bad message folder '" + r[2] + "'");
            msg.inNew = r[2] == "new";
            msg.fileName = r[3];
            if (!validFileName(msg.fileName))
                return bad("bad message file name");
            if (!names.insert({msg.mailbox, msg.fileName}).second)
                return bad("message listed twice: " + msg.fileName);
            const auto size = parseDecimal(r[4]), uid = parseDecimal(r[6], UINT32_MAX - 1),
                       mtime = parseDecimal(r[8], INT64_MAX);
            if (!size || !uid || !mtime || !isSha256Hex(r[5]))
                return bad("bad size, hash, UID or time of " + msg.fileName);
            msg.size = *size;
            msg.sha256 = r[5];
            msg.uid = static_cast<std::uint32_t>(*uid);
            msg.flags = r[7];
            if (msg.flags != flagsOf(msg.fileName))
                return bad("flags do not match the file name " + msg.fileName);
            msg.mtime = static_cast<std::int64_t>(*mtime);
            if (!isValidBackupId(r[9]))
                return bad("bad stored-in id of " + msg.fileName);
            msg.storedIn = r[9];
            m.messages.push_back(std::move(msg));
        } else if (kind == "skipped") {
            if (auto o = fieldCount(r, 4); !o)
                return std::unexpected(o.error());
            auto box = mailboxIndex(r[1]);
            if (!box)
                return std::unexpected(box.error());
            if (!validFileName(r[2]) || r[3].empty())
                return bad("bad skipped record");
            m.skipped.push_back({*box, r[2], r[3]});
        } else {
            return bad("unknown record '" + kind + "'");
        }
    }
    if (m.backupId.empty() || m.account.empty() || !seen.contains("created") || !seen.contains("parent"))
        return bad("backup, account, created or parent record missing");
    if (m.parent == m.backupId)
        return bad("a backup cannot be its own parent");
    for (const auto &msg : m.messages)
        if (m.parent.empty() && msg.storedIn != m.backupId)
            return bad("a full backup refers to another backup for " + msg.fileName);
    return m;
}

} // namespace mailstore::core::archive
