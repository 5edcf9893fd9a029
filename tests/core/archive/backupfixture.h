// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the backup tests: a small hand-made account with every kind of metadata,
// reading an archive's members back with libarchive, and writing crafted archives
// (hostile or damaged) with libarchive's own writer.

#include "../maildirfixture.h"
#include "core/archive/backuphead.h"
#include "core/maildir/maillayout.h"

#include <archive.h>
#include <archive_entry.h>

#include <map>
#include <string>
#include <vector>

namespace backupfixture {

// alice: INBOX (3 in cur, 1 in new) and Sent (2), uidlist, keywords, subscriptions.
inline mailstore::core::maildir::AccountLocation makeAccount(const std::string &root)
{
    const std::string md = root + "/alice/Maildir";
    fixture::makeMaildir(md);
    fixture::makeMaildir(md + "/.Sent");
    fixture::writeFile(md + "/maildirfolder");
    fixture::writeFile(md + "/.Sent/maildirfolder");
    fixture::writeFile(md + "/cur/1700000001.M1P1.host,S=11:2,S", "first mail\n", 1700000001);
    fixture::writeFile(md + "/cur/1700000002.M2P1.host,S=12:2,FSa", "second mail\n", 1700000002);
    fixture::writeFile(md + "/cur/1700000003.M3P1.host:2,", "third\n", 1700000003);
    fixture::writeFile(md + "/new/1700000004.M4P1.host", "fourth, new\n", 1700000004);
    fixture::writeFile(md + "/.Sent/cur/1700000005.M5P1.host:2,S", std::string(70000, 'x'), 1700000005);
    fixture::writeFile(md + "/.Sent/cur/1700000006.M6P1.host:2,RS", "sent two\n", 1700000006);
    fixture::writeFile(md + "/dovecot-uidlist",
                       "3 V1700000000 N10 G0123456789abcdef0123456789abcdef\n"
                       "1 :1700000001.M1P1.host,S=11\n2 :1700000002.M2P1.host,S=12\n"
                       "7 :1700000003.M3P1.host\n");
    fixture::writeFile(md + "/dovecot-keywords", "0 $Important\n1 work\n");
    fixture::writeFile(md + "/.Sent/dovecot-uidlist", "3 V1700000100 N3 Gfedcba9876543210fedcba9876543210\n"
                                                      "1 :1700000005.M5P1.host\n2 :1700000006.M6P1.host\n");
    fixture::writeFile(md + "/subscriptions", "V\t2\n\nSent\n");
    return {"alice", "alice", "", md};
}

inline std::map<std::string, std::string> readMembers(const std::string &path)
{
    std::map<std::string, std::string> out;
    struct archive *a = archive_read_new();
    archive_read_support_filter_zstd(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, path.c_str(), 65536) == ARCHIVE_OK) {
        struct archive_entry *e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
            std::string data(static_cast<std::size_t>(archive_entry_size(e)), '\0');
            if (!data.empty())
                archive_read_data(a, data.data(), data.size());
            out[archive_entry_pathname(e)] = data;
        }
    }
    archive_read_free(a);
    return out;
}

struct Member {
    std::string name;
    std::string data;
    unsigned type = AE_IFREG;
    unsigned perm = 0600;
    std::string link;          // symlink target (AE_IFLNK) or hardlink target
    bool hardlink = false;
    long long declaredSize = -1; // header size when not data.size() (zeros fill the rest)
};

// The members of an archive in order (regular files only, as the writer makes them).
inline std::vector<Member> readMemberList(const std::string &path)
{
    std::vector<Member> out;
    struct archive *a = archive_read_new();
    archive_read_support_filter_zstd(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, path.c_str(), 65536) == ARCHIVE_OK) {
        struct archive_entry *e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
            Member m;
            m.name = archive_entry_pathname(e);
            m.data.assign(static_cast<std::size_t>(archive_entry_size(e)), '\0');
            if (!m.data.empty())
                archive_read_data(a, m.data.data(), m.data.size());
            out.push_back(std::move(m));
        }
    }
    archive_read_free(a);
    return out;
}

// Writes a tar + zstd archive of exactly these members, in order.
inline bool writeArchive(const std::string &path, const std::vector<Member> &members)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_zstd(a);
    bool ok = archive_write_open_filename(a, path.c_str()) == ARCHIVE_OK;
    std::string zeros(1 << 20, '\0');
    for (const auto &m : members) {
        if (!ok)
            break;
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.c_str());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, m.perm);
        const long long size = m.declaredSize >= 0 ? m.declaredSize : static_cast<long long>(m.data.size());
        archive_entry_set_size(e, m.type == AE_IFREG ? size : 0);
        if (m.type == AE_IFLNK)
            archive_entry_set_symlink(e, m.link.c_str());
        if (m.hardlink)
            archive_entry_set_hardlink(e, m.link.c_str());
        if (m.type == AE_IFCHR || m.type == AE_IFBLK)
            archive_entry_set_rdev(e, 0x0103);
        ok = archive_write_header(a, e) == ARCHIVE_OK;
        archive_entry_free(e);
        if (ok && m.type == AE_IFREG && !m.hardlink) {
            archive_write_data(a, m.data.data(), m.data.size());
            for (long long left = size - static_cast<long long>(m.data.size()); left > 0;) {
                const auto n = std::min<long long>(left, static_cast<long long>(zeros.size()));
                archive_write_data(a, zeros.data(), static_cast<std::size_t>(n));
                left -= n;
            }
        }
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

inline std::string readBytes(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

inline bool writeBytes(const std::string &path, const std::string &data)
{
    return fixture::writeFile(path, data);
}

} // namespace backupfixture
