// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deterministic ways to damage the index state of a Dovecot Maildir, one per case of
// issue 3 (storage-formats.md section 8 has Dovecot's measured reaction to most). Each
// works on the INBOX of an account (the Maildir root), except the list index which lives
// in the root anyway. The same damage applied to two byte-identical copies gives
// byte-identical results, so one copy can be repaired by us and the other by Dovecot
// alone. Files are modified in place (truncate + write) so owner and mode stay those of
// Dovecot's mail user, as with damage a crash or a disk leaves behind.

#include <QHash>
#include <QList>
#include <QString>

#include <expected>

namespace integration {

enum class Corruption {
    UidlistGarbageLine,      // a line of garbage inserted in the middle of the records
    UidlistDuplicateUid,     // the middle record takes the UID of the record above it
    UidlistUidAboveNext,     // last record's UID raised above N, and N lowered to 5
    UidlistDeleted,
    UidlistBadHeader,        // header line replaced by garbage
    UidlistEntryWithoutFile, // a record (in a UID gap) for a file that does not exist
    UidlistFileWithoutEntry, // the middle record removed; its file stays in cur/
    UidValidityChanged,      // V changed in the uidlist only (dovecot.index disagrees)
    IndexTruncated,          // dovecot.index cut to 60 bytes (inside the base header)
    LogTruncatedMidRecord,   // dovecot.index.log cut in the middle of a record
    CacheGarbage,            // dovecot.index.cache overwritten with random bytes
    IndexVersionChanged,     // dovecot.index major version byte 7 -> 8
    TmpStaleFile,            // a file in tmp/ with an mtime three days old
    SizeMismatch,            // a cur/ file renamed with a wrong S= (uidlist follows it)
    ListIndexGarbage,        // dovecot.list.index overwritten (or created) with garbage
};

QList<Corruption> allCorruptions();
const char *corruptionName(Corruption kind); // stable, for QTest row names

struct CorruptionOutcome {
    QString description;
    // UIDs (as before the damage) whose uidlist line did not survive: those messages may
    // legitimately get new UIDs.
    QList<quint32> lostUids;
    // A record that still parses but now claims another UID: old UID -> claimed UID.
    QHash<quint32, quint32> movedUids;
    bool uidlistGone = false; // no line survived: UIDs cannot be kept, only UIDVALIDITY
};

// Damages the account whose Maildir (INBOX root) is maildir. Fails, with a reason, when
// a file the damage needs is absent (e.g. dovecot.index in a small mailbox).
std::expected<CorruptionOutcome, QString> corrupt(Corruption kind, const QString &maildir);

} // namespace integration
