// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtext.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// The context predates this file (the sentences lived in FindingsModel), so existing
// translations keep working.
constexpr const char *Context = "mailstore::app::FindingsModel";

struct Sentence {
    const char *text;
    bool rebuildFixes;
};

const QHash<QString, Sentence> &sentences()
{
    static const QHash<QString, Sentence> table{
        // Maildir findings (API 1.0).
        {u"unreadable-folder"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A folder cannot be read; its mail is invisible to the user."), false}},
        {u"non-utf8-name"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A file or folder name is not valid UTF-8."), false}},
        {u"dangling-symlink"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A symbolic link points to something that does not exist."), false}},
        {u"symlink-skipped"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A symbolic link was not followed, for safety."), false}},
        {u"zero-byte-message"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message file is empty (0 bytes)."), false}},
        {u"huge-message"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message is unusually large."), false}},
        {u"name-without-info"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message in cur/ has no flags part (:2,) in its name."), false}},
        {u"bad-message-name"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message file name does not follow the Maildir rules."), false}},
        {u"not-a-file"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "Something in a message folder is not a regular file."), false}},
        {u"missing-subfolder"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A mailbox lacks its cur/ or new/ folder."), false}},
        {u"bad-mailbox-name"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A mailbox name is not valid modified UTF-7."), false}},
        {u"stat-failed"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The size or date of a file could not be read."), false}},

        // Dovecot index findings (API 1.1): what the user would notice, then what to do.
        {u"uidlist-missing"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The mailbox has no dovecot-uidlist. Dovecot would number all messages afresh and clients would download them again. Rebuild writes one; its preview says which UIDs can be kept."), true}},
        {u"uidlist-unreadable"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot-uidlist cannot be read, by Dovecot either. Check the owner and permissions of the file, then verify again."), false}},
        {u"uidlist-bad-header"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The first line of dovecot-uidlist (UIDVALIDITY, next UID) is damaged. Dovecot would start the mailbox afresh and clients would download it again. Rebuild keeps the UIDVALIDITY where it can be recovered."), true}},
        {u"uidlist-bad-line"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A line of dovecot-uidlist cannot be read. Dovecot would renumber the messages after it, and clients would download them again. Rebuild keeps their UIDs."), true}},
        {u"uidlist-duplicate-uid"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "Two messages share one UID in dovecot-uidlist, so clients may show the wrong message. Rebuild keeps the UID for the first and gives the other a new one."), true}},
        {u"uidlist-uid-order"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The UIDs in dovecot-uidlist are out of order. Dovecot would treat the file as broken and renumber the messages. Rebuild keeps their UIDs."), true}},
        {u"uidlist-duplicate-name"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message file is listed twice in dovecot-uidlist. Rebuild keeps one entry with its UID."), true}},
        {u"uidlist-uid-too-high"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A UID in dovecot-uidlist is not below the next UID of its header, so new mail could get a UID already in use. Rebuild raises the next UID."), true}},
        {u"uidlist-next-uid-stale"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The next UID in dovecot-uidlist is not above the highest UID in use. Dovecot corrects this itself; nothing to do."), false}},
        {u"uidlist-entry-without-file"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot-uidlist lists a message whose file is gone. Clients do not notice; Rebuild drops the entry."), true}},
        {u"uidlist-file-without-entry"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message in cur/ has no line in dovecot-uidlist; Dovecot would give it a new UID and clients would download it again. Rebuild gives it a UID above all used so far."), true}},
        {u"uidlist-behind-index"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index has handed out more UIDs than dovecot-uidlist knows, so Dovecot could reuse UIDs clients have seen. Rebuild raises the next UID above both."), true}},
        {u"uidvalidity-mismatch"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index and dovecot-uidlist disagree about UIDVALIDITY. Dovecot would reset the mailbox and clients would download it again. Rebuild keeps the uidlist's UIDVALIDITY."), true}},
        {u"index-truncated"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index is cut short. Dovecot rebuilds it slowly while the user waits. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay."), true}},
        {u"index-bad-version"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index has a format version Dovecot cannot use. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay."), true}},
        {u"index-bad-header"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The header of dovecot.index is damaged. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay."), true}},
        {u"index-marked-corrupted"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "Dovecot marked dovecot.index as corrupted. Rebuild moves it to quarantine so Dovecot makes a fresh one; UIDs stay."), true}},
        {u"index-foreign-endian"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index was written by a machine with another byte order (after a migration?). Dovecot cannot use it. Rebuild moves it to quarantine; UIDs stay."), true}},
        {u"index-id-mismatch"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index and its log or cache belong to different generations. Rebuild moves them to quarantine so Dovecot makes fresh ones; UIDs stay."), true}},
        {u"index-counts-disagree"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "dovecot.index counts a different number of messages than the folder holds; clients may show wrong counts. Rebuild lets Dovecot count afresh; UIDs stay."), true}},
        {u"index-log-broken"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The transaction log dovecot.index.log is damaged; recent flag changes may be lost. Rebuild moves it to quarantine; UIDs stay."), true}},
        {u"list-index-damaged"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "The mailbox list index is damaged; clients may miss folders. Rebuild moves it to quarantine so Dovecot lists the folders afresh."), true}},
        {u"tmp-stale-file"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "An old file lies in tmp/, left by an interrupted delivery. Harmless; Dovecot removes such files after 36 hours."), false}},
        {u"size-mismatch"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message's size differs from the size in its file name (S= or W=); clients may fail to fetch it. Check whether the file was cut short; Rebuild does not change message files."), false}},
        {u"unreadable-message"_s, {QT_TRANSLATE_NOOP("mailstore::app::FindingsModel", "A message file cannot be read, so the user cannot open it. Check its permissions and the disk."), false}},
    };
    return table;
}
} // namespace

QString findingSentence(const QString &code)
{
    const auto it = sentences().constFind(code);
    if (it != sentences().cend())
        return QCoreApplication::translate(Context, it->text);
    return QCoreApplication::translate(Context, "Unrecognised problem (%1).").arg(code);
}

bool findingRebuildFixes(const QString &code)
{
    const auto it = sentences().constFind(code);
    return it != sentences().cend() && it->rebuildFixes;
}

} // namespace mailstore::app
