// SPDX-License-Identifier: GPL-3.0-or-later
// Restore rules against live mailboxes and bad archives: skip by content as a multiset,
// the UID policy in an existing mailbox, keyword letters, never overwriting a name, a
// corrupt member leaving nothing of itself, a hostile archive refused before any write,
// a verified archive read once (and still refused member by member when damaged later).
#include "restorefixture.h"

#include "core/archive/backupcatalog.h"
#include "core/archive/backupverifier.h"
#include "core/archive/manifest.h"

using namespace mailstore::core;
using namespace mailstore::core::archive;
using restorefixture::messages;
using restorefixture::request;

class TestRestoreRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skipByContentCountsDuplicates();
    void uidsInAnExistingMailbox();
    void keywordLettersAndTakenNames();
    void corruptMemberLeavesNothing();
    void hostileArchiveRefusedBeforeAnyWrite();
    void verifiedArchiveReadOnce();
};

namespace {

std::string backUp(const maildir::AccountLocation &account, const std::string &target, std::int64_t now = 1800000000)
{
    fixture::makeDir(target);
    auto made = createBackup(account, target, {false, now, 0, 3});
    return made ? made->entry.id : std::string();
}

// alice's test account backed up under <tmp>/target.
struct BackedUp {
    std::string root, target, id, archive;
};

BackedUp backUpAlice(QTemporaryDir &tmp)
{
    BackedUp b;
    b.root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(b.root + "/store");
    b.target = b.root + "/target";
    b.id = backUp(account, b.target);
    b.archive = b.id.empty() ? std::string() : archivePath(b.target, b.id).string();
    return b;
}

int countContent(const std::map<std::string, restorefixture::FileState> &files, const std::string &bytes)
{
    int n = 0;
    for (const auto &[name, f] : files)
        n += f.bytes == bytes ? 1 : 0;
    return n;
}

// The phases a restore reported, in order, each once.
std::vector<std::string> phasesOf(const std::string &target, const std::string &id, const std::string &into,
                                  const std::string &journal, Result<RestoreReport> *result)
{
    std::vector<std::string> phases;
    RestoreOptions options;
    options.progress = [&](const RestoreProgress &p) {
        if (phases.empty() || phases.back() != p.phase)
            phases.push_back(p.phase);
    };
    *result = restoreBackup(request(target, id, into, journal), options);
    return phases;
}

bool anyStartsWith(const std::vector<std::string> &phases, const std::string &prefix)
{
    return std::any_of(phases.begin(), phases.end(), [&](const std::string &p) { return p.starts_with(prefix); });
}

} // namespace

void TestRestoreRules::skipByContentCountsDuplicates()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const std::string md = root + "/store/carol/Maildir";
    QVERIFY(fixture::makeMaildir(md));
    // The same mail twice (a duplicate delivery) and one other.
    QVERIFY(fixture::writeFile(md + "/cur/1700000001.M1P1.h:2,S", "same\n", 1700000001));
    QVERIFY(fixture::writeFile(md + "/cur/1700000002.M2P1.h:2,S", "same\n", 1700000002));
    QVERIFY(fixture::writeFile(md + "/cur/1700000003.M3P1.h:2,S", "other\n", 1700000003));
    QVERIFY(fixture::writeFile(md + "/dovecot-uidlist", "3 V5 N4\n1 :1700000001.M1P1.h\n2 :1700000002.M2P1.h\n"
                                                        "3 :1700000003.M3P1.h\n"));
    const std::string target = root + "/target";
    const std::string id = backUp({"carol", "carol", "", md}, target);
    QVERIFY(!id.empty());
    // One copy of the duplicate is lost (expunged), and "other" is there under another name.
    QVERIFY(::unlink((md + "/cur/1700000002.M2P1.h:2,S").c_str()) == 0);
    QVERIFY(std::rename((md + "/cur/1700000003.M3P1.h:2,S").c_str(), (md + "/cur/1700000009.M9P1.h:2,S").c_str()) == 0);
    auto plan = planRestore(request(target, id, md, {}));
    QVERIFY(plan);
    QCOMPARE(plan->messages, 1u);
    QCOMPARE(plan->alreadyPresent, 2u);
    QVERIFY(plan->live);
    auto report = restoreBackup(request(target, id, md, {}));
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, 1u);
    const auto files = messages(md);
    QCOMPARE(countContent(files, "same\n"), 2);
    QCOMPARE(countContent(files, "other\n"), 1);
    // A second run: everything present, nothing written (R13).
    auto again = restoreBackup(request(target, id, md, {}));
    QVERIFY(again);
    QCOMPARE(again->restored, 0u);
    QCOMPARE(again->alreadyPresent, 3u);
    QCOMPARE(messages(md), files);
}

