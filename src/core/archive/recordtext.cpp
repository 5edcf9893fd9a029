// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtext.h"

#include "sha256.h"

namespace mailstore::core::archive {

namespace {

bool needsEscape(unsigned char c) { return c <= 0x20 || c == '%' || c >= 0x7f; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // lower case is not canonical
}

std::unexpected<Error> corrupt(std::size_t line, const std::string &what)
{
    return fail(ErrorCode::Corrupted, "line " + std::to_string(line) + ": " + what);
}

} // namespace

std::string encodeField(std::string_view raw)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(raw.size());
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (needsEscape(c)) {
            out += '%';
            out += digits[c >> 4];
            out += digits[c & 15];
        } else {
            out += ch;
        }
    }
    return out;
}

std::optional<std::string> decodeField(std::string_view encoded)
{
    std::string out;
    out.reserve(encoded.size());
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        const auto c = static_cast<unsigned char>(encoded[i]);
        if (c != '%') {
            if (needsEscape(c))
                return std::nullopt;
            out += char(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int hi = hexValue(encoded[i + 1]);
        const int lo = hexValue(encoded[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        const auto value = static_cast<unsigned char>(hi * 16 + lo);
        if (!needsEscape(value))
            return std::nullopt; // "%41" for 'A' would make two spellings of one name
        out += char(value);
        i += 2;
    }
    return out;
}

std::optional<std::uint64_t> parseDecimal(std::string_view text, std::uint64_t max)
{
    if (text.empty() || text.size() > 20 || (text.size() > 1 && text[0] == '0'))
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

RecordWriter::RecordWriter(std::string_view magic, std::uint32_t version)
{
    m_text.append(magic);
    m_text += '\t';
    m_text += std::to_string(version);
    m_text += '\n';
}

void RecordWriter::add(const std::vector<std::string_view> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += '\t';
        m_text += encodeField(fields[i]);
    }
    m_text += '\n';
}

std::string RecordWriter::finish()
{
    const std::string sum = Sha256::hex(m_text);
    std::string out = std::move(m_text);
    out += "end\t" + sum + "\n";
    m_text.clear();
    return out;
}

Result<RecordFile> parseRecordFile(std::string_view text, std::string_view magic,
                                   std::uint32_t maxVersion, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        return fail(ErrorCode::TooLarge, std::to_string(text.size()) + " bytes, limit " + std::to_string(maxBytes));
    if (text.empty() || text.back() != '\n')
        return fail(ErrorCode::Corrupted, "does not end with a complete line (truncated?)");
    RecordFile out;
    std::size_t pos = 0;
    std::size_t lineNo = 0;
    bool ended = false;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        const std::string_view line = text.substr(pos, eol - pos);
        const std::size_t lineStart = pos;
        pos = eol + 1;
        ++lineNo;
        if (ended)
            return corrupt(lineNo, "data after the end line");
        Record fields;
        std::size_t f = 0;
        while (true) {
            const std::size_t tab = line.find('\t', f);
            auto decoded = decodeField(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
            if (!decoded)
                return corrupt(lineNo, "malformed field " + std::to_string(fields.size() + 1));
            fields.push_back(std::move(*decoded));
            if (tab == std::string_view::npos)
                break;
            f = tab + 1;
        }
        if (lineNo == 1) {
            if (fields.size() != 2 || fields[0] != magic)
                return corrupt(1, "not a " + std::string(magic) + " file");
            const auto version = parseDecimal(fields[1], UINT32_MAX);
            if (!version || *version == 0)
                return corrupt(1, "bad format version");
            if (*version > maxVersion)
                return fail(ErrorCode::Unsupported, "format version " + fields[1] + " is newer than "
                                                        + std::to_string(maxVersion));
            out.version = static_cast<std::uint32_t>(*version);
            continue;
        }
        if (fields[0] == "end") {
            if (fields.size() != 2 || !isSha256Hex(fields[1]))
                return corrupt(lineNo, "bad end line");
            if (Sha256::hex(text.substr(0, lineStart)) != fields[1])
                return corrupt(lineNo, "checksum does not match the content");
            out.checksum = fields[1];
            ended = true;
            continue;
        }
        out.records.push_back(std::move(fields));
    }
    if (!ended)
        return corrupt(lineNo, "no end line (truncated?)");
    return out;
}

} // namespace mailstore::core::archive
