// SPDX-License-Identifier: GPL-3.0-or-later
#include "charset.h"
#include "../fs/pathtext.h"

#include "../fs/pathtext.h"

#include <cerrno>
#include <iconv.h>

namespace mailstore::core::maildir::detail {

namespace {

// windows-1252 0x80..0x9F; the five unassigned bytes map to the C1 code point (WHATWG).
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

std::string cp1252ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        fs::appendUtf8(out, b >= 0x80 && b < 0xA0 ? Cp1252High[b - 0x80] : b);
    }
    return out;
}

// Keeps valid sequences, puts U+FFFD for each byte that does not start one.
std::string repairUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t len = 0;
        for (std::size_t n = 1; n <= 4 && i + n <= bytes.size(); ++n) {
            if (fs::isValidUtf8(bytes.substr(i, n))) {
                len = n;
                break;
            }
        }
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(bytes.substr(i, len));
            i += len;
        }
    }
    return out;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string viaIconv(std::string_view bytes, const std::string &charset, bool *known)
{
    iconv_t cd = ::iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *known = false;
        return {};
    }
    *known = true;
    std::string out;
    std::string input(bytes);
    char *in = input.data();
    std::size_t inLeft = input.size();
    char buffer[1024];
    while (inLeft > 0) {
        char *outPtr = buffer;
        std::size_t outLeft = sizeof buffer;
        const std::size_t rc = ::iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer, sizeof buffer - outLeft);
        if (rc != static_cast<std::size_t>(-1))
            continue;
        if (errno == E2BIG)
            continue;
        // EILSEQ or a truncated sequence (EINVAL): mark it and go on with the next byte.
        out += "\xEF\xBF\xBD";
        ++in;
        --inLeft;
        ::iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    char *outPtr = buffer;
    std::size_t outLeft = sizeof buffer;
    ::iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // flush shift state
    out.append(buffer, sizeof buffer - outLeft);
    ::iconv_close(cd);
    return repairUtf8(out);
}

} // namespace

std::string bytesToUtf8(std::string_view bytes)
{
    return fs::isValidUtf8(bytes) ? std::string(bytes) : cp1252ToUtf8(bytes);
}

std::string charsetToUtf8(std::string_view bytes, std::string_view charset)
{
    // RFC 2231 allows a language suffix: "utf-8*en".
    const std::string cs = lower(charset.substr(0, charset.find('*')));
    if (cs == "utf-8" || cs == "utf8")
        return repairUtf8(bytes);
    // Mail labelled Latin-1 or ASCII is very often windows-1252 in truth (WHATWG does the same).
    if (cs == "us-ascii" || cs == "ascii" || cs == "iso-8859-1" || cs == "iso8859-1"
        || cs == "latin1" || cs == "l1" || cs == "windows-1252" || cs == "cp1252")
        return cp1252ToUtf8(bytes);
    bool known = false;
    std::string converted = viaIconv(bytes, cs, &known);
    return known ? converted : bytesToUtf8(bytes);
}

} // namespace mailstore::core::maildir::detail
