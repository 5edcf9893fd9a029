// SPDX-License-Identifier: GPL-3.0-or-later
// parseRfc5322Date (declared in headerpeek.h).
#include "headerpeek.h"

#include <array>
#include <charconv>
#include <vector>

namespace mailstore::core::maildir {

namespace {

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lowerAscii(s[i]) != lowerAscii(prefix[i]))
            return false;
    return true;
}

bool isAlpha(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    return true;
}

// 1..12 for "Nov" or "November"; 0 otherwise.
int monthNumber(std::string_view s)
{
    static constexpr std::array<std::string_view, 12> names = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    if (s.size() < 3 || !isAlpha(s))
        return 0;
    for (std::size_t m = 0; m < names.size(); ++m)
        if (s.size() <= names[m].size() && startsWithIgnoreCase(names[m], s))
            return static_cast<int>(m) + 1;
    return 0;
}

bool isDayName(std::string_view s)
{
    static constexpr std::array<std::string_view, 7> names = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (s.size() < 3 || !isAlpha(s))
        return false;
    for (std::string_view n : names)
        if (s.size() <= n.size() && startsWithIgnoreCase(n, s))
            return true;
    return false;
}

std::optional<int> number(std::string_view s, std::size_t minDigits, std::size_t maxDigits)
{
    if (s.size() < minDigits || s.size() > maxDigits || s.front() < '0' || s.front() > '9')
        return std::nullopt;
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

struct TimeOfDay {
    int hour = 0, minute = 0, second = 0;
};

std::optional<TimeOfDay> timeOfDay(std::string_view s)
{
    const std::size_t c1 = s.find(':');
    if (c1 == std::string_view::npos)
        return std::nullopt;
    const std::size_t c2 = s.find(':', c1 + 1);
    const auto h = number(s.substr(0, c1), 1, 2);
    const auto m = number(s.substr(c1 + 1, c2 == std::string_view::npos ? c2 : c2 - c1 - 1), 2, 2);
    std::optional<int> sec = 0;
    if (c2 != std::string_view::npos) {
        std::string_view secText = s.substr(c2 + 1);
        secText = secText.substr(0, secText.find('.')); // fractions are dropped
        sec = number(secText, 2, 2);
    }
    if (!h || !m || !sec || *h > 23 || *m > 59 || *sec > 60)
        return std::nullopt;
    return TimeOfDay{*h, *m, *sec};
}

// Offset east of UTC in seconds. Unknown names read as +0000 (RFC 5322 4.3 says to treat
// them as -0000, "no information").
std::optional<int> zoneOffset(std::string_view s)
{
    if (s.empty())
        return 0;
    if (s.front() == '+' || s.front() == '-') {
        std::string digits;
        for (char c : s.substr(1))
            if (c != ':')
                digits += c;
        const auto v = number(digits, 4, 4);
        if (!v || *v % 100 > 59)
            return std::nullopt;
        const int secs = (*v / 100) * 3600 + (*v % 100) * 60;
        return s.front() == '-' ? -secs : secs;
    }
    static constexpr std::pair<std::string_view, int> named[] = {
        {"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5}, {"edt", -4},
        {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7},
    };
    for (const auto &[name, hours] : named)
        if (s.size() == name.size() && startsWithIgnoreCase(s, name))
            return hours * 3600;
    return 0;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = static_cast<unsigned>((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::vector<std::string_view> tokens(std::string_view s, std::string &storage)
{
    // Comments ("(CET)") may nest; commas only separate.
    storage.clear();
    int depth = 0;
    for (char c : s) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            storage += (c == ',' || c == '\t' || c == '\r' || c == '\n') ? ' ' : c;
    }
    std::vector<std::string_view> out;
    std::string_view rest(storage);
    while (!rest.empty()) {
        const std::size_t start = rest.find_first_not_of(' ');
        if (start == std::string_view::npos)
            break;
        rest.remove_prefix(start);
        const std::size_t end = rest.find(' ');
        out.push_back(rest.substr(0, end));
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
    }
    return out;
}

} // namespace

std::optional<std::int64_t> parseRfc5322Date(std::string_view value)
{
    std::string storage;
    auto t = tokens(value, storage);
    std::size_t i = 0;
    if (i < t.size() && isDayName(t[i]) && !monthNumber(t[i]))
        ++i;
    if (t.size() - i < 4)
        return std::nullopt;

    std::optional<int> day, year;
    int month = 0;
    std::optional<TimeOfDay> time;
    std::string_view zone;
    if (monthNumber(t[i])) {
        // asctime() form, still seen from old tools: "Nov  3 10:15:00 2026".
        month = monthNumber(t[i]);
        day = number(t[i + 1], 1, 2);
        time = timeOfDay(t[i + 2]);
        year = number(t[i + 3], 2, 4);
        if (i + 4 < t.size())
            zone = t[i + 4];
    } else {
        day = number(t[i], 1, 2);
        month = monthNumber(t[i + 1]);
        year = number(t[i + 2], 2, 4);
        time = timeOfDay(t[i + 3]);
        if (i + 4 < t.size())
            zone = t[i + 4];
    }
    if (!day || !month || !year || !time)
        return std::nullopt;
    int y = *year;
    const std::size_t yearDigits = monthNumber(t[i]) ? t[i + 3].size() : t[i + 2].size();
    if (yearDigits == 2)
        y += y < 50 ? 2000 : 1900; // RFC 5322 4.3
    else if (yearDigits == 3)
        y += 1900;
    if (*day < 1 || *day > daysInMonth(y, month))
        return std::nullopt;
    const auto offset = zoneOffset(zone);
    if (!offset)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(y, month, *day);
    return days * 86400 + time->hour * 3600 + time->minute * 60 + time->second - *offset;
}

} // namespace mailstore::core::maildir
