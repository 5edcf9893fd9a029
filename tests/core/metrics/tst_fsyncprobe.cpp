// SPDX-License-Identifier: GPL-3.0-or-later
// probeFsync: a real probe in a temporary folder measures a positive latency and
// leaves nothing; a root it cannot write to is an error naming the probe file; a
// slow-fsync double at the ProbeFs boundary shows up in the latency; failures still
// remove the file; an existing probe file is not touched.
#include "core/metrics/fsyncprobe.h"

#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <fstream>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace mailstore::core;
using namespace mailstore::core::metrics;
namespace stdfs = std::filesystem;

// QTemporaryDir::filesystemPath() is Qt 6.8+; the distribution's Qt may be older.
static std::filesystem::path pathOf(const QTemporaryDir &dir)
{
    return std::filesystem::path(dir.path().toStdString());
}

namespace {

stdfs::path probePathIn(const stdfs::path &root)
{
    return root / (".mailstore-probe." + std::to_string(::getpid()));
}

bool isEmptyDir(const stdfs::path &dir)
{
    return stdfs::is_empty(dir);
}

// Real system calls, with a configurable delay or failure at fdatasync, short writes
// on request, and a record of what the probe asked for.
class RecordingFs : public ProbeFs {
public:
    std::chrono::milliseconds syncDelay{0};
    int syncErrno = 0;
    std::size_t maxWrite = 0; // 0: no limit
    int openFlags = 0;
    mode_t openMode = 0;
    mode_t createdMode = 0;
    std::size_t bytesWritten = 0;
    int syncs = 0;
    int closes = 0;
    std::string opened;
    std::string unlinked;

    int open(const char *path, int flags, mode_t mode) override
    {
        opened = path;
        openFlags = flags;
        openMode = mode;
        const int fd = systemProbeFs().open(path, flags, mode);
        struct stat st {};
        if (fd >= 0 && ::fstat(fd, &st) == 0)
            createdMode = st.st_mode & 07777;
        return fd;
    }
    ssize_t write(int fd, const void *data, size_t size) override
    {
        if (maxWrite)
            size = std::min(size, maxWrite);
        const ssize_t n = systemProbeFs().write(fd, data, size);
        if (n > 0)
            bytesWritten += std::size_t(n);
        return n;
    }
    int fdatasync(int fd) override
    {
        ++syncs;
        std::this_thread::sleep_for(syncDelay);
        if (syncErrno) {
            errno = syncErrno;
            return -1;
        }
        return systemProbeFs().fdatasync(fd);
    }
    int close(int fd) override
    {
        ++closes;
        return systemProbeFs().close(fd);
    }
    int unlink(const char *path) override
    {
        unlinked = path;
        return systemProbeFs().unlink(path);
    }
};

} // namespace

class TestFsyncProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realProbeMeasuresAndLeavesNothing();
    void rootThatIsAFileNamesTheProbePath();
    void unwritableRootNamesTheProbePath();
    void readOnlyBindNamesTheProbePath();
    void slowFsyncShowsInTheLatency();
    void failedFsyncStillRemovesTheFile();
    void shortWritesStillWriteFourKiB();
    void existingProbeFileIsAConflictAndKept();
};

void TestFsyncProbe::realProbeMeasuresAndLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 3; ++i) {
        auto r = probeFsync(pathOf(dir));
        QVERIFY2(r, r ? "" : r.error().detail.c_str());
        QVERIFY(r->latencyUs > 0);
        QVERIFY(r->latencyUs < 60e6); // a minute would mean the clock is not what we think
        QVERIFY(isEmptyDir(pathOf(dir)));
    }
}

void TestFsyncProbe::rootThatIsAFileNamesTheProbePath()
{
    // Works as root too: permissions do not help against ENOTDIR.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path file = pathOf(dir) / "not-a-folder";
    std::ofstream(file) << "x";
    auto r = probeFsync(file);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound); // ENOTDIR
    QCOMPARE(r.error().path, probePathIn(file).string());
    QVERIFY(r.error().detail.starts_with("create probe file: "));

    const stdfs::path gone = pathOf(dir) / "gone";
    auto missing = probeFsync(gone);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().path, probePathIn(gone).string());
}

void TestFsyncProbe::unwritableRootNamesTheProbePath()
{
    if (::geteuid() == 0)
        QSKIP("root writes into a 0500 folder; the file-as-root case covers this as root");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path ro = pathOf(dir) / "ro";
    stdfs::create_directory(ro);
    QCOMPARE(::chmod(ro.c_str(), 0500), 0);
    auto r = probeFsync(ro);
    ::chmod(ro.c_str(), 0700);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(r.error().path, probePathIn(ro).string());
}

