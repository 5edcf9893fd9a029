// SPDX-License-Identifier: GPL-3.0-or-later
// Restore under crashes and a full disk (reliability.md R1, R6), with the real agent
// command line: kill -9 at 30 syscall points spread over a whole run and 10 right after a
// rename into place, then the same
// command again; and a restore into a size-capped tmpfs that runs out of space, then
// again after the space is freed. Every time the end state must be exactly the backup:
// every message once under its own name with its bytes, its UID, nothing in tmp/, a
// uidlist Dovecot can read.
#include "dovecotserver.h"
#include "restorecrashsupport.h"
#include "core/archive/backupwriter.h"
#include "core/dovecot/uidlist.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace integration;

class TestRestoreCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killNineAtThirtyPoints();
    void diskFullThenFreed();

private:
    QTemporaryDir m_dir;
    QString m_source, m_target;
    std::map<std::string, std::string> m_files;
    std::map<std::uint32_t, std::string> m_inboxUids, m_archiveUids;
};

namespace {

constexpr int Messages = 120;

QStringList restoreArgs(const QString &root, const QString &state, const QString &target, const QString &into)
{
    return {u"restore"_s, u"--root"_s, root, u"--state-dir"_s, state, u"--from"_s, target, u"--account"_s,
            u"alice@example.org"_s, u"--into"_s, into, u"--batch-messages"_s, u"16"_s, u"--json"_s};
}

} // namespace

void TestRestoreCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = writeCrashAccount(m_dir.path() + u"/store"_s, Messages);
    m_target = m_dir.path() + u"/backups"_s;
    QVERIFY(QDir().mkpath(m_target));
    const mailstore::core::maildir::AccountLocation alice{"alice@example.org", "alice", "example.org",
                                                          QFile::encodeName(m_source).toStdString()};
    auto made = mailstore::core::archive::createBackup(alice, QFile::encodeName(m_target).toStdString());
    QVERIFY2(made, made ? "" : made.error().detail.c_str());
    m_files = messageFiles(m_source);
    QCOMPARE(int(m_files.size()), Messages);
    // The uidlists a restore must end with: the originals, plus the next UIDs for the
    // messages Dovecot had not numbered yet.
    m_inboxUids = uidlistMap(m_source);
    m_archiveUids = uidlistMap(m_source + u"/.Archive"_s);
    QVERIFY(!m_inboxUids.empty() && !m_archiveUids.empty());
}

void TestRestoreCrash::killNineAtThirtyPoints()
{
    const QString agent = QStringLiteral(MAILSTORE_AGENT_BIN);
    const QString root = m_dir.path() + u"/store"_s;
    const QString state = m_dir.path() + u"/state"_s;
    // One whole run, counted, gives the range the kill points are spread over.
    const TracedRun whole = runTraced(agent, restoreArgs(root, state, m_target, u"whole@example.org"_s), {});
    QCOMPARE(whole.exitCode, 0);
    QVERIFY(whole.syscalls > 1000);
    const QString reference = root + u"/example.org/whole/Maildir"_s;
    QCOMPARE(messageFiles(reference), m_files);
    const auto inbox = uidlistMap(reference);
    const auto archive = uidlistMap(reference + u"/.Archive"_s);
    for (const auto &[uid, base] : m_inboxUids)
        QCOMPARE(inbox.at(uid), base);
    for (const auto &[uid, base] : m_archiveUids)
        QCOMPARE(archive.at(uid), base);

    // 30 points spread evenly over the run, and 10 just after a rename into cur/ or new/
    // (before the uidlist names the file: the window the journal's pending batch covers).
    std::vector<KillPoint> points;
    for (int i = 1; i <= 30; ++i)
        points.push_back({whole.syscalls * i / 31, 0});
    QCOMPARE(whole.renames, long(Messages));
    for (long i = 0; i < 10; ++i)
        points.push_back({0, 1 + i * whole.renames / 10});
    int killed = 0;
    for (int point = 1; point <= int(points.size()); ++point) {
        const KillPoint at = points[std::size_t(point - 1)];
        const QString into = u"k%1@example.org"_s.arg(point);
        const QString maildir = root + u"/example.org/k%1/Maildir"_s.arg(point);
        const TracedRun cut = runTraced(agent, restoreArgs(root, state, m_target, into), at);
        killed += cut.killed ? 1 : 0;
        const ProcessResult rerun = runProcess(agent, restoreArgs(root, state, m_target, into), 60000);
        QVERIFY2(rerun.exitCode == 0, qPrintable(u"point %1 (syscall %2, rename %3): %4"_s.arg(point).arg(at.syscall).arg(at.afterRename).arg(rerun.describe())));
        // Exactly the backup: 0 lost, 0 duplicated, the same names and bytes.
        QCOMPARE(messageFiles(maildir), m_files);
        QCOMPARE(tmpFileCount(maildir), 0);
        // The same UIDs as a run that was never killed, in a uidlist that parses cleanly.
        QCOMPARE(uidlistMap(maildir), inbox);
        QCOMPARE(uidlistMap(maildir + u"/.Archive"_s), archive);
        QVERIFY2(!QFile::exists(maildir + u"/dovecot-uidlist.lock"_s), qPrintable(u"lock at point %1"_s.arg(point)));
    }
    QCOMPARE(killed, 40);
    QCOMPARE(QDir(state + u"/restores"_s).entryList({u"*.journal"_s}, QDir::Files).size(), 0);
}

