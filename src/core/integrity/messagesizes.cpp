// SPDX-License-Identifier: GPL-3.0-or-later
// The deep part of the index scan: a message whose name says S=/W= sizes that its
// content does not have makes Dovecot report wrong RFC822.SIZE values (it trusts W=
// blindly) or fail to fetch it. Reading every message is what makes a scan "deep".
#include "../fs/pathtext.h"
#include "mailboxscan.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <array>

namespace mailstore::core::integrity {

namespace {

// Past this many, one summary finding stands for the rest of the mailbox.
constexpr std::size_t MaxSizeFindingsPerMailbox = 50;

struct Measured {
    std::uint64_t bytes = 0;
    std::uint64_t vsize = 0; // with every bare LF counted as CRLF, as Dovecot's W= is
};

std::optional<Measured> measure(const std::filesystem::path &file, std::string &error,
                                const ScanOptions &options)
{
    const std::atomic<bool> *cancel = options.cancel;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    Measured m;
    std::array<char, 64 * 1024> buf{};
    char prev = 0;
    for (;;) {
        if (cancel && cancel->load())
            break;
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = std::strerror(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        for (ssize_t i = 0; i < n; ++i) {
            const char c = buf[size_t(i)];
            if (c == '\n' && prev != '\r')
                ++m.vsize;
            prev = c;
        }
        m.bytes += std::uint64_t(n);
        if (options.bytesRead)
            *options.bytesRead += std::uint64_t(n);
        if (options.throttle)
            options.throttle->consume(std::uint64_t(n), cancel);
    }
    ::close(fd);
    m.vsize += m.bytes;
    return m;
}

} // namespace

void checkMessageSizes(const maildir::MailboxInfo &mailbox, const std::vector<maildir::MessageFile> &files,
                       const ScanOptions &options, Findings &out)
{
    std::size_t reported = 0, more = 0;
    for (const auto &f : files) {
        if (options.cancel && options.cancel->load())
            return;
        const auto path = mailbox.path / (f.inNew ? "new" : "cur") / f.fileName;
        std::string error;
        const auto m = measure(path, error, options);
        if (options.messagesRead)
            ++*options.messagesRead;
        std::string problem;
        const char *code = code::SizeMismatch;
        if (!m) {
            code = code::UnreadableMessage;
            problem = error;
        } else if (f.parsed.size && *f.parsed.size != m->bytes) {
            problem = "name says S=" + std::to_string(*f.parsed.size) + ", file has " + std::to_string(m->bytes)
                + " bytes";
        } else if (f.parsed.vsize && *f.parsed.vsize != m->vsize) {
            problem = "name says W=" + std::to_string(*f.parsed.vsize) + ", content gives "
                + std::to_string(m->vsize);
        }
        if (problem.empty())
            continue;
        if (reported < MaxSizeFindingsPerMailbox) {
            out.push_back(Finding{code, Severity::Error, fs::escapeForDisplay(path.string()), problem});
            ++reported;
        } else {
            ++more;
        }
    }
    if (more > 0)
        out.push_back(Finding{code::SizeMismatch, Severity::Error, fs::escapeForDisplay(mailbox.path.string()),
                              std::to_string(more) + " more messages with sizes that disagree"});
}

} // namespace mailstore::core::integrity
