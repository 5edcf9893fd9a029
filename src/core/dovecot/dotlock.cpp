// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotlock.h"

#include "../fs/atomicfile.h"

#include "filebytes.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace mailstore::core::dovecot {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto PollInterval = std::chrono::milliseconds(50);
constexpr std::size_t MaxLockContent = 512; // "pid:host" is short; read no more

std::string hostName()
{
    char buf[HOST_NAME_MAX + 1] = {};
    if (::gethostname(buf, sizeof buf - 1) < 0)
        return "localhost";
    return buf;
}

std::string ourToken() { return std::to_string(::getpid()) + ':' + hostName(); }

struct LockOwner {
    mode_t mode = 0644;
    std::optional<std::pair<uid_t, gid_t>> owner;
};

// Dovecot must be able to read our pid: a lock it cannot read counts as pid-less and
// stalls its syncs for ~2 minutes. So copy mode and owner from dovecot-uidlist (or from
// the mailbox folder, whose mode Dovecot derives its file modes from).
LockOwner lockOwnerFor(const std::filesystem::path &dir)
{
    LockOwner o;
    struct stat st {};
    if (::stat((dir / "dovecot-uidlist").c_str(), &st) == 0 || ::stat(dir.c_str(), &st) == 0) {
        o.mode = st.st_mode & 0666;
        if (o.mode == 0)
            o.mode = 0644;
        o.owner = std::make_pair(st.st_uid, st.st_gid);
    }
    return o;
}

enum class HolderState { Gone, Stale, Live };

struct Holder {
    HolderState state = HolderState::Live;
    std::string description; // for the Conflict detail
    dev_t dev = 0;
    ino_t ino = 0;
};

// Reads the existing lock and decides whether its holder is still there.
Holder inspect(const std::filesystem::path &path, std::chrono::seconds staleAfter,
               const std::string &ourHost)
{
    Holder h;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    struct stat st {};
    std::string content;
    if (fd < 0) {
        if (errno == ENOENT) {
            h.state = HolderState::Gone;
            return h;
        }
        // Unreadable: judge by age only, like an empty lock.
        if (::lstat(path.c_str(), &st) < 0) {
            h.state = errno == ENOENT ? HolderState::Gone : HolderState::Live;
            h.description = "an unreadable lock";
            return h;
        }
    } else {
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            content.resize(MaxLockContent);
            const ssize_t n = ::pread(fd, content.data(), content.size(), 0);
            content.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        }
        ::close(fd);
    }
    h.dev = st.st_dev;
    h.ino = st.st_ino;
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r'))
        content.pop_back();

    const auto colon = content.find(':');
    long long pid = 0;
    bool pidOk = colon != std::string::npos && colon > 0 && colon <= 9;
    for (std::size_t i = 0; pidOk && i < colon; ++i) {
        pidOk = content[i] >= '0' && content[i] <= '9';
        pid = pid * 10 + (content[i] - '0');
    }
    if (pidOk && pid > 0) {
        const std::string host = content.substr(colon + 1);
        h.description = "pid " + std::to_string(pid) + " on host " + host;
        // Only a pid on this host can be probed; ESRCH is proof it is gone (EPERM = alive).
        if (host == ourHost && ::kill(static_cast<pid_t>(pid), 0) < 0 && errno == ESRCH) {
            h.state = HolderState::Stale;
            h.description += " (dead)";
        }
        return h;
    }
    const std::time_t age = std::time(nullptr) - st.st_mtim.tv_sec;
    h.description = "a lock without a pid, " + std::to_string(age) + " s old";
    if (age >= staleAfter.count())
        h.state = HolderState::Stale;
    return h;
}

// Removes a stale lock only if it is still the inode we judged: another waiter may have
// replaced it with a fresh lock meanwhile.
Result<void> removeStale(const std::filesystem::path &path, const Holder &h)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) < 0)
        return errno == ENOENT ? ok() : failErrno(errno, "lstat lock", path);
    if (st.st_dev != h.dev || st.st_ino != h.ino)
        return ok();
    if (::unlink(path.c_str()) < 0 && errno != ENOENT)
        return failErrno(errno, "remove stale lock", path);
    return ok();
}

} // namespace

UidlistLock::~UidlistLock() { release(); }