void TestRestoreRules::uidsInAnExistingMailbox()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    const std::string md = account.maildir.string();
    const std::string id = backUp(account, root + "/target");
    QVERIFY(!id.empty());
    // UIDs 1 and 7 expunged; the live next UID is 5: UID 7 is still free, UID 1 is not.
    QVERIFY(::unlink((md + "/cur/1700000001.M1P1.host,S=11:2,S").c_str()) == 0);
    QVERIFY(::unlink((md + "/cur/1700000003.M3P1.host:2,").c_str()) == 0);
    QVERIFY(fixture::writeFile(md + "/dovecot-uidlist", "3 V1700000000 N5 G0123456789abcdef0123456789abcdef\n"
                                                        "2 :1700000002.M2P1.host,S=12\n"));
    auto r = request(root + "/target", id, md, {});
    r.select.mailbox = "INBOX";
    auto report = restoreBackup(r);
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, 2u);
    QCOMPARE(report->alreadyPresent, 2u);
    QCOMPARE(report->uidsKept, 1u);
    QCOMPARE(report->uidsNew, 1u);
    QCOMPARE(backupfixture::readBytes(md + "/dovecot-uidlist"),
             std::string("3 V1700000000 N9 G0123456789abcdef0123456789abcdef\n2 :1700000002.M2P1.host,S=12\n"
                         "7 :1700000003.M3P1.host\n8 :1700000001.M1P1.host,S=11\n"));
    QCOMPARE(backupfixture::readBytes(md + "/cur/1700000001.M1P1.host,S=11:2,S"), std::string("first mail\n"));

    // Another UIDVALIDITY: every restored message gets a new UID.
    QVERIFY(::unlink((md + "/cur/1700000001.M1P1.host,S=11:2,S").c_str()) == 0);
    QVERIFY(fixture::writeFile(md + "/dovecot-uidlist", "3 V42 N20\n2 :1700000002.M2P1.host,S=12\n"
                                                        "7 :1700000003.M3P1.host\n"));
    auto other = restoreBackup(r);
    QVERIFY(other);
    QCOMPARE(other->restored, 1u);
    QCOMPARE(other->uidsNew, 1u);
    QCOMPARE(restorefixture::uids(md), (std::map<std::uint32_t, std::string>{{2, "1700000002.M2P1.host,S=12"},
                                                                             {7, "1700000003.M3P1.host"},
                                                                             {20, "1700000001.M1P1.host,S=11"}}));
}

