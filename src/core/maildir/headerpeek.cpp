// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerpeek.h"

#include "charset.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace mailstore::core::maildir {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Listings show one line per field: controls (an encoded CR LF, a tab) become spaces.
std::string singleLine(std::string s)
{
    for (char &c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    return s;
}

struct RawFields {
    std::string date, from, to, subject, messageId;
    bool haveDate = false, haveFrom = false, haveTo = false, haveSubject = false,
         haveMessageId = false;
};

void keepFirst(RawFields &f, std::string_view name, std::string value)
{
    const auto take = [&](std::string &slot, bool &have) {
        if (!have) {
            slot = std::move(value);
            have = true;
        }
    };
    if (equalsIgnoreCase(name, "date"))
        take(f.date, f.haveDate);
    else if (equalsIgnoreCase(name, "from"))
        take(f.from, f.haveFrom);
    else if (equalsIgnoreCase(name, "to"))
        take(f.to, f.haveTo);
    else if (equalsIgnoreCase(name, "subject"))
        take(f.subject, f.haveSubject);
    else if (equalsIgnoreCase(name, "message-id"))
        take(f.messageId, f.haveMessageId);
}

} // namespace

MessageHeaders parseHeaderBlock(std::string_view block)
{
    RawFields raw;
    std::string name;
    std::string value;
    bool inField = false;
    const auto finishField = [&] {
        if (inField)
            keepFirst(raw, name, std::move(value));
        inField = false;
        value.clear();
    };

    std::size_t pos = 0;
    while (pos < block.size()) {
        const std::size_t nl = block.find('\n', pos);
        std::string_view line = block.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        pos = nl == std::string_view::npos ? block.size() : nl + 1;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty())
            break; // end of the header block
        if (line.front() == ' ' || line.front() == '\t') {
            // Unfolding removes only the line break; the leading whitespace stays.
            if (inField)
                value.append(line);
            continue;
        }
        finishField();
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue; // not a field ("From " envelope line, garbage): ignored
        name = std::string(trim(line.substr(0, colon)));
        value = std::string(line.substr(colon + 1));
        inField = true;
    }
    finishField();

    MessageHeaders h;
    h.date = singleLine(detail::bytesToUtf8(trim(raw.date)));
    h.dateUnix = parseRfc5322Date(h.date);
    h.from = singleLine(decodeRfc2047(trim(raw.from)));
    h.to = singleLine(decodeRfc2047(trim(raw.to)));
    h.subject = singleLine(decodeRfc2047(trim(raw.subject)));
    h.messageId = singleLine(detail::bytesToUtf8(trim(raw.messageId)));
    return h;
}

Result<MessageHeaders> peekHeaders(const std::filesystem::path &file, std::size_t maxBytes)
{
    // O_NONBLOCK and O_NOFOLLOW: a fifo or a symlink in a mailbox must not stall or redirect us.
    int fd = -1;
    do {
        fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return failErrno(errno, "open", file);
    struct stat st {};
    if (::fstat(fd, &st) < 0) {
        const int err = errno;
        ::close(fd);
        return failErrno(err, "fstat", file);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(ErrorCode::Io, "not a regular file", file.string());
    }

    constexpr std::size_t Chunk = 16 * 1024;
    std::string buffer;
    bool truncated = false;
    std::size_t headerEnd = std::string::npos;
    while (headerEnd == std::string::npos) {
        if (buffer.size() >= maxBytes) {
            truncated = true;
            break;
        }
        const std::size_t want = std::min(Chunk, maxBytes - buffer.size());
        const std::size_t old = buffer.size();
        buffer.resize(old + want);
        const ssize_t n = ::read(fd, buffer.data() + old, want);
        if (n < 0) {
            const int err = errno;
            buffer.resize(old);
            if (err == EINTR)
                continue;
            ::close(fd);
            return failErrno(err, "read", file);
        }
        buffer.resize(old + static_cast<std::size_t>(n));
        if (n == 0)
            break;
        // Look again a little before the new bytes: the separator may straddle two reads.
        const std::size_t from = old >= 2 ? old - 2 : 0;
        const std::size_t lf = buffer.find("\n\n", from);
        const std::size_t crlf = buffer.find("\n\r\n", from);
        headerEnd = std::min(lf, crlf);
        // A message with no header fields at all starts with its empty line.
        if (buffer.starts_with('\n') || buffer.starts_with("\r\n"))
            headerEnd = 0;
    }
    ::close(fd);

    std::string_view block(buffer);
    if (headerEnd != std::string::npos) {
        block = block.substr(0, headerEnd + 1);
    } else if (truncated) {
        // The last line was cut by the cap; a half field is worse than none.
        const std::size_t lastNl = block.rfind('\n');
        block = lastNl == std::string_view::npos ? std::string_view() : block.substr(0, lastNl + 1);
    }
    return parseHeaderBlock(block);
}

} // namespace mailstore::core::maildir
