// SPDX-License-Identifier: GPL-3.0-or-later
// Index repair against a real Dovecot: for every kind of damage (corruptions.h), with
// Dovecot running and with it stopped, the core scan must name the damage, and our
// rebuild followed by `doveadm force-resync` must leave IMAP clients with the same
// messages, the same UIDs (wherever the uidlist line survived), the same UIDVALIDITY and
// the same flags. A byte-identical copy (user bob) gets the same damage and only Dovecot's
// own force-resync, to measure what the rebuild buys; that part is reported, not asserted,
// except that we must never keep fewer UIDs than Dovecot alone.

#include "corruptions.h"
#include "dovecotserver.h"
#include "seedmail.h"

#include "core/integrity/indexrebuild.h"
#include "core/integrity/integrityscan.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace integration;
namespace integrity = mailstore::core::integrity;
Q_DECLARE_METATYPE(integration::Corruption)

namespace {

const QStringList Mailboxes{u"INBOX"_s, u"Archive"_s};

// The finding each damage must produce (integrityscan.h namespace code).
const char *expectedCode(Corruption kind)
{
    namespace c = integrity::code;
    switch (kind) {
    case Corruption::UidlistGarbageLine: return c::UidlistBadLine;
    case Corruption::UidlistDuplicateUid: return c::UidlistDuplicateUid;
    case Corruption::UidlistUidAboveNext: return c::UidlistNextUidStale; // Info: Dovecot accepts it
    case Corruption::UidlistDeleted: return c::UidlistMissing;
    case Corruption::UidlistBadHeader: return c::UidlistBadHeader;
    case Corruption::UidlistEntryWithoutFile: return c::UidlistEntryWithoutFile;
    case Corruption::UidlistFileWithoutEntry: return c::UidlistFileWithoutEntry;
    case Corruption::UidValidityChanged: return c::UidValidityMismatch;
    case Corruption::IndexTruncated: return c::IndexTruncated;
    case Corruption::LogTruncatedMidRecord: return c::IndexLogBroken;
    case Corruption::CacheGarbage: return c::IndexBadVersion; // cache major version 230
    case Corruption::IndexVersionChanged: return c::IndexBadVersion;
    case Corruption::TmpStaleFile: return c::TmpStaleFile;
    case Corruption::SizeMismatch: return c::SizeMismatch;
    case Corruption::ListIndexGarbage: return c::ListIndexDamaged;
    }
    return "";
}

// Findings the repair does not remove by design: it never touches message files or tmp/.
bool expectedToRemain(const mailstore::core::Finding &f)
{
    return f.code == integrity::code::TmpStaleFile || f.code == integrity::code::SizeMismatch;
}

QString codesOf(const mailstore::core::Findings &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << QString::fromStdString(f.code + " (" + std::string(mailstore::core::severityName(f.severity)) + ") "
                                      + f.path + ": " + f.detail);
    return out.join(u"\n  "_s);
}

struct Comparison {
    int total = 0, kept = 0;
    bool uidValiditySame = true;
    QStringList problems; // differences that are failures for our repair
};

// Compares what IMAP shows after with before. A message keeps its UID when it still has
// the UID its surviving uidlist line claims; messages whose line was lost must at least
// get UIDs above everything handed out before.
Comparison compare(const QHash<QString, MailboxView> &before, const QHash<QString, MailboxView> &after,
                   const CorruptionOutcome &damage)
{
    Comparison c;
    for (const QString &box : Mailboxes) {
        const MailboxView &b = before[box];
        const MailboxView &a = after[box];
        const bool damaged = box == u"INBOX"_s;
        if (!a.error.isEmpty()) {
            c.problems << box + u": "_s + a.error;
            c.total += b.byMessageId.size();
            c.uidValiditySame = false;
            continue;
        }
        if (a.select.uidValidity != b.select.uidValidity) {
            c.uidValiditySame = false;
            c.problems << u"%1: UIDVALIDITY %2 -> %3"_s.arg(box).arg(b.select.uidValidity).arg(a.select.uidValidity);
        }
        // UIDNEXT going backwards would let Dovecot hand out a UID a client already saw.
        if (a.select.uidNext < b.select.uidNext)
            c.problems << u"%1: UIDNEXT %2 -> %3"_s.arg(box).arg(b.select.uidNext).arg(a.select.uidNext);
        for (auto it = b.byMessageId.cbegin(); it != b.byMessageId.cend(); ++it) {
            ++c.total;
            const FetchedMessage &was = it.value();
            const QString id = QString::fromUtf8(it.key());
            if (!a.byMessageId.contains(it.key())) {
                c.problems << u"%1: %2 (UID %3) missing"_s.arg(box, id).arg(was.uid);
                continue;
            }
            const FetchedMessage &now = a.byMessageId[it.key()];
            const quint32 want = damaged ? damage.movedUids.value(was.uid, was.uid) : was.uid;
            const bool mayChange = damaged && (damage.uidlistGone || damage.lostUids.contains(was.uid));
            if (now.uid == want)
                ++c.kept;
            else if (!mayChange)
                c.problems << u"%1: %2 UID %3 -> %4"_s.arg(box, id).arg(want).arg(now.uid);
            else if (now.uid < b.select.uidNext)
                c.problems << u"%1: %2 got UID %3, below the old UIDNEXT %4 (reused?)"_s.arg(box, id).arg(now.uid)
                                  .arg(b.select.uidNext);
            if (storedFlags(now.flags) != storedFlags(was.flags))
                c.problems << u"%1: %2 flags %3 -> %4"_s.arg(box, id, storedFlags(was.flags).join(u' '),
                                                               storedFlags(now.flags).join(u' '));
        }
        for (auto it = a.byMessageId.cbegin(); it != a.byMessageId.cend(); ++it)
            if (!b.byMessageId.contains(it.key()))
                c.problems << u"%1: unexpected message %2"_s.arg(box, QString::fromUtf8(it.key()));
    }
    return c;
}

bool copyTree(const QString &from, const QString &toParent, QString *error)
{
    // cp -a keeps mtimes (INTERNALDATE, and the stamps Dovecot compares in its index).
    QDir().mkpath(toParent);
    const ProcessResult r = runProcess(u"cp"_s, {u"-a"_s, from, toParent + u'/'});
    if (!r.ok())
        *error = u"cp -a %1 %2: %3"_s.arg(from, toParent, r.describe());
    return r.ok();
}

} // namespace

