// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxname.h"
#include "../fs/pathtext.h"

#include "base64digit.h"

#include <cstdint>
#include <vector>

namespace mailstore::core::maildir {

namespace {

// Modified base64 (RFC 3501 5.1.3) uses ',' where base64 uses '/'.
constexpr char Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

bool isDirectChar(unsigned char c) { return c >= 0x20 && c <= 0x7E && c != '&'; }

// Decodes one '&...-' run (without the delimiters) into UTF-8; false when invalid.
bool decodeRun(std::string_view run, std::string &out)
{
    std::uint32_t bits = 0;
    int bitCount = 0;
    char16_t highSurrogate = 0;
    for (char c : run) {
        const int v = base64Digit(c, ',');
        if (v < 0)
            return false;
        bits = (bits << 6) | static_cast<std::uint32_t>(v);
        bitCount += 6;
        if (bitCount < 16)
            continue;
        bitCount -= 16;
        const auto unit = static_cast<char16_t>((bits >> bitCount) & 0xFFFF);
        bits &= (1u << bitCount) - 1;
        if (highSurrogate) {
            if (unit < 0xDC00 || unit > 0xDFFF)
                return false;
            fs::appendUtf8(out, 0x10000 + ((highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
            highSurrogate = 0;
        } else if (unit >= 0xD800 && unit <= 0xDBFF) {
            highSurrogate = unit;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return false;
        } else if (unit < 0x80 && isDirectChar(static_cast<unsigned char>(unit))) {
            return false; // printable ASCII must be written directly
        } else {
            fs::appendUtf8(out, unit);
        }
    }
    // Leftover bits are padding: fewer than one base64 digit's worth, and all zero.
    return highSurrogate == 0 && bitCount < 6 && bits == 0;
}

// Reads one UTF-8 sequence; invalid bytes come out as U+FFFD so encoding never fails.
char32_t nextCodePoint(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3
                                   : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += len;
    return cp > 0x10FFFF ? 0xFFFD : cp;
}

void flushRun(std::vector<char16_t> &units, std::string &out)
{
    if (units.empty())
        return;
    out += '&';
    std::uint32_t bits = 0;
    int bitCount = 0;
    for (char16_t u : units) {
        bits = (bits << 16) | u;
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out += Alphabet[(bits >> bitCount) & 0x3F];
        }
        bits &= (1u << bitCount) - 1;
    }
    if (bitCount > 0)
        out += Alphabet[(bits << (6 - bitCount)) & 0x3F];
    out += '-';
    units.clear();
}

} // namespace

std::optional<std::string> decodeModifiedUtf7(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c != '&') {
            if (!isDirectChar(c))
                return std::nullopt;
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t end = in.find('-', i + 1);
        if (end == std::string_view::npos)
            return std::nullopt;
        if (end == i + 1) {
            out += '&';
        } else if (!decodeRun(in.substr(i + 1, end - i - 1), out)) {
            return std::nullopt;
        }
        i = end + 1;
    }
    return out;
}

std::string encodeModifiedUtf7(std::string_view utf8)
{
    std::string out;
    std::vector<char16_t> units;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, i);
        if (cp < 0x80 && isDirectChar(static_cast<unsigned char>(cp))) {
            flushRun(units, out);
            out += static_cast<char>(cp);
        } else if (cp == '&') {
            flushRun(units, out);
            out += "&-";
        } else if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            units.push_back(static_cast<char16_t>(0xD800 + (v >> 10)));
            units.push_back(static_cast<char16_t>(0xDC00 + (v & 0x3FF)));
        } else {
            units.push_back(static_cast<char16_t>(cp));
        }
    }
    flushRun(units, out);
    return out;
}

std::optional<std::string> displayNameFromMaildirFolder(std::string_view dirName)
{
    if (dirName.size() < 2 || dirName.front() != '.' || dirName == "..")
        return std::nullopt;
    auto decoded = decodeModifiedUtf7(dirName.substr(1));
    if (!decoded)
        return std::nullopt;
    // Empty hierarchy levels (".a..b", ".a.") cannot come from an IMAP name.
    if (decoded->front() == '.' || decoded->back() == '.'
        || decoded->find("..") != std::string::npos
        || decoded->find('/') != std::string::npos)
        return std::nullopt;
    for (char &c : *decoded)
        if (c == '.')
            c = '/';
    return decoded;
}

std::string maildirFolderFromDisplayName(std::string_view displayName)
{
    const auto isInbox = [](std::string_view s) {
        constexpr std::string_view inbox = "INBOX";
        if (s.size() != inbox.size())
            return false;
        for (std::size_t i = 0; i < s.size(); ++i)
            if ((s[i] & ~0x20) != inbox[i])
                return false;
        return true;
    };
    if (displayName.empty() || isInbox(displayName))
        return {};
    std::string out = "." + encodeModifiedUtf7(displayName);
    for (char &c : out)
        if (c == '/')
            c = '.';
    return out;
}

} // namespace mailstore::core::maildir