void TestRestoreRules::keywordLettersAndTakenNames()
{
    QTemporaryDir tmp;
    const std::string root = fixture::tempRoot(tmp);
    const auto account = backupfixture::makeAccount(root + "/store");
    const std::string id = backUp(account, root + "/target");
    QVERIFY(!id.empty());
    // dave's INBOX calls 'a' something else and already has a file with alice's base name.
    const std::string dave = root + "/store/dave/Maildir";
    QVERIFY(fixture::makeMaildir(dave));
    QVERIFY(fixture::writeFile(dave + "/dovecot-keywords", "0 work\n"));
    QVERIFY(fixture::writeFile(dave + "/cur/1700000001.M1P1.host,S=11:2,", "not alice's\n", 1700000001));
    QVERIFY(fixture::writeFile(dave + "/dovecot-uidlist", "3 V77 N2\n1 :1700000001.M1P1.host,S=11\n"));
    auto r = request(root + "/target", id, dave, {});
    r.select.mailbox = "INBOX";
    auto report = restoreBackup(r);
    QVERIFY2(report, report ? "" : report.error().detail.c_str());
    QCOMPARE(report->restored, 4u);
    QVERIFY(report->plan.live);
    // "$Important" (alice's 'a') gets the free letter 'b'; "work" (alice's 'b') is dave's 'a'.
    QCOMPARE(backupfixture::readBytes(dave + "/dovecot-keywords"), std::string("0 work\n1 $Important\n"));
    QCOMPARE(backupfixture::readBytes(dave + "/cur/1700000002.M2P1.host,S=12:2,FSb"), std::string("second mail\n"));
    QCOMPARE(backupfixture::readBytes(dave + "/cur/1700000001.M1P1.host,S=11:2,"), std::string("not alice's\n"));
    int firstMail = 0;
    for (const auto &[name, f] : messages(dave))
        if (f.bytes == "first mail\n") {
            ++firstMail;
            QVERIFY(QString::fromStdString(name).startsWith(QLatin1String("cur/1700000001.M1P1.host.R")));
            QVERIFY(QString::fromStdString(name).endsWith(QLatin1String(",S=11:2,S")));
        }
    QCOMPARE(firstMail, 1);
    QCOMPARE(restorefixture::uids(dave).size(), 5u);
}

void TestRestoreRules::corruptMemberLeavesNothing()
{
    QTemporaryDir tmp;
    const auto [root, target, id, archive] = backUpAlice(tmp);
    QVERIFY(!id.empty());
    // m/2 ("second mail\n") damaged in place, same size; the manifest member untouched.
    auto members = backupfixture::readMemberList(archive);
    QCOMPARE(members[2].name, std::string("m/2"));
    members[2].data[0] = 'S';
    QVERIFY(backupfixture::writeArchive(archive, members));
    const std::string into = root + "/fresh/alice/Maildir";
    auto report = restoreBackup(request(target, id, into, root + "/j"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Corrupted);
    QVERIFY2(report.error().detail.find("hash-mismatch m/2") != std::string::npos, report.error().detail.c_str());
    const auto files = messages(into);
    QCOMPARE(files.size(), 5u);
    QCOMPARE(countContent(files, "second mail\n"), 0);
    QCOMPARE(countContent(files, "Second mail\n"), 0);
    QCOMPARE(restorefixture::tmpFiles(into), 0);
    QCOMPARE(restorefixture::uids(into).size(), 3u);
}

void TestRestoreRules::hostileArchiveRefusedBeforeAnyWrite()
{
    QTemporaryDir tmp;
    const auto [root, target, id, archive] = backUpAlice(tmp);
    QVERIFY(!id.empty());
    const auto original = backupfixture::readMemberList(archive);
    const std::vector<backupfixture::Member> hostile = {
        {"../../evil", "x\n", AE_IFREG, 0600, {}, false, -1},
        {"m/1", {}, AE_IFLNK, 0777, "/etc/passwd", false, -1},
        {"/tmp/evil", "x\n", AE_IFREG, 0600, {}, false, -1},
        {"m/1", "x\n", AE_IFREG, 04755, {}, false, -1},
    };
    const std::vector<std::string> reasons = {"path-traversal", "link", "absolute-path", "bad-mode"};
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        // The bad member comes last before the manifest: after good ones that a naive
        // streaming restore would already have written.
        auto members = original;
        members.insert(members.end() - 1, hostile[i]);
        QVERIFY(backupfixture::writeArchive(archive, members));
        const std::string into = root + "/fresh" + std::to_string(i) + "/alice/Maildir";
        auto report = restoreBackup(request(target, id, into, root + "/j"));
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Corrupted);
        QVERIFY2(report.error().detail.find("refused before any write: " + reasons[i]) != std::string::npos,
                 report.error().detail.c_str());
        QVERIFY(!QFile::exists(QString::fromStdString(root + "/fresh" + std::to_string(i))));
    }
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/j")));
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/evil")));
    // A sidecar manifest that is not the one the catalog recorded: refused before reading.
    QVERIFY(backupfixture::writeArchive(archive, original));
    const std::string sidecar = manifestPath(target, id).string();
    std::string text = backupfixture::readBytes(sidecar);
    text[text.find("alice")] = 'A';
    QVERIFY(backupfixture::writeBytes(sidecar, text));
    auto tampered = restoreBackup(request(target, id, root + "/fresh/alice/Maildir", root + "/j"));
    QVERIFY(!tampered);
    QCOMPARE(tampered.error().code, ErrorCode::Corrupted);
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/fresh")));
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/target/evil")));
}

