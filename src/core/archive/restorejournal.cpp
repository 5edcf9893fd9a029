// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorejournal.h"

#include "../dovecot/filebytes.h"
#include "../fs/atomicfile.h"
#include "recordtext.h"

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive::detail {

namespace {
constexpr std::size_t JournalMaxBytes = 256ull << 20;
} // namespace

Result<RestoreJournal> RestoreJournal::open(const std::filesystem::path &dir, const std::string &key,
                                            const std::string &backupId, const std::string &maildir)
{
    RestoreJournal j;
    j.m_backupId = backupId;
    j.m_maildir = maildir;
    if (dir.empty())
        return j;
    j.m_file = dir / (key + ".journal");
    auto text = dovecot::detail::readWholeFile(j.m_file, JournalMaxBytes);
    if (!text) {
        if (text.error().code == ErrorCode::NotFound)
            return j;
        return std::unexpected(text.error());
    }
    j.m_resumed = true;
    auto parsed = parseRecordFile(*text, JournalMagic, 1, JournalMaxBytes);
    if (!parsed)
        return j; // written atomically, so this is not ours to trust: found again by content
    for (const Record &r : parsed->records) {
        if (r.size() == 2 && r[0] == "created") {
            j.m_created.insert(r[1]);
        } else if (r.size() == 5 && r[0] == "pending") {
            const auto uid = parseDecimal(r[4], UINT32_MAX);
            if (uid)
                j.m_pending.push_back({r[1], r[2] == "new", r[3], static_cast<std::uint32_t>(*uid)});
        }
    }
    return j;
}

Result<void> RestoreJournal::save()
{
    if (m_file.empty())
        return ok();
    std::error_code ec;
    std::filesystem::create_directories(m_file.parent_path(), ec);
    if (ec)
        return fail(errorCodeFromErrno(ec.value()), "create journal folder: " + ec.message(),
                    m_file.parent_path().string());
    RecordWriter w(JournalMagic, 1);
    w.add({"restore", m_backupId, m_maildir});
    for (const auto &c : m_created)
        w.add({"created", c});
    for (const auto &p : m_pending) {
        const std::string uid = std::to_string(p.uid);
        w.add({"pending", p.mailbox, p.inNew ? "new" : "cur", p.fileName, uid});
    }
    return fs::writeFileAtomic(m_file, w.finish(), 0600);
}

Result<void> RestoreJournal::addCreated(const std::string &mailbox)
{
    if (!m_created.insert(mailbox).second)
        return ok();
    return save();
}

Result<void> RestoreJournal::setPending(std::vector<PendingFile> files)
{
    if (files.empty() && m_pending.empty() && !m_file.empty() && std::filesystem::exists(m_file))
        return ok();
    m_pending = std::move(files);
    return save();
}

Result<void> RestoreJournal::remove()
{
    if (m_file.empty())
        return ok();
    if (::unlink(m_file.c_str()) < 0 && errno != ENOENT)
        return failErrno(errno, "remove journal", m_file);
    return fs::syncDirectory(m_file.parent_path());
}

} // namespace mailstore::core::archive::detail
