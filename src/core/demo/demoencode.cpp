// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoencode.h"

#include <charconv>
#include <vector>

namespace mailstore::core::demo {

namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kHexUpper[] = "0123456789ABCDEF";

// Our own strings only, so the UTF-8 is known to be valid.
char32_t decodeUtf8(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i++]);
    if (b0 < 0x80)
        return b0;
    int extra = b0 >= 0xf0 ? 3 : b0 >= 0xe0 ? 2 : 1;
    char32_t cp = b0 & (0x3f >> extra);
    while (extra-- > 0 && i < s.size())
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3f);
    return cp;
}

void appendPercent(std::string &out, unsigned char c)
{
    out += '%';
    out += kHexUpper[c >> 4];
    out += kHexUpper[c & 15];
}

void appendEquals(std::string &out, unsigned char c)
{
    out += '=';
    out += kHexUpper[c >> 4];
    out += kHexUpper[c & 15];
}

// One quoted-printable token per byte, so lines can be broken between tokens.
std::string qpToken(unsigned char c, bool lastOnLine)
{
    std::string t;
    if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lastOnLine))
        t += static_cast<char>(c);
    else
        appendEquals(t, c);
    return t;
}

std::string qWordChar(unsigned char latin1)
{
    std::string t;
    if (latin1 == ' ')
        t = "_";
    else if ((latin1 >= 'a' && latin1 <= 'z') || (latin1 >= 'A' && latin1 <= 'Z') || (latin1 >= '0' && latin1 <= '9') ||
             latin1 == '!' || latin1 == '*' || latin1 == '+' || latin1 == '-' || latin1 == '/')
        t += static_cast<char>(latin1);
    else
        appendEquals(t, latin1);
    return t;
}

} // namespace

void appendDecimal(std::string &out, std::uint64_t value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

void appendHex(std::string &out, std::uint64_t value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hex[(value >> shift) & 15];
}

void appendBase64(std::string &out, const unsigned char *data, std::size_t size, std::size_t lineLength)
{
    out.reserve(out.size() + size * 4 / 3 + size / 48 + 8);
    std::size_t column = 0;
    for (std::size_t i = 0; i < size; i += 3) {
        const std::uint32_t b0 = data[i];
        const std::uint32_t b1 = i + 1 < size ? data[i + 1] : 0;
        const std::uint32_t b2 = i + 2 < size ? data[i + 2] : 0;
        const std::uint32_t n = (b0 << 16) | (b1 << 8) | b2;
        char quad[4] = {kBase64[(n >> 18) & 63], kBase64[(n >> 12) & 63], i + 1 < size ? kBase64[(n >> 6) & 63] : '=',
                        i + 2 < size ? kBase64[n & 63] : '='};
        out.append(quad, 4);
        column += 4;
        if (lineLength != 0 && column >= lineLength && i + 3 < size) {
            out += '\n';
            column = 0;
        }
    }
    if (lineLength != 0)
        out += '\n';
}

void appendQuotedPrintable(std::string &out, std::string_view text)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        const bool lastLine = end == std::string_view::npos;
        if (lastLine)
            end = text.size();
        std::size_t column = 0;
        for (std::size_t i = start; i < end; ++i) {
            const std::string t = qpToken(static_cast<unsigned char>(text[i]), i + 1 == end);
            // 75 leaves room for the '=' of a soft break.
            if (column + t.size() > 75) {
                out += "=\n";
                column = 0;
            }
            out += t;
            column += t.size();
        }
        if (lastLine)
            break;
        out += '\n';
        start = end + 1;
    }
}

bool isAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool fitsLatin1(std::string_view utf8)
{
    for (std::size_t i = 0; i < utf8.size();)
        if (decodeUtf8(utf8, i) > 0xff)
            return false;
    return true;
}

std::string encodeWords(std::string_view utf8, bool latin1Q, std::size_t column)
{
    const std::string_view prefix = latin1Q ? "=?ISO-8859-1?Q?" : "=?UTF-8?B?";
    std::string out;
    std::size_t i = 0;
    bool first = true;
    while (i < utf8.size()) {
        const std::size_t lineStart = first ? column : 1;
        // An encoded word is at most 75 characters and a folded line at most 78.
        std::size_t room = 78 - std::min<std::size_t>(lineStart, 40);
        room = std::min<std::size_t>(room, 75) - prefix.size() - 2;
        std::string payload;
        if (latin1Q) {
            while (i < utf8.size()) {
                std::size_t next = i;
                const std::string t = qWordChar(static_cast<unsigned char>(decodeUtf8(utf8, next)));
                if (payload.size() + t.size() > room)
                    break;
                payload += t;
                i = next;
            }
        } else {
            const std::size_t maxBytes = room / 4 * 3;
            std::size_t end = i;
            while (end < utf8.size()) {
                std::size_t next = end;
                decodeUtf8(utf8, next);
                if (next - i > maxBytes)
                    break;
                end = next;
            }
            appendBase64(payload, reinterpret_cast<const unsigned char *>(utf8.data() + i), end - i, 0);
            i = end;
        }
        if (!first)
            out += "\n ";
        out += prefix;
        out += payload;
        out += "?=";
        first = false;
    }
    return out;
}

std::string rfc2231Value(std::string_view utf8)
{
    std::string out = "UTF-8''";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                              c == '.' || c == '_' || c == '!' || c == '~';
        if (attrChar)
            out += static_cast<char>(c);
        else
            appendPercent(out, c);
    }
    return out;
}

namespace {

// Howard Hinnant's civil-from-days; exact for the proleptic Gregorian calendar.
void civilFromDays(std::int64_t z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

void append2(std::string &out, unsigned v)
{
    out += static_cast<char>('0' + v / 10 % 10);
    out += static_cast<char>('0' + v % 10);
}

} // namespace

std::string rfc5322Date(std::int64_t utcSeconds, int tzMinutes)
{
    static constexpr const char *days[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::int64_t local = utcSeconds + std::int64_t{tzMinutes} * 60;
    const std::int64_t dayNumber = floorDiv(local, 86400);
    const auto secs = static_cast<unsigned>(local - dayNumber * 86400);
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(dayNumber, y, m, d);
    std::string out = days[static_cast<std::size_t>(((dayNumber % 7) + 7) % 7)];
    out += ", ";
    append2(out, d);
    out += ' ';
    out += months[m - 1];
    out += ' ';
    appendDecimal(out, static_cast<std::uint64_t>(y));
    out += ' ';
    append2(out, secs / 3600);
    out += ':';
    append2(out, secs / 60 % 60);
    out += ':';
    append2(out, secs % 60);
    out += tzMinutes < 0 ? " -" : " +";
    const auto tz = static_cast<unsigned>(tzMinutes < 0 ? -tzMinutes : tzMinutes);
    append2(out, tz / 60);
    append2(out, tz % 60);
    return out;
}

int utcYear(std::int64_t utcSeconds)
{
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(floorDiv(utcSeconds, 86400), y, m, d);
    return y;
}

std::int64_t startOfYear(int year)
{
    return daysFromCivil(year, 1, 1) * 86400;
}

} // namespace mailstore::core::demo
