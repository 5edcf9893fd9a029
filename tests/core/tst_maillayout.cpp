// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maildir/maillayout.h"
#include "maildirfixture.h"

#include <QTest>

using namespace mailstore::core;
using namespace mailstore::core::maildir;

Q_DECLARE_METATYPE(mailstore::core::ErrorCode)

namespace {
QByteArrayList names(const std::vector<AccountLocation> &accounts)
{
    QByteArrayList out;
    for (const auto &a : accounts)
        out << QByteArray::fromStdString(a.name);
    return out;
}
} // namespace

class TestMailLayout : public QObject {
    Q_OBJECT
private slots:
    void parseValid_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        for (const char *p : {"%d/%n/Maildir", "%n/Maildir", "%u/Maildir", "%d/%n", "%u",
                              "%d/%u", "users/%d/%n/mail/Maildir", "a/b/c/d/e/f/%n/g"})
            QTest::newRow(p) << QByteArray(p);
    }
    void parseValid()
    {
        QFETCH(QByteArray, pattern);
        const auto layout = MailLayout::parse(pattern.toStdString());
        QVERIFY(layout.has_value());
        QCOMPARE(QByteArray::fromStdString(layout->pattern()), pattern);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no user") << QByteArray("%d/Maildir");
        QTest::newRow("literal only") << QByteArray("Maildir");
        QTest::newRow("leading slash") << QByteArray("/%d/%n");
        QTest::newRow("trailing slash") << QByteArray("%d/%n/");
        QTest::newRow("double slash") << QByteArray("%d//%n");
        QTest::newRow("mixed segment") << QByteArray("%d/%n.maildir");
        QTest::newRow("unknown var") << QByteArray("%d/%h");
        QTest::newRow("long var") << QByteArray("%{user}/Maildir");
        QTest::newRow("dotdot") << QByteArray("../%n");
        QTest::newRow("dot") << QByteArray("./%n");
        QTest::newRow("n twice") << QByteArray("%n/%n");
        QTest::newRow("n and u") << QByteArray("%n/%u");
        QTest::newRow("nine segments") << QByteArray("a/b/c/d/e/f/g/h/%n");
    }
    void parseInvalid()
    {
        QFETCH(QByteArray, pattern);
        const auto layout = MailLayout::parse(pattern.toStdString());
        QVERIFY(!layout.has_value());
        QCOMPARE(layout.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!layout.error().detail.empty());
    }

    void relativePath_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("account");
        QTest::addColumn<QByteArray>("path"); // empty: InvalidArgument
        QTest::newRow("d/n") << QByteArray("%d/%n/Maildir") << QByteArray("alice@example.org")
                             << QByteArray("example.org/alice/Maildir");
        QTest::newRow("d/n no domain") << QByteArray("%d/%n/Maildir") << QByteArray("alice") << QByteArray();
        QTest::newRow("d/n empty user") << QByteArray("%d/%n/Maildir") << QByteArray("@example.org") << QByteArray();
        QTest::newRow("d/n empty domain") << QByteArray("%d/%n/Maildir") << QByteArray("alice@") << QByteArray();
        QTest::newRow("d/n dot domain") << QByteArray("%d/%n/Maildir") << QByteArray("alice@.x") << QByteArray();
        QTest::newRow("n") << QByteArray("%n/Maildir") << QByteArray("alice") << QByteArray("alice/Maildir");
        QTest::newRow("n with at") << QByteArray("%n/Maildir") << QByteArray("alice@example.org") << QByteArray();
        QTest::newRow("u") << QByteArray("%u/Maildir") << QByteArray("alice@example.org") << QByteArray("alice@example.org/Maildir");
        QTest::newRow("u plain") << QByteArray("%u/Maildir") << QByteArray("postmaster") << QByteArray("postmaster/Maildir");
        QTest::newRow("d/u") << QByteArray("%d/%u") << QByteArray("alice@example.org") << QByteArray("example.org/alice@example.org");
        QTest::newRow("slash") << QByteArray("%n/Maildir") << QByteArray("a/b") << QByteArray();
        QTest::newRow("leading dot") << QByteArray("%n/Maildir") << QByteArray("..") << QByteArray();
        QTest::newRow("empty") << QByteArray("%n/Maildir") << QByteArray("") << QByteArray();
    }
    void relativePath()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, account);
        QFETCH(QByteArray, path);
        const auto layout = MailLayout::parse(pattern.toStdString());
        QVERIFY(layout);
        const auto rel = layout->relativePathFor(account.toStdString());
        if (path.isEmpty()) {
            QVERIFY(!rel);
            QCOMPARE(rel.error().code, ErrorCode::InvalidArgument);
        } else {
            QVERIFY(rel);
            QCOMPARE(QByteArray::fromStdString(rel->string()), path);
        }
    }

    void placeAccountNamesItsParts()
    {
        // Where an account would live, whether or not it exists (a restore creates it).
        const auto layout = MailLayout::parse("%d/%n/Maildir");
        QVERIFY(layout);
        const auto loc = layout->placeAccount("/srv/mail", "alice@example.org");
        QVERIFY(loc);
        QCOMPARE(loc->name, std::string("alice@example.org"));
        QCOMPARE(loc->user, std::string("alice"));
        QCOMPARE(loc->domain, std::string("example.org"));
        QCOMPARE(loc->maildir, std::filesystem::path("/srv/mail/example.org/alice/Maildir"));
        const auto plain = MailLayout::parse("%n/Maildir")->placeAccount("/srv/mail", "bob");
        QVERIFY(plain);
        QCOMPARE(plain->domain, std::string());
        QCOMPARE(plain->maildir, std::filesystem::path("/srv/mail/bob/Maildir"));
        const auto bad = layout->placeAccount("/srv/mail", "../x@example.org");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }

    void discoverDomainUserMaildir()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        QVERIFY(fixture::makeMaildir(root + "/example.org/alice/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/example.org/bob/Maildir", true, false));
        QVERIFY(fixture::makeMaildir(root + "/example.org/cyd/Maildir", false, true));
        QVERIFY(fixture::makeDir(root + "/example.org/carol"));             // no Maildir
        QVERIFY(fixture::makeDir(root + "/example.org/dave/Maildir"));      // no cur/new
        QVERIFY(fixture::makeMaildir(root + "/other.net/zed/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/.snapshot/x/Maildir"));       // hidden
        QVERIFY(fixture::makeMaildir(root + "/example.org/.hidden/Maildir"));
        QVERIFY(fixture::writeFile(root + "/passwd", "x"));
        QVERIFY(fixture::writeFile(root + "/example.org/notes.txt", "x"));
        QVERIFY(fixture::makeMaildir(root + "/\xff\xfe.org/x/Maildir"));
        QTemporaryDir outside;
        QVERIFY(fixture::makeMaildir(fixture::tempRoot(outside) + "/evil/Maildir"));
        QCOMPARE(::symlink((fixture::tempRoot(outside) + "/evil").c_str(),
                           (root + "/example.org/evil").c_str()), 0);
        QCOMPARE(::symlink("/nonexistent/ghost", (root + "/example.org/ghost").c_str()), 0);

        const auto layout = MailLayout::parse("%d/%n/Maildir");
        QVERIFY(layout);
        Findings findings;
        const auto accounts = layout->discover(root, &findings);
        QVERIFY(accounts);
        QCOMPARE(names(*accounts), QByteArrayList({"alice@example.org", "bob@example.org",
                                                "cyd@example.org", "zed@other.net"}));
        const AccountLocation &alice = accounts->front();
        QCOMPARE(alice.user, std::string("alice"));
        QCOMPARE(alice.domain, std::string("example.org"));
        QCOMPARE(alice.maildir.string(), root + "/example.org/alice/Maildir");

        QCOMPARE(findings.size(), size_t(3));
        QVERIFY2(fixture::findFinding(findings, findingcode::SymlinkSkipped, "/example.org/evil"),
                 fixture::dump(findings));
        QVERIFY(fixture::findFinding(findings, findingcode::DanglingSymlink, "/example.org/ghost"));
        QVERIFY(fixture::findFinding(findings, findingcode::NonUtf8Name, "/\\xff\\xfe.org"));
    }

    void discoverUserMaildir()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        QVERIFY(fixture::makeMaildir(root + "/bob/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/alice/Maildir"));
        QVERIFY(fixture::makeDir(root + "/carol"));
        const auto layout = MailLayout::parse("%n/Maildir");
        QVERIFY(layout);
        Findings findings;
        const auto accounts = layout->discover(root + "/", &findings);
        QVERIFY(accounts);
        QCOMPARE(names(*accounts), QByteArrayList({"alice", "bob"}));
        QCOMPARE(accounts->at(0).domain, std::string());
        QCOMPARE(accounts->at(0).user, std::string("alice"));
        QCOMPARE(accounts->at(1).maildir.string(), root + "/bob/Maildir");
        QVERIFY2(findings.empty(), fixture::dump(findings));
    }

    void discoverFullUserMaildir()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        QVERIFY(fixture::makeMaildir(root + "/alice@example.org/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/postmaster/Maildir"));
        const auto layout = MailLayout::parse("%u/Maildir");
        QVERIFY(layout);
        const auto accounts = layout->discover(root);
        QVERIFY(accounts);
        QCOMPARE(names(*accounts), QByteArrayList({"alice@example.org", "postmaster"}));
        QCOMPARE(accounts->at(0).user, std::string("alice"));
        QCOMPARE(accounts->at(0).domain, std::string("example.org"));
        QCOMPARE(accounts->at(1).user, std::string("postmaster"));
        QCOMPARE(accounts->at(1).domain, std::string());
    }

    void discoverWithoutMaildirLiteral()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        QVERIFY(fixture::makeMaildir(root + "/example.org/alice"));
        QVERIFY(fixture::makeDir(root + "/example.org/bob/stuff"));
        const auto layout = MailLayout::parse("%d/%n");
        QVERIFY(layout);
        const auto accounts = layout->discover(root);
        QVERIFY(accounts);
        QCOMPARE(names(*accounts), QByteArrayList({"alice@example.org"}));
        QCOMPARE(accounts->at(0).maildir.string(), root + "/example.org/alice");
    }

    void discoverMissingRoot()
    {
        QTemporaryDir tmp;
        const auto layout = MailLayout::parse("%d/%n/Maildir");
        QVERIFY(layout);
        const auto accounts = layout->discover(fixture::tempRoot(tmp) + "/nope");
        QVERIFY(!accounts);
        QCOMPARE(accounts.error().code, ErrorCode::NotFound);
    }

    void discoverUnreadableDomain()
    {
        QTemporaryDir tmp;
        const std::string root = fixture::tempRoot(tmp);
        QVERIFY(fixture::makeMaildir(root + "/a.org/alice/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/locked.org/bob/Maildir"));
        QVERIFY(fixture::makeMaildir(root + "/z.org/zed/Maildir"));
        QCOMPARE(::chmod((root + "/locked.org").c_str(), 0), 0);
        const auto result = fixture::runUnprivileged([&] {
            const auto layout = MailLayout::parse("%d/%n/Maildir");
            Findings findings;
            const auto accounts = layout->discover(root, &findings);
            std::string out;
            for (const auto &a : accounts.value_or(std::vector<AccountLocation>{}))
                out += "account " + a.name + "\n";
            return out + fixture::serialize(findings);
        });
        ::chmod((root + "/locked.org").c_str(), 0755);
        if (!result)
            QSKIP("could not run the scan as an unprivileged user");
        QCOMPARE(QByteArray::fromStdString(*result),
                 QByteArray::fromStdString("account alice@a.org\naccount zed@z.org\n"
                                        "unreadable-folder|" + root + "/locked.org\n"));
    }

    void mailLocation_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QByteArray>("root");   // empty: error
        QTest::addColumn<QByteArray>("layout");
        QTest::addColumn<ErrorCode>("error");
        const auto none = ErrorCode::Io;
        QTest::newRow("d/n") << QByteArray("maildir:/var/vmail/%d/%n") << QByteArray("/var/vmail") << QByteArray("%d/%n") << none;
        QTest::newRow("d/n/Maildir") << QByteArray("maildir:/var/vmail/%d/%n/Maildir") << QByteArray("/var/vmail")
                                     << QByteArray("%d/%n/Maildir") << none;
        QTest::newRow("options") << QByteArray("maildir:/var/vmail/%d/%n/Maildir:INDEX=/var/idx/%u:LAYOUT=maildir++")
                                 << QByteArray("/var/vmail") << QByteArray("%d/%n/Maildir") << none;
        QTest::newRow("long names") << QByteArray("maildir:/srv/mail/%{domain}/%{username}")
                                    << QByteArray("/srv/mail") << QByteArray("%d/%n") << none;
        QTest::newRow("lowercase modifier") << QByteArray("maildir:/srv/mail/%Ld/%Ln") << QByteArray("/srv/mail")
                                            << QByteArray("%d/%n") << none;
        QTest::newRow("u at root") << QByteArray("maildir:/%u") << QByteArray("/") << QByteArray("%u") << none;
        QTest::newRow("no prefix") << QByteArray("/var/vmail/%u/Maildir") << QByteArray("/var/vmail") << QByteArray("%u/Maildir")
                                   << none;
        QTest::newRow("trailing slash") << QByteArray("maildir:/var/vmail/%d/%n/") << QByteArray("/var/vmail") << QByteArray("%d/%n")
                                        << none;
        QTest::newRow("home") << QByteArray("maildir:~/Maildir") << QByteArray() << QByteArray()
                              << ErrorCode::Unsupported;
        QTest::newRow("home var") << QByteArray("maildir:%h/Maildir") << QByteArray() << QByteArray()
                                  << ErrorCode::Unsupported;
        QTest::newRow("layout fs") << QByteArray("maildir:/var/vmail/%d/%n:LAYOUT=fs") << QByteArray()
                                   << QByteArray() << ErrorCode::Unsupported;
        QTest::newRow("mdbox") << QByteArray("mdbox:/var/vmail/%d/%n") << QByteArray() << QByteArray()
                               << ErrorCode::Unsupported;
        QTest::newRow("no variable") << QByteArray("maildir:/var/mail/alice") << QByteArray() << QByteArray()
                                     << ErrorCode::Unsupported;
        QTest::newRow("mixed segment") << QByteArray("maildir:/var/vmail/%d/%n.dir") << QByteArray()
                                       << QByteArray() << ErrorCode::Unsupported;
        QTest::newRow("relative") << QByteArray("maildir:vmail/%n") << QByteArray() << QByteArray()
                                  << ErrorCode::InvalidArgument;
    }
    void mailLocation()
    {
        QFETCH(QByteArray, location);
        QFETCH(QByteArray, root);
        QFETCH(QByteArray, layout);
        QFETCH(ErrorCode, error);
        const auto guess = layoutFromMailLocation(location.toStdString());
        if (root.isEmpty()) {
            QVERIFY(!guess);
            QCOMPARE(guess.error().code, error);
            QVERIFY(!guess.error().detail.empty());
        } else {
            QVERIFY2(guess, guess ? "" : guess.error().detail.c_str());
            QCOMPARE(QByteArray::fromStdString(guess->root.string()), root);
            QCOMPARE(QByteArray::fromStdString(guess->layout), layout);
        }
    }
};

QTEST_GUILESS_MAIN(TestMailLayout)
#include "tst_maillayout.moc"
