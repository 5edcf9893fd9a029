// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dovecot/dotlock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mailstore::core;
using namespace mailstore::core::dovecot;
using namespace std::chrono_literals;

namespace {

std::string hostName()
{
    char buf[HOST_NAME_MAX + 1] = {};
    ::gethostname(buf, sizeof buf - 1);
    return buf;
}

std::string ourToken() { return std::to_string(::getpid()) + ':' + hostName(); }

QByteArray readFile(const std::string &p)
{
    QFile f(QString::fromStdString(p));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const std::string &p, const QByteArray &data)
{
    QFile f(QString::fromStdString(p));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

bool exists(const std::string &p)
{
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

bool setAge(const std::string &p, int seconds)
{
    struct timeval tv[2] = {};
    ::gettimeofday(&tv[0], nullptr);
    tv[0].tv_sec -= seconds;
    tv[1] = tv[0];
    return ::utimes(p.c_str(), tv) == 0;
}

// A pid that surely belongs to no process: a child that has exited and been reaped.
pid_t deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

} // namespace

class TestDotlock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::string dir() const { return m_tmp.path().toStdString(); }
    std::string lockPath() const { return dir() + "/dovecot-uidlist.lock"; }

private slots:
    void init()
    {
        ::unlink(lockPath().c_str());
        ::unlink((dir() + "/dovecot-uidlist").c_str());
    }

    void acquireAndRelease()
    {
        auto lock = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(lock);
        QVERIFY(lock->held());
        QCOMPARE(lock->path().string(), lockPath());
        QCOMPARE(readFile(lockPath()), QByteArray::fromStdString(ourToken()));
        lock->release();
        QVERIFY(!lock->held());
        QVERIFY(!exists(lockPath()));
        lock->release(); // twice is harmless
    }

    void destructorReleases()
    {
        {
            auto lock = UidlistLock::acquire(dir(), 100ms);
            QVERIFY(lock);
            QVERIFY(exists(lockPath()));
        }
        QVERIFY(!exists(lockPath()));
    }

    void conflictWhileHeld()
    {
        auto first = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(first);
        QElapsedTimer t;
        t.start();
        const auto second = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QVERIFY(t.elapsed() >= 95);
        QVERIFY(second.error().detail.find(std::to_string(::getpid())) != std::string::npos);
        QCOMPARE(second.error().path, lockPath());
        QCOMPARE(readFile(lockPath()), QByteArray::fromStdString(ourToken()));
    }

    void waitsForRelease()
    {
        // Another process holds the lock for 200 ms; a 5 s timeout outlasts it.
        QVERIFY(writeFile(lockPath(), QByteArray::fromStdString(std::to_string(::getpid()) + ":" + hostName())));
        const pid_t child = ::fork();
        if (child == 0) {
            ::usleep(200 * 1000);
            ::unlink(lockPath().c_str());
            ::_exit(0);
        }
        QElapsedTimer t;
        t.start();
        auto lock = UidlistLock::acquire(dir(), 5s);
        int status = 0;
        ::waitpid(child, &status, 0);
        QVERIFY(lock);
        QVERIFY(t.elapsed() >= 150);
        QCOMPARE(readFile(lockPath()), QByteArray::fromStdString(ourToken()));
    }

    void staleDeadPidReplaced()
    {
        const pid_t dead = deadPid();
        QVERIFY(writeFile(lockPath(), QByteArray::fromStdString(std::to_string(dead) + ":" + hostName())));
        auto lock = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(lock);
        QCOMPARE(readFile(lockPath()), QByteArray::fromStdString(ourToken()));
    }

    void deadPidOnOtherHostKept()
    {
        const QByteArray other = QByteArray::number(deadPid()) + ":not-" + QByteArray::fromStdString(hostName());
        QVERIFY(writeFile(lockPath(), other));
        const auto lock = UidlistLock::acquire(dir(), 100ms);
        QCOMPARE(lock.error().code, ErrorCode::Conflict);
        QCOMPARE(readFile(lockPath()), other);
    }

    void emptyLock()
    {
        QVERIFY(writeFile(lockPath(), {}));
        // Fresh: may be a writer between create and write.
        QCOMPARE(UidlistLock::acquire(dir(), 100ms, 120s).error().code, ErrorCode::Conflict);
        QVERIFY(exists(lockPath()));
        // Older than staleAfter: replaced.
        QVERIFY(setAge(lockPath(), 300));
        auto lock = UidlistLock::acquire(dir(), 100ms, 120s);
        QVERIFY(lock);
        QCOMPARE(readFile(lockPath()), QByteArray::fromStdString(ourToken()));
    }

    void garbageLockTreatedAsPidless()
    {
        QVERIFY(writeFile(lockPath(), "garbage"));
        QVERIFY(setAge(lockPath(), 10));
        QCOMPARE(UidlistLock::acquire(dir(), 50ms, 60s).error().code, ErrorCode::Conflict);
        QVERIFY(UidlistLock::acquire(dir(), 50ms, 5s));
    }

    void releaseKeepsForeignLock()
    {
        auto lock = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(lock);
        // Someone replaced our lock (new inode, their content).
        QVERIFY(::unlink(lockPath().c_str()) == 0);
        QVERIFY(writeFile(lockPath(), "1:elsewhere"));
        lock->release();
        QCOMPARE(readFile(lockPath()), QByteArray("1:elsewhere"));
        ::unlink(lockPath().c_str());

        // Same inode, content rewritten by someone else.
        auto again = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(again);
        QVERIFY(writeFile(lockPath(), "1:elsewhere"));
        again->release();
        QCOMPARE(readFile(lockPath()), QByteArray("1:elsewhere"));
    }

    void moveSemantics()
    {
        auto lock = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(lock);
        UidlistLock moved(std::move(*lock));
        QVERIFY(!lock->held());
        QVERIFY(moved.held());
        lock->release(); // moved-from: must not touch the file
        QVERIFY(exists(lockPath()));
        UidlistLock assigned;
        assigned = std::move(moved);
        QVERIFY(!moved.held());
        QVERIFY(assigned.held());
        assigned = UidlistLock{}; // releases
        QVERIFY(!exists(lockPath()));
    }

    void modeFollowsUidlist()
    {
        QVERIFY(writeFile(dir() + "/dovecot-uidlist", "3 V1 N1\n"));
        QCOMPARE(::chmod((dir() + "/dovecot-uidlist").c_str(), 0600), 0);
        auto lock = UidlistLock::acquire(dir(), 100ms);
        QVERIFY(lock);
        struct stat st {};
        QCOMPARE(::stat(lockPath().c_str(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void missingFolder()
    {
        const auto lock = UidlistLock::acquire(dir() + "/nope", 100ms);
        QCOMPARE(lock.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDotlock)
#include "tst_dotlock.moc"
