// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fs/atomicfile.h"
#include "maildirfixture.h"

#include <QDir>
#include <QTest>

#include <sys/stat.h>

using namespace mailstore::core;

namespace {
QByteArray readAll(const std::string &p)
{
    QFile f(QFile::decodeName(QByteArray::fromStdString(p)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                      | QDir::NoDotAndDotDot);
}
} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void createsAndReplaces()
    {
        QTemporaryDir tmp;
        const std::string target = fixture::tempRoot(tmp) + "/dovecot-uidlist";
        QVERIFY(fs::writeFileAtomic(target, "first\n"));
        QCOMPARE(readAll(target), QByteArray("first\n"));
        QVERIFY(fs::writeFileAtomic(target, std::string_view("second\0x", 8)));
        QCOMPARE(readAll(target), QByteArray("second\0x", 8));
        QVERIFY(fs::writeFileAtomic(target, {}));
        QCOMPARE(readAll(target), QByteArray());
        QCOMPARE(entries(tmp), QStringList{QStringLiteral("dovecot-uidlist")});
    }

    void largeContent()
    {
        QTemporaryDir tmp;
        const std::string target = fixture::tempRoot(tmp) + "/big";
        const std::string data(5 * 1024 * 1024 + 3, 'z');
        QVERIFY(fs::writeFileAtomic(target, data));
        QCOMPARE(readAll(target).size(), qsizetype(data.size()));
    }

    void setsModeDespiteUmask()
    {
        QTemporaryDir tmp;
        const std::string target = fixture::tempRoot(tmp) + "/f";
        const mode_t old = ::umask(077);
        const auto a = fs::writeFileAtomic(target, "x", 0644);
        const auto b = fs::writeFileAtomic(target + "2", "x", 0600);
        ::umask(old);
        QVERIFY(a && b);
        struct stat st {};
        QCOMPARE(::stat(target.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));
        QCOMPARE(::stat((target + "2").c_str(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void missingDirectory()
    {
        QTemporaryDir tmp;
        const auto r = fs::writeFileAtomic(fixture::tempRoot(tmp) + "/nope/file", "x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(!r.error().path.empty());
        QVERIFY(entries(tmp).isEmpty());

        const auto s = fs::syncDirectory(fixture::tempRoot(tmp) + "/nope");
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(fs::syncDirectory(fixture::tempRoot(tmp)));
    }

    void renameFailureLeavesNoTemp()
    {
        QTemporaryDir tmp;
        const std::string dir = fixture::tempRoot(tmp) + "/target";
        QVERIFY(fixture::makeDir(dir));
        QVERIFY(fixture::writeFile(dir + "/inside", "keep"));
        const auto r = fs::writeFileAtomic(dir, "x"); // a non-empty folder cannot be replaced
        QVERIFY(!r);
        QCOMPARE(entries(tmp), QStringList{QStringLiteral("target")});
        QCOMPARE(readAll(dir + "/inside"), QByteArray("keep"));
    }

    void noFileName()
    {
        const auto r = fs::writeFileAtomic("/tmp/", "x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
