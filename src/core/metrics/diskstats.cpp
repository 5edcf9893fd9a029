// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing of /proc/diskstats. Strict on purpose: a line that does not parse means the
// format is not what we think it is, and wrong numbers on a chart are worse than none.
#include "diskstats.h"

#include <array>
#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <unistd.h>

namespace mailstore::core::metrics {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Splits on runs of blanks; the kernel right-aligns the device numbers with spaces.
std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

template <typename N>
bool parseNumber(std::string_view text, N &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}

std::unexpected<Error> badLine(std::size_t lineNo, const std::string &why)
{
    return fail(ErrorCode::Corrupted, "diskstats line " + std::to_string(lineNo) + ": " + why);
}

Result<DiskCounters> parseLine(std::string_view line, std::size_t lineNo)
{
    const auto f = splitFields(line);
    // 14, 18 and 20 are the kernel's formats; more than 20 is a newer kernel that
    // appended fields, which keeps the meaning of the first 20.
    const std::size_t n = f.size();
    if (n != 14 && n != 18 && n < 20)
        return badLine(lineNo, "expected 14, 18 or 20 fields, found " + std::to_string(n));
    DiskCounters c;
    if (!parseNumber(f[0], c.major) || !parseNumber(f[1], c.minor))
        return badLine(lineNo, "device number is not a number");
    c.name = std::string(f[2]);
    const std::array<std::uint64_t *, 11> slots = {
        &c.reads,  nullptr /* reads merged */,  &c.readSectors,  &c.readMs,
        &c.writes, nullptr /* writes merged */, &c.writeSectors, &c.writeMs,
        &c.inFlight, &c.ioMs, &c.weightedMs};
    // Every field must be a number, also those not kept: a stray word anywhere means
    // the columns may be shifted.
    for (std::size_t i = 3; i < n; ++i) {
        std::uint64_t value = 0;
        if (!parseNumber(f[i], value))
            return badLine(lineNo, "field " + std::to_string(i + 1) + " is not a number");
        if (i - 3 < slots.size() && slots[i - 3])
            *slots[i - 3] = value;
    }
    return c;
}

} // namespace

Result<std::vector<DiskCounters>> parseDiskstats(std::string_view text)
{
    std::vector<DiskCounters> out;
    std::size_t lineNo = 0;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        auto c = parseLine(line, lineNo);
        if (!c)
            return std::unexpected(c.error());
        out.push_back(std::move(*c));
    }
    return out;
}

Result<std::vector<DiskCounters>> readDiskstats(const std::filesystem::path &file)
{
    // /proc files report size 0, so read until EOF rather than by st_size.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failErrno(errno, "open diskstats", file);
    std::string text;
    char buf[8192];
    for (;;) {
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return failErrno(err, "read diskstats", file);
        }
        if (got == 0)
            break;
        text.append(buf, static_cast<std::size_t>(got));
    }
    ::close(fd);
    auto parsed = parseDiskstats(text);
    if (!parsed) {
        Error e = parsed.error();
        e.path = file.string();
        return std::unexpected(std::move(e));
    }
    return parsed;
}

} // namespace mailstore::core::metrics
