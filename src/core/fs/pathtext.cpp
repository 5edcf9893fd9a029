// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathtext.h"

#include <cstdint>

namespace mailstore::core::fs {

namespace {

// Length of the well-formed UTF-8 sequence at `pos` (rejecting overlong forms, surrogates
// and code points above U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8SequenceLength(std::string_view s, std::size_t pos, char32_t *cp = nullptr)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(pos);
    std::size_t len = 0;
    char32_t value = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        if (cp)
            *cp = b0;
        return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        value = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        value = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        value = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (pos + len > s.size())
        return 0;
    for (std::size_t i = 1; i < len; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (b & 0x3F);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    if (cp)
        *cp = value;
    return len;
}

void appendHexEscape(std::string &out, unsigned char b)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[b >> 4];
    out += digits[b & 0x0F];
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = utf8SequenceLength(bytes, i);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

std::string escapeForDisplay(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const std::size_t len = utf8SequenceLength(bytes, i, &cp);
        // C0 and C1 controls are escaped too: a name must not be able to drive a terminal.
        const bool control = len != 0 && (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F));
        if (len == 0 || control) {
            appendHexEscape(out, static_cast<unsigned char>(bytes[i]));
            ++i;
            if (control)
                for (std::size_t k = 1; k < len; ++k, ++i)
                    appendHexEscape(out, static_cast<unsigned char>(bytes[i]));
            continue;
        }
        if (cp == '\\')
            out += "\\\\";
        else
            out.append(bytes.substr(i, len));
        i += len;
    }
    return out;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace mailstore::core::fs