void TestRestoreRules::verifiedArchiveReadOnce()
{
    QTemporaryDir tmp;
    const auto [root, target, id, archive] = backUpAlice(tmp);
    QVERIFY(!id.empty());
    Result<RestoreReport> result = fail(ErrorCode::Io, "not run");

    // Never verified: checked header by header first.
    auto phases = phasesOf(target, id, root + "/a/alice/Maildir", root + "/j", &result);
    QVERIFY2(result, result ? "" : result.error().detail.c_str());
    QVERIFY(anyStartsWith(phases, "checking " + id));
    const auto expected = messages(root + "/a/alice/Maildir");
    QCOMPARE(expected.size(), 6u);

    // Verified and unchanged since: read once, the same result.
    auto verified = verifyBackup(archive);
    QVERIFY(verified && verified->good());
    const auto catalog = readCatalog(target);
    QVERIFY(catalog && catalog->find(id) && catalog->find(id)->lastVerified > 0);
    const std::int64_t verifiedAt = catalog->find(id)->lastVerified;
    phases = phasesOf(target, id, root + "/b/alice/Maildir", root + "/j", &result);
    QVERIFY2(result, result ? "" : result.error().detail.c_str());
    QVERIFY(!anyStartsWith(phases, "checking"));
    QVERIFY(anyStartsWith(phases, "reading " + id));
    QCOMPARE(result->restored, 6u);
    QCOMPARE(messages(root + "/b/alice/Maildir"), expected);

    // Changed after the verify (a later mtime): checked again, refused before any write.
    auto members = backupfixture::readMemberList(archive);
    const auto original = members;
    members.insert(members.end() - 1, {"../../evil", "x\n", AE_IFREG, 0600, {}, false, -1});
    QVERIFY(backupfixture::writeArchive(archive, members));
    struct stat st {};
    QVERIFY(::stat(archive.c_str(), &st) == 0);
    const std::int64_t later = verifiedAt + 10;
    const struct timespec times[2] = {{later, 0}, {later, 0}};
    QVERIFY(::utimensat(AT_FDCWD, archive.c_str(), times, 0) == 0);
    QVERIFY(updateCatalog(target, [&](BackupCatalog &c) -> Result<void> {
        c.find(id)->archiveBytes = std::uint64_t(st.st_size); // only the mtime tells
        return ok();
    }));
    phases = phasesOf(target, id, root + "/c/alice/Maildir", root + "/j", &result);
    QVERIFY(!result);
    QVERIFY2(result.error().detail.find("refused before any write: path-traversal") != std::string::npos,
             result.error().detail.c_str());
    QVERIFY(anyStartsWith(phases, "checking " + id));
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/c")));

    // The same damage with the verified size and mtime (as if the verify had seen this
    // file): no check pass, but the write pass refuses the member and writes nothing
    // outside the account; the good messages before it are restored, the run fails.
    const struct timespec back[2] = {{verifiedAt, 0}, {verifiedAt, 0}};
    QVERIFY(::utimensat(AT_FDCWD, archive.c_str(), back, 0) == 0);
    phases = phasesOf(target, id, root + "/d/alice/Maildir", root + "/j", &result);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Corrupted);
    QVERIFY2(result.error().detail.find("path-traversal") != std::string::npos, result.error().detail.c_str());
    QVERIFY(!anyStartsWith(phases, "checking"));
    QCOMPARE(messages(root + "/d/alice/Maildir"), expected);
    QCOMPARE(restorefixture::tmpFiles(root + "/d/alice/Maildir"), 0);
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/evil")));
    QVERIFY(!QFile::exists(QString::fromStdString(root + "/d/evil")));
    QVERIFY(backupfixture::writeArchive(archive, original));
}

QTEST_GUILESS_MAIN(TestRestoreRules)
#include "tst_restorerules.moc"
