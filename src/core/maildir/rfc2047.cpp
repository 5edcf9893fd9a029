// SPDX-License-Identifier: GPL-3.0-or-later
// decodeRfc2047 (declared in headerpeek.h).
#include "headerpeek.h"

#include "base64digit.h"

#include "charset.h"

#include <optional>

namespace mailstore::core::maildir {

namespace {

struct EncodedWord {
    std::string_view charset;
    std::string bytes;     // decoded, still in `charset`
    std::size_t end = 0;   // index after "?="
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string decodeQ(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// Lenient: padding optional, stray characters skipped.
std::string decodeB(std::string_view text)
{
    std::string out;
    std::uint32_t bits = 0;
    int bitCount = 0;
    for (char c : text) {
        const int v = base64Digit(c, '/');
        if (v < 0)
            continue;
        bits = (bits << 6) | static_cast<std::uint32_t>(v);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            out += static_cast<char>((bits >> bitCount) & 0xFF);
            bits &= (1u << bitCount) - 1;
        }
    }
    return out;
}

// "=?charset?B|Q?text?=" starting at `pos`; nullopt when it is not a well-formed word.
std::optional<EncodedWord> readEncodedWord(std::string_view s, std::size_t pos)
{
    if (s.substr(pos, 2) != "=?")
        return std::nullopt;
    const std::size_t q1 = s.find('?', pos + 2);
    if (q1 == std::string_view::npos || q1 == pos + 2 || q1 + 2 >= s.size() || s[q1 + 2] != '?')
        return std::nullopt;
    const char enc = s[q1 + 1];
    const std::size_t textStart = q1 + 3;
    const std::size_t close = s.find("?=", textStart);
    if (close == std::string_view::npos)
        return std::nullopt;
    const std::string_view text = s.substr(textStart, close - textStart);
    if (text.find_first_of(" \t\r\n") != std::string_view::npos)
        return std::nullopt;
    EncodedWord w;
    w.charset = s.substr(pos + 2, q1 - pos - 2);
    if (enc == 'B' || enc == 'b')
        w.bytes = decodeB(text);
    else if (enc == 'Q' || enc == 'q')
        w.bytes = decodeQ(text);
    else
        return std::nullopt;
    w.end = close + 2;
    return w;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool sameCharset(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto la = (a[i] >= 'A' && a[i] <= 'Z') ? a[i] - 'A' + 'a' : a[i];
        const auto lb = (b[i] >= 'A' && b[i] <= 'Z') ? b[i] - 'A' + 'a' : b[i];
        if (la != lb)
            return false;
    }
    return true;
}

} // namespace

std::string decodeRfc2047(std::string_view value)
{
    std::string out;
    std::string plain;          // text between encoded words, raw bytes
    std::string pendingBytes;   // consecutive encoded words in one charset, joined
    std::string_view pendingCharset;
    bool lastWasEncoded = false;

    const auto flushPending = [&] {
        if (!pendingBytes.empty() || !pendingCharset.empty())
            out += detail::charsetToUtf8(pendingBytes, pendingCharset);
        pendingBytes.clear();
        pendingCharset = {};
    };
    const auto flushPlain = [&] {
        out += detail::bytesToUtf8(plain);
        plain.clear();
    };

    std::size_t i = 0;
    while (i < value.size()) {
        if (auto word = readEncodedWord(value, i)) {
            // RFC 2047 6.2: whitespace between two encoded words is not displayed.
            bool onlySpace = true;
            for (char c : plain)
                onlySpace = onlySpace && isSpace(c);
            if (lastWasEncoded && onlySpace)
                plain.clear();
            if (!plain.empty()) {
                flushPending();
                flushPlain();
            }
            // Joining bytes before conversion mends multi-byte characters split across words.
            if (!sameCharset(word->charset, pendingCharset))
                flushPending();
            pendingCharset = word->charset;
            pendingBytes += word->bytes;
            lastWasEncoded = true;
            i = word->end;
            continue;
        }
        plain += value[i];
        ++i;
    }
    flushPending();
    flushPlain();
    return out;
}

} // namespace mailstore::core::maildir