void TestRestoreCrash::diskFullThenFreed()
{
    if (::geteuid() != 0)
        QSKIP("needs root for a private mount namespace with a size-capped tmpfs");
    // A private mount namespace for this process and the agent it starts: the tmpfs is
    // invisible to the rest of the machine and goes away with the test.
    QVERIFY(::unshare(CLONE_NEWNS) == 0);
    QVERIFY(::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0);
    const QString small = m_dir.path() + u"/small"_s;
    QVERIFY(QDir().mkpath(small));
    const QByteArray mountPoint = QFile::encodeName(small);
    QVERIFY(::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=1m") == 0);
    const QString root = small + u"/root"_s;
    QVERIFY(QDir().mkpath(root));
    const QString state = m_dir.path() + u"/state-full"_s;
    const QString agent = QStringLiteral(MAILSTORE_AGENT_BIN);
    const QString maildir = root + u"/example.org/alice/Maildir"_s;

    const ProcessResult full = runProcess(agent, restoreArgs(root, state, m_target, u"alice@example.org"_s), 60000);
    QCOMPARE(full.exitCode, 3);
    QVERIFY2(full.err.contains("no space left on the device"), full.err.constData());
    QVERIFY2(full.err.contains("free space and run again"), full.err.constData());
    // What is there is consistent: every file complete and right, nothing in tmp/, the
    // uidlists parse and name only files that are there, with their own UIDs.
    const auto partial = messageFiles(maildir);
    QVERIFY(partial.size() < m_files.size());
    for (const auto &[name, sha] : partial)
        QCOMPARE(sha, m_files.at(name));
    QCOMPARE(tmpFileCount(maildir), 0);
    for (const QString &box : {maildir, maildir + u"/.Archive"_s}) {
        if (!QFile::exists(box + u"/dovecot-uidlist"_s))
            continue;
        auto list = mailstore::core::dovecot::readUidlist(QFile::encodeName(box).toStdString());
        QVERIFY(list);
        QVERIFY(list->issues.empty());
    }

    QVERIFY(::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_REMOUNT, "size=64m") == 0);
    const ProcessResult again = runProcess(agent, restoreArgs(root, state, m_target, u"alice@example.org"_s), 60000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.out.contains("\"resumed\": true") || again.out.contains("\"resumed\":true"));
    QCOMPARE(messageFiles(maildir), m_files);
    QCOMPARE(tmpFileCount(maildir), 0);
    for (const auto &[uid, base] : m_inboxUids)
        QCOMPARE(uidlistMap(maildir).at(uid), base);
    QVERIFY(::umount2(mountPoint.constData(), MNT_DETACH) == 0);
}

QTEST_GUILESS_MAIN(TestRestoreCrash)
#include "tst_restorecrash.moc"
