// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File names are bytes; people and JSON need UTF-8. These helpers say whether a name is
// valid UTF-8 and turn any byte string into printable UTF-8 without losing information.

#include <string>
#include <string_view>

namespace mailstore::core::fs {

bool isValidUtf8(std::string_view bytes);

// Valid UTF-8 passes unchanged (control characters excepted); every other byte becomes
// "\xNN" and a backslash becomes "\\", so the result is unambiguous.
std::string escapeForDisplay(std::string_view bytes);

// Appends one code point (at most U+10FFFF, not a surrogate) as UTF-8.
void appendUtf8(std::string &out, char32_t codePoint);

} // namespace mailstore::core::fs