class TestIndexRepair : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void healthyAccountIsClean();
    void repair_data();
    void repair();
    void cleanupTestCase();

private:
    QHash<QString, MailboxView> view(const DovecotServer &server, const QString &user) const;
    QTemporaryDir m_pristine; // <m_pristine>/Maildir: alice's account, Dovecot stopped
    QHash<QString, MailboxView> m_before;
    QStringList m_summary;
};

QHash<QString, MailboxView> TestIndexRepair::view(const DovecotServer &server, const QString &user) const
{
    QHash<QString, MailboxView> out;
    for (const QString &box : Mailboxes)
        out.insert(box, viewMailbox(server.port(), user, box));
    return out;
}

void TestIndexRepair::initTestCase()
{
    if (DovecotServer::dovecotBinary().isEmpty())
        QFAIL("dovecot is not installed: run installer/install-deps.sh "
              "(apt-get install dovecot-core dovecot-imapd)");
    QVERIFY(m_pristine.isValid());
    // One seeded account, copied for every row: seeding takes the most time.
    DovecotServer server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    auto seeded = seedMailboxes(server, u"alice"_s);
    QVERIFY2(seeded, qPrintable(errorText(seeded) + u"\n"_s + server.logText()));
    m_before = view(server, u"alice"_s);
    for (const QString &box : Mailboxes) {
        QVERIFY2(m_before[box].error.isEmpty(), qPrintable(m_before[box].error));
        QVERIFY(m_before[box].select.uidValidity != 0);
    }
    QCOMPARE(m_before[u"INBOX"_s].byMessageId.size(), SeedInboxAppends - 3);
    QCOMPARE(m_before[u"Archive"_s].byMessageId.size(), SeedArchiveAppends);
    QVERIFY2(server.stop(&error), qPrintable(error));
    const QString maildir = server.maildirOf(u"alice"_s);
    for (const QString &f : {u"dovecot-uidlist"_s, u"dovecot.index"_s, u"dovecot.index.log"_s, u"dovecot.index.cache"_s,
                            u"dovecot-keywords"_s, u"dovecot.list.index.log"_s})
        QVERIFY2(QFile::exists(maildir + u'/' + f), qPrintable(f + u" was not written by Dovecot"_s));
    qInfo("seeded: INBOX UIDVALIDITY %u UIDNEXT %u, %lld messages; Archive %lld; list index %s",
          m_before[u"INBOX"_s].select.uidValidity, m_before[u"INBOX"_s].select.uidNext,
          qlonglong(m_before[u"INBOX"_s].byMessageId.size()), qlonglong(m_before[u"Archive"_s].byMessageId.size()),
          QFile::exists(maildir + u"/dovecot.list.index"_s) ? "written" : "only .log");
    QVERIFY2(copyTree(maildir, m_pristine.path(), &error), qPrintable(error));
}

