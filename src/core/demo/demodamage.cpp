// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodamage.h"

#include "../integrity/integrityscan.h"
#include "../maildir/mailbox.h"
#include "../maildir/maillayout.h"
#include "demorandom.h"

#include <sys/stat.h>
#include <sys/time.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mailstore::core::demo {

namespace {

std::string readAll(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Result<void> writeAll(const std::filesystem::path &p, const std::string &data)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << data;
    if (!out)
        return fail(ErrorCode::Io, "cannot write demo damage", p.string());
    return ok();
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        out.push_back(l);
    return out;
}

std::string join(const std::vector<std::string> &ls)
{
    std::string out;
    for (const auto &l : ls)
        out += l + "\n";
    return out;
}

// Dovecot's log record sizes: 4 bytes, big-endian, 7 bits each with the top bit set,
// holding size >> 2.
void appendOffset(std::string &out, std::uint32_t size)
{
    const std::uint32_t v = size >> 2;
    for (int shift : {21, 14, 7, 0})
        out += char(0x80 | ((v >> shift) & 0x7f));
}

void appendU32(std::string &out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xff);
}

Result<void> garbageLine(const maildir::MailboxInfo &box)
{
    auto ls = lines(readAll(box.path / "dovecot-uidlist"));
    if (ls.size() < 4)
        return fail(ErrorCode::InvalidArgument, "too few lines");
    ls.insert(ls.begin() + std::ptrdiff_t(ls.size() / 2), "\x1b\x7f@@ garbage written by a failing disk @@");
    return writeAll(box.path / "dovecot-uidlist", join(ls));
}

Result<void> duplicateUid(const maildir::MailboxInfo &box)
{
    auto ls = lines(readAll(box.path / "dovecot-uidlist"));
    if (ls.size() < 4)
        return fail(ErrorCode::InvalidArgument, "too few lines");
    // Line 3 takes line 2's UID: Dovecot would renumber nearly everything after it.
    const auto uid2 = ls[1].substr(0, ls[1].find(' '));
    ls[2] = uid2 + ls[2].substr(ls[2].find(' '));
    return writeAll(box.path / "dovecot-uidlist", join(ls));
}

Result<void> lostUidlist(const maildir::MailboxInfo &box)
{
    std::error_code ec;
    std::filesystem::remove(box.path / "dovecot-uidlist", ec);
    return ec ? fail(ErrorCode::Io, ec.message(), box.path.string()) : ok();
}

Result<void> truncatedLog(const maildir::MailboxInfo &box, std::uint32_t indexId)
{
    std::string log;
    log += char(1);        // major
    log += char(3);        // minor
    log += char(40), log += char(0); // hdr_size
    appendU32(log, indexId);
    appendU32(log, 1);     // file_seq
    appendU32(log, 0);     // prev_file_seq
    appendU32(log, 0);     // prev_file_offset
    appendU32(log, indexId);
    log.append(8, '\0');   // initial_modseq
    log += char(1);        // compat: little-endian
    log.append(7, '\0');
    appendOffset(log, 64); // a 64-byte APPEND record...
    appendU32(log, 0x2);
    log.append(12, '\0');  // ...of which only 20 bytes made it to disk
    return writeAll(box.path / "dovecot.index.log", log);
}

Result<void> staleTmp(const maildir::MailboxInfo &box, std::int64_t now)
{
    const auto file = box.path / "tmp" / (std::to_string(now - 4 * 86400) + ".M1P999.mstore-1");
    if (auto w = writeAll(file, "Return-Path: <>\nSubject: half a delivery"); !w)
        return w;
    const timeval t[2] = {{time_t(now - 4 * 86400), 0}, {time_t(now - 4 * 86400), 0}};
    ::utimes(file.c_str(), t);
    return ok();
}

Result<void> sizeMismatch(const maildir::MailboxInfo &box)
{
    auto files = maildir::listMessageFiles(box);
    if (!files || files->empty())
        return fail(ErrorCode::InvalidArgument, "no messages");
    auto &f = files->front();
    const auto path = box.path / (f.inNew ? "new" : "cur") / f.fileName;
    // The disk lost the message's tail: the name still promises the full size.
    std::filesystem::resize_file(path, f.size / 2);
    return ok();
}

} // namespace

Result<std::vector<DamagedAccount>> damageDemoAccounts(const std::filesystem::path &root, std::uint32_t count,
                                                       std::uint64_t seed, std::int64_t now)
{
    auto layout = maildir::MailLayout::parse(maildir::MailLayout::DefaultPattern);
    auto accounts = layout->discover(root);
    if (!accounts)
        return std::unexpected(accounts.error());
    Rng rng(seed, RngStream::Layout, 0xdaa6e);
    std::vector<maildir::AccountLocation> pool = *accounts;
    std::vector<DamagedAccount> out;
    const char *const kinds[] = {integrity::code::UidlistBadLine, integrity::code::UidlistDuplicateUid,
                                 integrity::code::UidlistMissing, integrity::code::IndexLogBroken,
                                 integrity::code::TmpStaleFile, integrity::code::SizeMismatch};
    while (out.size() < count && !pool.empty()) {
        const auto pick = std::size_t(rng.below(pool.size()));
        const auto loc = pool[pick];
        pool.erase(pool.begin() + std::ptrdiff_t(pick));
        auto boxes = maildir::listMailboxes(loc.maildir);
        if (!boxes || boxes->empty())
            continue;
        const auto &inbox = boxes->front();
        auto files = maildir::listMessageFiles(inbox);
        if (!files || files->size() < 5)
            continue; // damage shows best where there is mail
        const std::string kind = kinds[out.size() % std::size(kinds)];
        Result<void> r = ok();
        if (kind == integrity::code::UidlistBadLine) r = garbageLine(inbox);
        else if (kind == integrity::code::UidlistDuplicateUid) r = duplicateUid(inbox);
        else if (kind == integrity::code::UidlistMissing) r = lostUidlist(inbox);
        else if (kind == integrity::code::IndexLogBroken) r = truncatedLog(inbox, std::uint32_t(now - 86400));
        else if (kind == integrity::code::TmpStaleFile) r = staleTmp(inbox, now);
        else r = sizeMismatch(inbox);
        if (!r)
            return std::unexpected(r.error());
        out.push_back(DamagedAccount{loc.name, kind});
    }
    return out;
}

} // namespace mailstore::core::demo
