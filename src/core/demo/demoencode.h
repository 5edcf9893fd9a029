// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Encoders the demo messages and folders need: base64, quoted-printable, RFC 2047
// encoded words, RFC 2231 parameters, IMAP modified UTF-7 and RFC 5322 dates. Written
// out here because the core has no Qt and the output must not depend on a library's
// line-length or case choices.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mailstore::core::demo {

void appendDecimal(std::string &out, std::uint64_t value);
void appendHex(std::string &out, std::uint64_t value, int digits); // lowercase, zero-padded

// Base64 with LF line breaks every `lineLength` characters (0 = one line).
void appendBase64(std::string &out, const unsigned char *data, std::size_t size, std::size_t lineLength);

// Quoted-printable (RFC 2045) of UTF-8 text with LF line ends; soft breaks keep every
// line within 76 characters.
void appendQuotedPrintable(std::string &out, std::string_view text);

bool isAscii(std::string_view text);
// True when every code point of the UTF-8 text fits in ISO-8859-1.
bool fitsLatin1(std::string_view utf8);

// An unstructured header value (Subject, display name) as RFC 2047 encoded words,
// folded so that no line exceeds 78 characters. `column` is where the value starts.
// `latin1Q` selects ISO-8859-1 Q encoding (the text must fit Latin-1), else UTF-8 B.
std::string encodeWords(std::string_view utf8, bool latin1Q, std::size_t column);

// RFC 2231 `name*=UTF-8''...` value for a non-ASCII attachment file name.
std::string rfc2231Value(std::string_view utf8);


// "Tue, 03 Mar 2026 14:22:10 +0100" for a UTC instant shown at `tzMinutes` east.
std::string rfc5322Date(std::int64_t utcSeconds, int tzMinutes);

// Calendar year of a UTC instant.
int utcYear(std::int64_t utcSeconds);
// Unix seconds of 1 January `year`, 00:00 UTC.
std::int64_t startOfYear(int year);

} // namespace mailstore::core::demo
