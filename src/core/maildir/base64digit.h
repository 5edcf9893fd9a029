// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The value of one base64 digit. Standard base64 (RFC 2047 "B" words) writes 63 as '/',
// IMAP's modified base64 (RFC 3501 5.1.3, mailbox names) as ','; the caller says which.

namespace mailstore::core::maildir {

constexpr int base64Digit(char c, char digit63)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == digit63)
        return 63;
    return -1;
}

} // namespace mailstore::core::maildir