void TestFsyncProbe::readOnlyBindNamesTheProbePath()
{
    // As root: a read-only bind mount of a temporary folder, in a mount namespace of a
    // child process so nothing outside this test ever sees the mount.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path src = pathOf(dir) / "src";
    const stdfs::path ro = pathOf(dir) / "ro";
    stdfs::create_directory(src);
    stdfs::create_directory(ro);
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        if (::unshare(CLONE_NEWNS) != 0
            || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
            || ::mount(src.c_str(), ro.c_str(), nullptr, MS_BIND, nullptr) != 0
            || ::mount(nullptr, ro.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
            ::_exit(77);
        auto r = probeFsync(ro);
        const std::string report = r ? std::string("ok")
                                     : std::string(errorCodeName(r.error().code)) + "\n" + r.error().path
                                           + "\n" + r.error().detail;
        const bool sent = ::write(fds[1], report.data(), report.size()) == ssize_t(report.size());
        ::_exit(sent ? 0 : 1);
    }
    ::close(fds[1]);
    std::string report;
    char buf[512];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        report.append(buf, std::size_t(n));
    ::close(fds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        QSKIP("no permission for a mount namespace with a read-only bind here");
    QCOMPARE(WEXITSTATUS(status), 0);
    const std::string probe = (ro / (".mailstore-probe." + std::to_string(child))).string();
    QCOMPARE(report, "io\n" + probe + "\ncreate probe file: Read-only file system");
    QVERIFY(stdfs::is_empty(src));
}

void TestFsyncProbe::slowFsyncShowsInTheLatency()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordingFs fs;
    fs.syncDelay = std::chrono::milliseconds(80);
    auto r = probeFsync(pathOf(dir), fs);
    QVERIFY2(r, r ? "" : r.error().detail.c_str());
    QVERIFY(r->latencyUs >= 80'000.0);
    QCOMPARE(fs.opened, probePathIn(pathOf(dir)).string());
    const int wanted = O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_WRONLY;
    QCOMPARE(fs.openFlags & wanted, wanted);
    QCOMPARE(fs.openMode, mode_t(0600));
    QCOMPARE(fs.createdMode, mode_t(0600));
    QCOMPARE(fs.bytesWritten, 4096u);
    QCOMPARE(fs.syncs, 1);
    QCOMPARE(fs.closes, 1);
    QCOMPARE(fs.unlinked, fs.opened);
    QVERIFY(isEmptyDir(pathOf(dir)));
}

void TestFsyncProbe::failedFsyncStillRemovesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordingFs fs;
    fs.syncErrno = EIO;
    auto r = probeFsync(pathOf(dir), fs);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(r.error().path, probePathIn(pathOf(dir)).string());
    QVERIFY(r.error().detail.starts_with("fdatasync probe file: "));
    QCOMPARE(fs.closes, 1);
    QCOMPARE(fs.unlinked, fs.opened);
    QVERIFY(isEmptyDir(pathOf(dir)));
}

void TestFsyncProbe::shortWritesStillWriteFourKiB()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecordingFs fs;
    fs.maxWrite = 1000;
    auto r = probeFsync(pathOf(dir), fs);
    QVERIFY(r);
    QCOMPARE(fs.bytesWritten, 4096u);
    QCOMPARE(fs.syncs, 1);
    QVERIFY(isEmptyDir(pathOf(dir)));
}

void TestFsyncProbe::existingProbeFileIsAConflictAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const stdfs::path stale = probePathIn(pathOf(dir));
    std::ofstream(stale) << "someone else's";
    RecordingFs fs;
    auto r = probeFsync(pathOf(dir), fs);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(r.error().path, stale.string());
    QVERIFY(fs.unlinked.empty());
    QCOMPARE(stdfs::file_size(stale), std::uintmax_t(14));

    // A symlink at the probe name is not followed either: its target stays untouched.
    stdfs::remove(stale);
    const stdfs::path target = pathOf(dir) / "target";
    std::ofstream(target) << "keep";
    stdfs::create_symlink(target, stale);
    auto viaLink = probeFsync(pathOf(dir));
    QVERIFY(!viaLink);
    QCOMPARE(viaLink.error().code, ErrorCode::Conflict);
    QCOMPARE(stdfs::file_size(target), std::uintmax_t(4));
    QVERIFY(stdfs::is_symlink(stale));
}

QTEST_GUILESS_MAIN(TestFsyncProbe)
#include "tst_fsyncprobe.moc"
