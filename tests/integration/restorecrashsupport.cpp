// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorecrashsupport.h"

#include "core/archive/sha256.h"
#include "core/dovecot/uidlist.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <map>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace integration {

namespace {

bool put(const QString &path, const QByteArray &bytes, qint64 mtime)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    const timeval times[2] = {{mtime, 0}, {mtime, 0}};
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

QByteArray body(int i)
{
    // Sizes from 200 B to ~180 KiB; every 10th message repeats the one before (a duplicate).
    const int n = i % 10 == 9 ? i - 1 : i;
    QByteArray text = "Message-ID: <crash" + QByteArray::number(n) + "@example.org>\r\nSubject: test "
        + QByteArray::number(n) + "\r\n\r\n";
    const int lines = (n * 7919) % 3000 + 3;
    for (int l = 0; l < lines; ++l)
        text += "line " + QByteArray::number(l) + " of message " + QByteArray::number(n) + "\r\n";
    return text;
}

} // namespace

QString writeCrashAccount(const QString &root, int count)
{
    const QString md = root + QStringLiteral("/example.org/alice/Maildir");
    for (const QString &box : {md, md + QStringLiteral("/.Archive")})
        for (const char *sub : {"cur", "new", "tmp"})
            QDir().mkpath(box + QLatin1Char('/') + QLatin1String(sub));
    put(md + QStringLiteral("/.Archive/maildirfolder"), {}, 1700000000);
    QByteArray inboxList = "3 V1700000000 N" + QByteArray::number(2 * count + 5) + " G0123456789abcdef0123456789abcdef\n";
    QByteArray archiveList = "3 V1700000001 N" + QByteArray::number(2 * count + 5) + "\n";
    for (int i = 0; i < count; ++i) {
        const bool archive = i % 3 == 2;
        const bool inNew = !archive && i % 11 == 4;
        const QByteArray base = QByteArray::number(1700000000 + i) + ".M" + QByteArray::number(i) + "P1.host";
        const QByteArray flags = i % 4 == 0 ? "S" : i % 4 == 1 ? "FSa" : i % 4 == 2 ? "RSb" : "";
        const QByteArray name = inNew ? base : base + ":2," + flags;
        const QString dir = (archive ? md + QStringLiteral("/.Archive") : md) + (inNew ? QStringLiteral("/new/") : QStringLiteral("/cur/"));
        put(dir + QString::fromLatin1(name), body(i), 1700000000 + i);
        if (i % 13 == 7)
            continue; // no uidlist line yet (Dovecot had not seen it)
        (archive ? archiveList : inboxList) += QByteArray::number(2 * i + 1) + " :" + base + "\n";
    }
    put(md + QStringLiteral("/dovecot-uidlist"), inboxList, 1700000000);
    put(md + QStringLiteral("/.Archive/dovecot-uidlist"), archiveList, 1700000000);
    put(md + QStringLiteral("/dovecot-keywords"), "0 $Junk\n1 projectx\n", 1700000000);
    put(md + QStringLiteral("/.Archive/dovecot-keywords"), "0 $Junk\n1 projectx\n", 1700000000);
    put(md + QStringLiteral("/subscriptions"), "V\t2\n\nArchive\n", 1700000000);
    return md;
}

std::map<std::string, std::string> messageFiles(const QString &maildir)
{
    std::map<std::string, std::string> out;
    QDirIterator it(maildir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(maildir.size() + 1);
        if (!rel.startsWith(QLatin1String("cur/")) && !rel.startsWith(QLatin1String("new/"))
            && !rel.contains(QLatin1String("/cur/")) && !rel.contains(QLatin1String("/new/")))
            continue;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out[rel.toStdString()] = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
    }
    return out;
}

int tmpFileCount(const QString &maildir)
{
    int n = 0;
    for (const QString &box : {maildir, maildir + QStringLiteral("/.Archive")})
        n += QDir(box + QStringLiteral("/tmp")).entryList(QDir::Files | QDir::Hidden).size();
    return n;
}

std::map<std::uint32_t, std::string> uidlistMap(const QString &mailboxDir)
{
    std::map<std::uint32_t, std::string> out;
    auto list = mailstore::core::dovecot::readUidlist(QFile::encodeName(mailboxDir).toStdString());
    if (!list || !list->issues.empty())
        return out;
    for (const auto &r : list->records)
        out[r.uid] = r.baseName;
    return out;
}

TracedRun runTraced(const QString &program, const QStringList &args, KillPoint kill)
{
    std::vector<std::string> argvStore{QFile::encodeName(program).toStdString()};
    for (const QString &a : args)
        argvStore.push_back(a.toStdString());
    std::vector<char *> argv;
    for (auto &s : argvStore)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    TracedRun run;
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
        ::raise(SIGSTOP);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0); // the SIGSTOP above
    ::ptrace(PTRACE_SETOPTIONS, pid, nullptr,
             reinterpret_cast<void *>(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL | PTRACE_O_TRACECLONE));
    ::ptrace(PTRACE_SYSCALL, pid, nullptr, nullptr);
    // Syscall stops alternate entry, exit per thread: after the entry of renameat2 the
    // thread's next stop is its exit, when the file has its final name.
    std::map<pid_t, bool> atEntry;   // thread -> its next syscall stop is an entry
    std::map<pid_t, bool> inRename;  // thread -> between entry and exit of renameat2
    for (;;) {
        const pid_t tid = ::waitpid(-1, &status, __WALL);
        if (tid < 0)
            break;
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (tid == pid) {
                if (WIFEXITED(status))
                    run.exitCode = WEXITSTATUS(status);
                break;
            }
            atEntry.erase(tid);
            continue;
        }
        int deliver = 0;
        const int sig = WSTOPSIG(status);
        if (sig == (SIGTRAP | 0x80)) {
            ++run.syscalls;
            bool &entry = atEntry.try_emplace(tid, true).first->second;
            if (entry) {
                user_regs_struct regs{};
                inRename[tid] = ::ptrace(PTRACE_GETREGS, tid, nullptr, &regs) == 0 && regs.orig_rax == SYS_renameat2;
            } else if (inRename[tid]) {
                inRename[tid] = false;
                ++run.renames;
            }
            entry = !entry;
            const bool due = (kill.syscall > 0 && run.syscalls >= kill.syscall)
                             || (kill.afterRename > 0 && run.renames >= kill.afterRename);
            if (due) {
                ::kill(pid, SIGKILL);
                // The leader is reported only after every other traced thread is reaped.
                for (pid_t gone; (gone = ::waitpid(-1, &status, __WALL)) > 0;)
                    if (gone == pid && (WIFSIGNALED(status) || WIFEXITED(status)))
                        break;
                run.killed = true;
                break;
            }
        } else if (sig == SIGTRAP && (status >> 16) == PTRACE_EVENT_CLONE) {
            // a new thread: it starts traced, stopped, and is resumed on its first stop
        } else if (sig == SIGSTOP && !atEntry.contains(tid) && tid != pid) {
            atEntry[tid] = true; // the new thread's initial stop: not a signal to pass on
        } else if (sig != SIGTRAP) {
            deliver = sig; // a real signal: pass it on
        }
        ::ptrace(PTRACE_SYSCALL, tid, nullptr, reinterpret_cast<void *>(static_cast<long>(deliver)));
    }
    return run;
}

} // namespace integration