UidlistLock::UidlistLock(UidlistLock &&other) noexcept
    : m_path(std::move(other.m_path)), m_token(std::move(other.m_token)), m_dev(other.m_dev),
      m_ino(other.m_ino)
{
    other.m_path.clear();
    other.m_token.clear();
}

UidlistLock &UidlistLock::operator=(UidlistLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_token = std::move(other.m_token);
        m_dev = other.m_dev;
        m_ino = other.m_ino;
        other.m_path.clear();
        other.m_token.clear();
    }
    return *this;
}

Result<UidlistLock> UidlistLock::acquire(const std::filesystem::path &mailboxDir,
                                         std::chrono::milliseconds timeout,
                                         std::chrono::seconds staleAfter)
{
    const auto path = mailboxDir / "dovecot-uidlist.lock";
    const std::string host = hostName();
    const std::string token = ourToken();
    const LockOwner owner = lockOwnerFor(mailboxDir);
    const auto deadline = Clock::now() + timeout;

    // The lock appears with its content or not at all: the token goes into a temp file
    // that is then linked to the lock name, as Dovecot's own dotlocks do. Created with
    // O_EXCL and written after, a process killed in between left an empty lock that
    // counts as stale only after `staleAfter` (a kill -9 test caught it).
    // Named and placed like Dovecot's own temp files for its dotlocks (".temp.<host>.<pid>.")
    // so a leftover of a killed run is one Dovecot already knows to ignore.
    const auto temp = mailboxDir / (".temp." + host + "." + std::to_string(::getpid()) + ".uidlist-lock");
    ::unlink(temp.c_str()); // one of ours from a killed run with the same pid
    const int tfd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, owner.mode);
    if (tfd < 0)
        return failErrno(errno, "create lock", temp);
    (void)::fchmod(tfd, owner.mode); // exact mode despite the umask; owner as the uidlist's
    if (owner.owner && (owner.owner->first != ::geteuid() || owner.owner->second != ::getegid()))
        (void)::fchown(tfd, owner.owner->first, owner.owner->second);
    auto written = fs::writeAll(tfd, token);
    struct stat st {};
    const bool statOk = ::fstat(tfd, &st) == 0;
    const bool closeOk = ::close(tfd) == 0;
    struct TempGone {
        const std::filesystem::path &p;
        ~TempGone() { ::unlink(p.c_str()); }
    } tempGone{temp};
    if (!written || !statOk || !closeOk)
        return written ? failErrno(errno, "write lock", temp)
                       : fail(written.error().code, written.error().detail, temp.string());

    for (;;) {
        if (::link(temp.c_str(), path.c_str()) == 0) {
            UidlistLock lock;
            lock.m_path = path;
            lock.m_token = token;
            lock.m_dev = st.st_dev;
            lock.m_ino = st.st_ino;
            return lock;
        }
        if (errno != EEXIST)
            return failErrno(errno, "create lock", path);

        const Holder holder = inspect(path, staleAfter, host);
        if (holder.state == HolderState::Gone)
            continue;
        if (holder.state == HolderState::Stale) {
            if (auto r = removeStale(path, holder); !r)
                return std::unexpected(r.error());
            continue;
        }
        const auto now = Clock::now();
        if (now >= deadline)
            return fail(ErrorCode::Conflict, "dovecot-uidlist.lock is held by " + holder.description,
                        path.string());
        std::this_thread::sleep_for(std::min<Clock::duration>(PollInterval, deadline - now));
    }
}

void UidlistLock::release()
{
    if (m_path.empty())
        return;
    const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd >= 0) {
        struct stat st {};
        std::string content(m_token.size() + 1, '\0');
        const bool sameInode = ::fstat(fd, &st) == 0 && st.st_dev == m_dev && st.st_ino == m_ino;
        const ssize_t n = sameInode ? ::pread(fd, content.data(), content.size(), 0) : -1;
        ::close(fd);
        if (n >= 0)
            content.resize(static_cast<std::size_t>(n));
        // Unlink by name can still race a replacement in between; the window is the time
        // between these two calls, and replacing a live lock is itself a protocol breach.
        if (sameInode && content == m_token)
            ::unlink(m_path.c_str());
    }
    m_path.clear();
    m_token.clear();
    m_dev = m_ino = 0;
}

} // namespace mailstore::core::dovecot
