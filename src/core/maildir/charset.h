// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private: byte strings in a named charset to UTF-8, for header decoding. UTF-8, US-ASCII,
// ISO-8859-1 and windows-1252 are converted here; anything else goes through iconv.
// The result is always valid UTF-8 (undecodable bytes become U+FFFD).

#include <string>
#include <string_view>

namespace mailstore::core::maildir::detail {

std::string charsetToUtf8(std::string_view bytes, std::string_view charset);

// Valid UTF-8 is returned as is; anything else is read as windows-1252.
std::string bytesToUtf8(std::string_view bytes);

} // namespace mailstore::core::maildir::detail
