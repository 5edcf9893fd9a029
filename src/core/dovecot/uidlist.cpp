// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidlist.h"

#include "filebytes.h"

#include <algorithm>
#include <unordered_map>

namespace mailstore::core::dovecot {

namespace {

constexpr std::uint64_t MaxUidlistBytes = 256ull * 1024 * 1024;
constexpr std::uint32_t UidLimit = 0xffffffffu; // Dovecot rejects UIDs >= (uint32_t)-1

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Strict decimal uint32 like Dovecot's str_to_uint32: digits only, no sign, no overflow.
std::optional<std::uint32_t> parseU32(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    const auto firstNonZero = s.find_first_not_of('0');
    if (firstNonZero != std::string_view::npos && s.size() - firstNonZero > 10)
        return std::nullopt; // would overflow; leading zeros alone are fine, as in Dovecot
    std::uint64_t v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    if (v > UidLimit)
        return std::nullopt;
    return static_cast<std::uint32_t>(v);
}

std::string_view stripCr(std::string_view line)
{
    // All trailing CRs: a name can then never end in '\r', which keeps serialize->parse stable.
    while (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

// Splits on '\n'; a final line without '\n' still counts, an empty tail after the last
// '\n' does not.
std::vector<std::string_view> splitLines(std::string_view content)
{
    std::vector<std::string_view> lines;
    while (!content.empty()) {
        const auto nl = content.find('\n');
        if (nl == std::string_view::npos) {
            lines.push_back(content);
            break;
        }
        lines.push_back(content.substr(0, nl));
        content.remove_prefix(nl + 1);
    }
    return lines;
}

Result<void> parseHeader(std::string_view line, Uidlist &out)
{
    // Dovecot: one version digit, then a space.
    if (line.size() < 2 || !isDigit(line[0]) || line[1] != ' ')
        return fail(ErrorCode::Corrupted, "corrupted header (invalid version number)");
    out.version = line[0] - '0';
    line.remove_prefix(2);
    std::optional<std::uint32_t> v, n;
    if (out.version == 1) {
        // "1 <uidvalidity> <nextuid>" (Courier); anything after is ignored, as sscanf does.
        while (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
        const auto sp = line.find(' ');
        v = parseU32(line.substr(0, sp));
        std::string_view rest = sp == std::string_view::npos ? std::string_view{} : line.substr(sp);
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        n = parseU32(rest.substr(0, rest.find(' ')));
    } else if (out.version == 3) {
        while (!line.empty()) {
            const auto sp = line.find(' ');
            const std::string_view item = line.substr(0, sp);
            line.remove_prefix(sp == std::string_view::npos ? line.size() : sp + 1);
            if (item.empty())
                continue; // double spaces
            const std::string_view value = item.substr(1);
            switch (item[0]) {
            case 'V':
                if (!(v = parseU32(value)))
                    return fail(ErrorCode::Corrupted, "invalid V in header");
                break;
            case 'N':
                if (!(n = parseU32(value)))
                    return fail(ErrorCode::Corrupted, "invalid N in header");
                break;
            case 'G':
                if (value.size() != 32 || !std::all_of(value.begin(), value.end(), isHex))
                    return fail(ErrorCode::Corrupted, "invalid G in header");
                out.guid = std::string(value);
                break;
            default:
                out.otherHeader[item[0]] = std::string(value);
            }
        }
    } else {
        return fail(ErrorCode::Corrupted,
                    "unsupported uidlist version " + std::to_string(out.version));
    }
    if (!v || !n || *v == 0 || *n == 0)
        return fail(ErrorCode::Corrupted, "broken header (uidvalidity or next_uid missing or 0)");
    out.uidValidity = *v;
    out.nextUid = *n;
    return ok();
}

// Parses one record line; on failure returns the issue to report instead.
std::expected<UidlistRecord, UidlistIssue> parseRecord(std::string_view line, int version,
                                                       std::size_t lineNo)
{
    auto bad = [&](UidlistProblem p, std::string detail) {
        return std::unexpected(UidlistIssue{p, lineNo, std::move(detail)});
    };
    std::size_t i = 0;
    while (i < line.size() && isDigit(line[i]))
        ++i;
    if (i == 0 || i == line.size() || line[i] != ' ')
        return bad(UidlistProblem::BadLine, "invalid data");
    const std::string_view uidText = line.substr(0, i);
    const auto uid = parseU32(uidText);
    if (!uid || *uid >= UidLimit)
        return bad(UidlistProblem::UidTooHigh, "UID too high (" + std::string(uidText) + ")");
    if (*uid == 0)
        return bad(UidlistProblem::BadLine, "UID 0");
    UidlistRecord rec;
    rec.uid = *uid;
    rec.lineNumber = lineNo;
    line.remove_prefix(i);
    while (!line.empty() && line.front() == ' ')
        line.remove_prefix(1);
    if (version == 3) {
        // Extension fields until a field that starts with ':' (the file name).
        while (!line.empty() && line.front() != ':') {
            const auto sp = line.find(' ');
            const std::string_view field = line.substr(0, sp);
            if (!isUpper(field.front()))
                return bad(UidlistProblem::BadLine,
                           "invalid extension field '" + std::string(field) + "'");
            rec.extensions[field.front()] = std::string(field.substr(1));
            line.remove_prefix(sp == std::string_view::npos ? line.size() : sp);
            while (!line.empty() && line.front() == ' ')
                line.remove_prefix(1);
        }
        if (line.empty())
            return bad(UidlistProblem::BadLine, "no ':' before the file name");
        line.remove_prefix(1);
    }
    // The key is the base name: Dovecot hashes names only up to the first ':'.
    const std::string_view base = line.substr(0, line.find(':'));
    if (base.empty())
        return bad(UidlistProblem::BadLine, "empty file name");
    if (base.find('/') != std::string_view::npos)
        return bad(UidlistProblem::BadLine, "broken file name (contains '/')");
    if (base.find('\0') != std::string_view::npos)
        return bad(UidlistProblem::BadLine, "broken file name (contains NUL)");
    rec.baseName = std::string(base);
    return rec;
}

} // namespace

std::uint32_t Uidlist::effectiveNextUid() const
{
    std::uint32_t next = nextUid;
    for (const auto &r : records)
        if (r.uid < UidLimit) // records never hold such UIDs, but keep +1 from wrapping
            next = std::max(next, r.uid + 1);
    return next;
}

Result<Uidlist> parseUidlist(std::string_view content)
{
    const auto lines = splitLines(content);
    if (lines.empty())
        return fail(ErrorCode::Corrupted, "empty uidlist");
    Uidlist out;
    if (auto h = parseHeader(stripCr(lines[0]), out); !h)
        return std::unexpected(h.error());

    // "Highest so far" rather than "previous line": the records without a
    // UidNotAscending issue are then always strictly ascending.
    std::uint32_t highest = 0;
    std::size_t highestLine = 0;
    std::unordered_map<std::string_view, std::size_t> firstLineOfName;
    for (std::size_t idx = 1; idx < lines.size(); ++idx) {
        const std::size_t lineNo = idx + 1;
        auto rec = parseRecord(stripCr(lines[idx]), out.version, lineNo);
        if (!rec) {
            out.issues.push_back(std::move(rec.error()));
            continue;
        }
        if (rec->uid <= highest)
            out.issues.push_back({UidlistProblem::UidNotAscending, lineNo,
                                  "UIDs not ordered (" + std::to_string(highest)
                                      + " >= " + std::to_string(rec->uid) + ", line "
                                      + std::to_string(highestLine) + ")"});
        else {
            highest = rec->uid;
            highestLine = lineNo;
        }
        out.records.push_back(std::move(*rec));
    }
    // Names are keyed after all records exist, so the views stay valid.
    for (const auto &r : out.records) {
        const auto [it, fresh] = firstLineOfName.emplace(r.baseName, r.lineNumber);
        if (!fresh)
            out.issues.push_back({UidlistProblem::DuplicateName, r.lineNumber,
                                  "duplicate file entry (first on line "
                                      + std::to_string(it->second) + ")"});
    }
    std::stable_sort(out.issues.begin(), out.issues.end(),
                     [](const UidlistIssue &a, const UidlistIssue &b) {
                         return a.lineNumber < b.lineNumber;
                     });
    return out;
}

Result<Uidlist> readUidlist(const std::filesystem::path &mailboxDir)
{
    const auto file = mailboxDir / "dovecot-uidlist";
    auto bytes = detail::readWholeFile(file, MaxUidlistBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto parsed = parseUidlist(*bytes);
    if (!parsed)
        parsed.error().path = file.string();
    return parsed;
}

Result<std::string> serializeUidlist(const Uidlist &list)
{
    const auto invalid = [](std::string detail) {
        return fail(ErrorCode::InvalidArgument, std::move(detail));
    };
    const auto cleanValue = [](std::string_view v) {
        return v.find_first_of(std::string_view(" \n\r\0", 4)) == std::string_view::npos;
    };
    if (list.uidValidity == 0)
        return invalid("UIDVALIDITY 0");
    if (!list.guid.empty()
        && (list.guid.size() != 32 || !std::all_of(list.guid.begin(), list.guid.end(), isHex)))
        return invalid("GUID is not 32 hex digits");
    const std::uint32_t next = std::max<std::uint32_t>(list.effectiveNextUid(), 1);

    std::string out = "3 V" + std::to_string(list.uidValidity) + " N" + std::to_string(next);
    if (!list.guid.empty())
        out += " G" + list.guid;
    for (const auto &[key, value] : list.otherHeader) {
        if (key == 'V' || key == 'N' || key == 'G' || !cleanValue(std::string_view(&key, 1))
            || !cleanValue(value))
            return invalid(std::string("header key '") + key + "' or its value unusable");
        out += ' ';
        out += key;
        out += value;
    }
    out += '\n';

    std::uint32_t prev = 0;
    for (const auto &r : list.records) {
        if (r.uid <= prev || r.uid >= UidLimit)
            return invalid("UIDs not strictly ascending or out of range at UID "
                           + std::to_string(r.uid));
        prev = r.uid;
        if (r.baseName.empty() || r.baseName.find_first_of(std::string_view("/:\n\r\0", 5))
                                      != std::string::npos)
            return invalid("unusable base name for UID " + std::to_string(r.uid));
        out += std::to_string(r.uid);
        for (const auto &[key, value] : r.extensions) {
            if (!isUpper(key) || !cleanValue(value))
                return invalid("unusable extension for UID " + std::to_string(r.uid));
            out += ' ';
            out += key;
            out += value;
        }
        out += " :";
        out += r.baseName;
        out += '\n';
    }
    return out;
}

} // namespace mailstore::core::dovecot