void TestIndexRepair::healthyAccountIsClean()
{
    // The seeded account is exactly what Dovecot left behind (including uidlist records
    // of expunged messages that Dovecot drops only at its next uidlist rewrite): no
    // finding on it may count as a problem, or every real account would look broken.
    mailstore::core::maildir::AccountLocation account;
    account.name = "alice";
    account.user = "alice";
    account.maildir = QFile::encodeName(m_pristine.path() + u"/Maildir"_s).toStdString();
    integrity::ScanOptions options;
    options.deep = true;
    mailstore::core::Findings problems;
    for (const auto &f : integrity::scanAccountIndex(account, options))
        if (integrity::isProblem(f))
            problems.push_back(f);
    QVERIFY2(problems.empty(), qPrintable(u"problems on a healthy account:\n  "_s + codesOf(problems)));
}

void TestIndexRepair::repair_data()
{
    QTest::addColumn<Corruption>("kind");
    QTest::addColumn<bool>("running");
    for (Corruption kind : allCorruptions()) {
        QTest::addRow("%s/running", corruptionName(kind)) << kind << true;
        QTest::addRow("%s/stopped", corruptionName(kind)) << kind << false;
    }
}

void TestIndexRepair::repair()
{
    QFETCH(Corruption, kind);
    QFETCH(bool, running);
    const QString alice = u"alice"_s, bob = u"bob"_s;
    DovecotServer server({alice, bob});
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QString error;
    for (const QString &user : {alice, bob})
        QVERIFY2(copyTree(m_pristine.path() + u"/Maildir"_s, server.homeOf(user), &error), qPrintable(error));
    QVERIFY2(server.fixPermissions(&error), qPrintable(error));
    if (running)
        QVERIFY2(server.start(&error), qPrintable(error));

    // The same damage to both copies; alice gets our repair, bob only Dovecot's.
    auto damage = corrupt(kind, server.maildirOf(alice));
    QVERIFY2(damage, qPrintable(damage ? QString() : damage.error()));
    auto damageBob = corrupt(kind, server.maildirOf(bob));
    QVERIFY2(damageBob && damageBob->description == damage->description, "the damage is not deterministic");

    mailstore::core::maildir::AccountLocation account;
    account.name = "alice";
    account.user = "alice";
    account.maildir = QFile::encodeName(server.maildirOf(alice)).toStdString();
    integrity::ScanOptions scanOptions;
    scanOptions.deep = true;
    const auto findings = integrity::scanAccountIndex(account, scanOptions);
    const bool flagged = std::any_of(findings.begin(), findings.end(),
                                     [&](const auto &f) { return f.code == expectedCode(kind); });

    const auto rebuilt = integrity::rebuildAccountIndex(account);
    QString rebuildText = rebuilt ? QString() : QString::fromStdString(rebuilt.error().detail);
    if (rebuilt)
        for (const auto &m : rebuilt->mailboxes)
            rebuildText += u"[%1: kept %2 new %3 dropped %4 V%5 quarantined %6] "_s.arg(QString::fromStdString(m.mailbox))
                               .arg(m.uidsKept).arg(m.uidsNew).arg(m.entriesDropped).arg(m.uidValidity)
                               .arg(m.quarantined.size());
    // What the agent does after a rebuild; then the same for bob without our rebuild.
    // doveadm looks users up through the running auth service, so a stopped Dovecot is
    // started first, as an operator would before running it.
    QVERIFY2(server.fixPermissions(&error), qPrintable(error));
    if (!running)
        QVERIFY2(server.start(&error), qPrintable(error));
    const ProcessResult resyncOurs = server.doveadm({u"force-resync"_s, u"-u"_s, alice, u"*"_s});
    const ProcessResult resyncDovecot = server.doveadm({u"force-resync"_s, u"-u"_s, bob, u"*"_s});
    QVERIFY2(server.fixPermissions(&error), qPrintable(error));

    const Comparison ours = compare(m_before, view(server, alice), *damage);
    const Comparison dovecotOnly = compare(m_before, view(server, bob), *damageBob);
    const QString line = u"%1/%2: ours kept %3/%4%5, dovecot-only kept %6/%4%7"_s
                             .arg(QLatin1StringView(corruptionName(kind)), running ? u"running"_s : u"stopped"_s)
                             .arg(ours.kept).arg(ours.total)
                             .arg(ours.uidValiditySame ? QString() : u" (UIDVALIDITY changed)"_s)
                             .arg(dovecotOnly.kept)
                             .arg(dovecotOnly.uidValiditySame ? QString() : u" (UIDVALIDITY changed or SELECT failed)"_s);
    qInfo("damage: %s", qPrintable(damage->description));
    qInfo("dovecot-only kept %d/%d", dovecotOnly.kept, dovecotOnly.total);
    qInfo("%s", qPrintable(line));
    m_summary << line;
    if (!resyncDovecot.ok())
        qInfo("dovecot-only force-resync: %s", qPrintable(resyncDovecot.describe()));

    QVERIFY2(flagged, qPrintable(u"scan did not report %1; it reported:\n  %2"_s.arg(QLatin1StringView(expectedCode(kind)),
                                                                                    codesOf(findings))));
    QVERIFY2(rebuilt, qPrintable(u"rebuildAccountIndex failed: "_s + rebuildText));
    qInfo("rebuild: %s", qPrintable(rebuildText));
    for (const auto &m : rebuilt->mailboxes)
        if (m.mailbox == "INBOX")
            QCOMPARE(m.uidValidity, m_before[u"INBOX"_s].select.uidValidity);
    QVERIFY2(resyncOurs.ok(), qPrintable(u"force-resync after our rebuild: "_s + resyncOurs.describe()));
    QVERIFY2(ours.problems.isEmpty(), qPrintable(u"after our rebuild:\n  "_s + ours.problems.join(u"\n  "_s)
                                                 + u"\nrebuild: "_s + rebuildText));
    QVERIFY2(ours.kept >= dovecotOnly.kept, qPrintable(line));

    // Once Dovecot has seen the repaired account, a new scan finds nothing left to fix.
    mailstore::core::Findings left;
    for (const auto &f : integrity::scanAccountIndex(account, scanOptions))
        if (integrity::isProblem(f) && !expectedToRemain(f))
            left.push_back(f);
    QVERIFY2(left.empty(), qPrintable(u"problems after the repair:\n  "_s + codesOf(left)));
}

void TestIndexRepair::cleanupTestCase()
{
    if (!m_summary.isEmpty())
        qInfo("summary (UIDs kept, ours vs. Dovecot's force-resync alone):\n  %s", qPrintable(m_summary.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestIndexRepair)
#include "tst_indexrepair.moc"
