// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefilename.h"

#include <charconv>

namespace mailstore::core::maildir {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Dovecot's rule (maildir_filename_get_size): the first ",<type>=" holds the value, and
// its digits must end at ',', ':' or the end of the name. We look in the base only.
std::optional<std::uint64_t> sizeField(std::string_view base, char type)
{
    const char key[] = {',', type, '='};
    const std::size_t at = base.find(std::string_view(key, sizeof key));
    if (at == std::string_view::npos)
        return std::nullopt;
    const std::string_view rest = base.substr(at + sizeof key);
    std::size_t n = 0;
    while (n < rest.size() && isDigit(rest[n]))
        ++n;
    if (n == 0 || (n < rest.size() && rest[n] != ','))
        return std::nullopt;
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + n, value);
    if (ec != std::errc())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> leadingSeconds(std::string_view base)
{
    std::size_t n = 0;
    while (n < base.size() && isDigit(base[n]))
        ++n;
    if (n == 0 || n >= base.size() || base[n] != '.')
        return std::nullopt;
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(base.data(), base.data() + n, value);
    if (ec != std::errc())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<MessageFileName> parseMessageFileName(std::string_view name)
{
    if (name.empty() || name.front() == '.' || name.find('/') != std::string_view::npos)
        return std::nullopt;

    MessageFileName out;
    const std::size_t colon = name.find(':');
    const std::string_view base = name.substr(0, colon);
    out.base = std::string(base);
    out.size = sizeField(base, 'S');
    out.vsize = sizeField(base, 'W');
    out.deliveredAt = leadingSeconds(base);

    if (colon != std::string_view::npos) {
        const std::string_view info = name.substr(colon + 1);
        if (info.starts_with("2,")) {
            out.hasInfo = true;
            const std::string_view flags = info.substr(2);
            out.flags = std::string(flags.substr(0, flags.find(',')));
        }
    }
    return out;
}

} // namespace mailstore::core::maildir
