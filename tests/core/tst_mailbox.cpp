// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fs/pathtext.h"
#include "core/maildir/mailbox.h"
#include "maildirfixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/stat.h>

using namespace mailstore::core;
using namespace mailstore::core::maildir;

namespace {

const MailboxInfo *byName(const std::vector<MailboxInfo> &list, const std::string &name)
{
    for (const auto &m : list)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

class TestMailbox : public QObject {
    Q_OBJECT
private slots:
    void listMailboxesOfTree()
    {
        QTemporaryDir tmp;
        const std::string md = fixture::tempRoot(tmp) + "/Maildir";
        QVERIFY(fixture::makeMaildir(md));
        QVERIFY(fixture::makeMaildir(md + "/.Sent"));
        QVERIFY(fixture::makeMaildir(md + "/.Archive.2024"));
        QVERIFY(fixture::makeMaildir(md + "/.Archive"));
        QVERIFY(fixture::makeMaildir(md + "/.&AMk-t&AOk-"));
        QVERIFY(fixture::writeFile(md + "/dovecot-uidlist", "3 V1 N1\n"));
        QVERIFY(fixture::writeFile(md + "/dovecot.list.index.log"));
        QVERIFY(fixture::writeFile(md + "/subscriptions", "Sent\n"));
        QVERIFY(fixture::writeFile(md + "/.customflags")); // a dot file, not a folder
        QVERIFY(fixture::makeDir(md + "/.dovecot.lda-dupes.locks"));

        Findings findings;
        const auto list = listMailboxes(md, &findings);
        QVERIFY(list);
        QByteArrayList names, dirs;
        for (const auto &m : *list) {
            names << QByteArray::fromStdString(m.name);
            dirs << QByteArray::fromStdString(m.dirName);
        }
        QCOMPARE(names, QByteArrayList({"INBOX", "Archive", "Archive/2024", "Sent",
                                        "\xc3\x89t\xc3\xa9"}));
        QCOMPARE(dirs, QByteArrayList({"", ".Archive", ".Archive.2024", ".Sent", ".&AMk-t&AOk-"}));
        QCOMPARE(list->at(0).path.string(), md);
        QCOMPARE(list->at(2).path.string(), md + "/.Archive.2024");
        QVERIFY2(findings.empty(), fixture::dump(findings));

        const auto missing = listMailboxes(md + "/nope");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void statsOfTree()
    {
        QTemporaryDir tmp;
        const std::string md = fixture::tempRoot(tmp) + "/Maildir";
        QVERIFY(fixture::makeMaildir(md));
        // S= wins over the real size: the scan must not stat these.
        QVERIFY(fixture::writeFile(md + "/new/1700000100.M1P1.host,S=100,W=102", "short"));
        QVERIFY(fixture::writeFile(md + "/new/1700000200.M2P1.host", std::string(50, 'x')));
        QVERIFY(fixture::writeFile(md + "/cur/1700000050.M3P1.host,S=300,W=310:2,S"));
        QVERIFY(fixture::writeFile(md + "/cur/1700000300.M4P1.host,S=400:2,FS"));
        QVERIFY(fixture::writeFile(md + "/cur/1700000010.M5P1.host,S=20:2,RF"));
        // No leading time: mtime is the delivery time.
        QVERIFY(fixture::writeFile(md + "/cur/courier-name:2,S", "1234567", 1700000999));
        QVERIFY(fixture::writeFile(md + "/tmp/1700009999.M9P9.host,S=5000", "x"));
        QVERIFY(fixture::writeFile(md + "/dovecot-uidlist", "3 V1 N1\n"));

        Findings findings;
        const MailboxInfo inbox{"INBOX", "", md};
        const auto stats = scanMailbox(inbox, &findings);
        QVERIFY(stats);
        QCOMPARE(stats->messages, 6u);
        QCOMPARE(stats->unseen, 3u);
        QCOMPARE(stats->bytes, 100u + 50u + 300u + 400u + 20u + 7u);
        QCOMPARE(stats->newestDelivery, 1700000999);
        QVERIFY2(findings.empty(), fixture::dump(findings));

        const auto files = listMessageFiles(inbox);
        QVERIFY(files);
        QCOMPARE(files->size(), size_t(6));
        int inNew = 0;
        for (const auto &f : *files) {
            inNew += f.inNew ? 1 : 0;
            if (f.fileName == "1700000200.M2P1.host") {
                QCOMPARE(f.size, 50u);
                QCOMPARE(f.deliveredAt, 1700000200);
                QVERIFY(f.inNew);
            }
            if (f.fileName == "courier-name:2,S") {
                QCOMPARE(f.deliveredAt, 1700000999);
                QVERIFY(f.parsed.seen());
            }
        }
        QCOMPARE(inNew, 2);

        // An empty mailbox.
        QVERIFY(fixture::makeMaildir(md + "/.Empty"));
        const auto empty = scanMailbox(MailboxInfo{"Empty", ".Empty", md + "/.Empty"});
        QVERIFY(empty);
        QCOMPARE(empty->messages, 0u);
        QCOMPARE(empty->newestDelivery, 0);

        const auto gone = scanMailbox(MailboxInfo{"Gone", ".Gone", md + "/.Gone"});
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void hostileTree()
    {
        QTemporaryDir tmp;
        QTemporaryDir outside;
        const std::string md = fixture::tempRoot(tmp) + "/Maildir";
        const std::string out = fixture::tempRoot(outside);
        QVERIFY(fixture::makeMaildir(md));
        QVERIFY(fixture::writeFile(out + "/secret", "not mail"));
        QVERIFY(fixture::makeMaildir(out + "/elsewhere"));

        QVERIFY(fixture::writeFile(md + "/cur/1700000000.M1P1.h\xff\xfe:2,S", "x"));
        QCOMPARE(::symlink("/nonexistent/xyz", (md + "/cur/1700000004.dangling:2,S").c_str()), 0);
        QCOMPARE(::symlink((out + "/secret").c_str(), (md + "/cur/1700000005.out:2,S").c_str()), 0);
        QCOMPARE(::mkfifo((md + "/cur/1700000006.fifo:2,S").c_str(), 0644), 0);
        QVERIFY(fixture::makeDir(md + "/cur/1700000007.dir:2,S"));
        QVERIFY(fixture::writeFile(md + "/cur/1700000001.M1P1.h:2,S"));
        const std::string huge = md + "/cur/1700000002.M1P1.h:2,S";
        {
            const int fd = ::open(huge.c_str(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::ftruncate(fd, 300ll * 1024 * 1024), 0);
            ::close(fd);
        }
        QVERIFY(fixture::writeFile(md + "/cur/1700000003.M1P1.h", "hello"));
        QVERIFY(fixture::writeFile(md + "/cur/.nfs0000001"));

        QVERIFY(fixture::makeMaildir(md + "/.NoNew", true, false));
        QVERIFY(fixture::writeFile(md + "/.NoNew/cur/1600000000.x,S=10:2,", "0123456789"));
        QVERIFY(fixture::makeMaildir(md + "/.\xe9t\xe9"));
        QVERIFY(fixture::makeMaildir(md + "/.Bad&Name"));
        QCOMPARE(::symlink((out + "/elsewhere").c_str(), (md + "/.Link").c_str()), 0);
        QCOMPARE(::symlink("/nonexistent", (md + "/.Gone").c_str()), 0);

        Findings listFindings;
        const auto list = listMailboxes(md, &listFindings);
        QVERIFY(list);
        QByteArrayList names;
        for (const auto &m : *list)
            names << QByteArray::fromStdString(m.name);
        QCOMPARE(names, QByteArrayList({"INBOX", "Bad&Name", "NoNew", "\\xe9t\\xe9"}));
        QVERIFY2(fixture::findFinding(listFindings, findingcode::BadMailboxName, "/.Bad&Name"),
                 fixture::dump(listFindings));
        QVERIFY(fixture::findFinding(listFindings, findingcode::BadMailboxName, "/.\\xe9t\\xe9"));
        QVERIFY(fixture::findFinding(listFindings, findingcode::NonUtf8Name, "/.\\xe9t\\xe9"));
        QVERIFY(fixture::findFinding(listFindings, findingcode::SymlinkSkipped, "/.Link"));
        QVERIFY(fixture::findFinding(listFindings, findingcode::DanglingSymlink, "/.Gone"));
        QCOMPARE(listFindings.size(), size_t(5));
        QCOMPARE(byName(*list, "\\xe9t\\xe9")->dirName, std::string(".\xe9t\xe9"));

        Findings findings;
        QElapsedTimer timer;
        timer.start();
        const auto stats = scanMailbox(list->at(0), &findings);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(stats);
        QCOMPARE(stats->messages, 4u);
        QCOMPARE(stats->unseen, 1u);
        QCOMPARE(stats->bytes, 1u + 0u + 300ull * 1024 * 1024 + 5u);
        QCOMPARE(stats->newestDelivery, 1700000003);

        const auto has = [&](const char *code, const std::string &suffix) {
            return fixture::findFinding(findings, code, suffix) != nullptr;
        };
        QVERIFY2(has(findingcode::NonUtf8Name, "/cur/1700000000.M1P1.h\\xff\\xfe:2,S"),
                 fixture::dump(findings));
        QVERIFY(has(findingcode::DanglingSymlink, "/cur/1700000004.dangling:2,S"));
        QVERIFY(has(findingcode::SymlinkSkipped, "/cur/1700000005.out:2,S"));
        QVERIFY(has(findingcode::NotAFile, "/cur/1700000006.fifo:2,S"));
        QVERIFY(has(findingcode::NotAFile, "/cur/1700000007.dir:2,S"));
        QVERIFY(has(findingcode::ZeroByteMessage, "/cur/1700000001.M1P1.h:2,S"));
        QVERIFY(has(findingcode::HugeMessage, "/cur/1700000002.M1P1.h:2,S"));
        QVERIFY(has(findingcode::NameWithoutInfo, "/cur/1700000003.M1P1.h"));
        QVERIFY(has(findingcode::BadMessageName, "/cur/.nfs0000001"));
        QCOMPARE(findings.size(), size_t(9));
        for (const auto &f : findings)
            QVERIFY(fs::isValidUtf8(f.path));
        QCOMPARE(fixture::findFinding(findings, findingcode::HugeMessage, "h:2,S")->severity,
                 Severity::Info);

        // The sparse file is reported by its size; reading it was never needed.
        struct stat st {};
        QCOMPARE(::stat(huge.c_str(), &st), 0);
        QVERIFY(st.st_blocks < 1024);

        Findings noNewFindings;
        const auto noNew = scanMailbox(*byName(*list, "NoNew"), &noNewFindings);
        QVERIFY(noNew);
        QCOMPARE(noNew->messages, 1u);
        QCOMPARE(noNew->bytes, 10u);
        QCOMPARE(noNewFindings.size(), size_t(1));
        QCOMPARE(noNewFindings[0].code, std::string(findingcode::MissingSubfolder));
        QCOMPARE(noNewFindings[0].path, md + "/.NoNew/new");
    }

    void unreadableFolders()
    {
        QTemporaryDir tmp;
        const std::string md = fixture::tempRoot(tmp) + "/Maildir";
        QVERIFY(fixture::makeMaildir(md));
        QVERIFY(fixture::writeFile(md + "/new/1700000001.a,S=10", "0123456789"));
        QVERIFY(fixture::writeFile(md + "/cur/1700000002.b,S=10:2,S", "0123456789"));
        QVERIFY(fixture::makeMaildir(md + "/.Locked"));
        QVERIFY(fixture::writeFile(md + "/.Locked/new/1700000003.c,S=10", "0123456789"));
        QVERIFY(fixture::makeMaildir(md + "/.Open"));
        QVERIFY(fixture::writeFile(md + "/.Open/new/1700000004.d,S=10", "0123456789"));
        QCOMPARE(::chmod((md + "/cur").c_str(), 0), 0);
        QCOMPARE(::chmod((md + "/.Locked").c_str(), 0), 0);
        QVERIFY(fixture::makeDir(md + "/../Closed"));
        QCOMPARE(::chmod((md + "/../Closed").c_str(), 0), 0);

        const auto result = fixture::runUnprivileged([&] {
            std::string out;
            Findings findings;
            const auto list = listMailboxes(md, &findings);
            if (!list)
                return std::string("list failed");
            for (const auto &m : *list) {
                const auto s = scanMailbox(m, &findings);
                out += m.name + " " + (s ? std::to_string(s->messages) : "error") + "\n";
            }
            const auto closed = listMailboxes(md + "/../Closed");
            out += std::string("closed ")
                + (closed ? "ok" : std::string(errorCodeName(closed.error().code))) + "\n";
            return out + fixture::serialize(findings);
        });
        ::chmod((md + "/cur").c_str(), 0755);
        ::chmod((md + "/.Locked").c_str(), 0755);
        ::chmod((md + "/../Closed").c_str(), 0755);
        if (!result)
            QSKIP("could not run the scan as an unprivileged user");
        QCOMPARE(QByteArray::fromStdString(*result),
                 QByteArray::fromStdString("INBOX 1\nLocked 0\nOpen 1\nclosed permission-denied\n"
                                        "unreadable-folder|" + md + "/cur\n"
                                        "unreadable-folder|" + md + "/.Locked\n"));
    }
};

QTEST_GUILESS_MAIN(TestMailbox)
#include "tst_mailbox.moc"
