// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Support for the restore crash tests: a test account written to disk, what a Maildir
// holds (relative path -> SHA-256 of the bytes), and running the agent under ptrace so it
// can be killed with SIGKILL at a syscall of any of its threads.

#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace integration {

// alice@example.org under <root>/example.org/alice/Maildir: INBOX and Archive, `count`
// messages of 200 B .. 180 KiB (some exact duplicates), flags, keywords, a uidlist with
// gaps, subscriptions. Returns the Maildir path.
QString writeCrashAccount(const QString &root, int count);

// Every message file below the Maildir: "cur/<name>" or ".Archive/new/<name>" -> SHA-256.
std::map<std::string, std::string> messageFiles(const QString &maildir);

// Files in any tmp/ folder of the Maildir's mailboxes.
int tmpFileCount(const QString &maildir);

// uid -> base name of <mailboxDir>/dovecot-uidlist; empty when absent, unparsable or when
// any line is bad (so a comparison with the expected map fails loudly).
std::map<std::uint32_t, std::string> uidlistMap(const QString &mailboxDir);

struct TracedRun {
    long syscalls = 0;   // syscall stops seen, of every thread (entry and exit each count)
    long renames = 0;    // renameat2 calls completed
    bool killed = false; // SIGKILLed at the kill point
    int exitCode = -1;   // when it exited by itself
};

// Where to kill: at the n-th syscall stop of any thread, or right when the n-th
// renameat2 returns (the file has its final name; the uidlist does not name it yet). 0: never.
struct KillPoint {
    long syscall = 0;
    long afterRename = 0;
};

// Runs program with args under ptrace, following every thread it starts (the restore
// commits batches on a thread of its own), and SIGKILLs it at the kill point.
TracedRun runTraced(const QString &program, const QStringList &args, KillPoint kill);

} // namespace integration
