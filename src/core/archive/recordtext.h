// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RecordText: the one text shape of the backup head, manifest and catalog
// (docs/backup-format.md, "Record text"). Line 1 is "<magic> TAB <version>"; each further
// line is one record, fields separated by TAB; the last line is "end TAB <sha256 of every
// byte before it>". Fields are percent-encoded so any byte string (non-UTF-8 file names,
// tabs, newlines) fits; the encoding is canonical, so a parser can insist on it and a
// mangled file cannot parse as something else. Strict: anything unexpected is Corrupted.

#include "../result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::archive {

using Record = std::vector<std::string>; // decoded fields; [0] is the record kind

struct RecordFile {
    std::uint32_t version = 0;
    std::vector<Record> records; // without the magic line and the end line
    std::string checksum;        // the sha256 of the end line
};

// Bytes 0x00-0x20, '%' and 0x7f-0xff become "%XX" (upper-case hex); others stay.
std::string encodeField(std::string_view raw);
// The inverse; nullopt for a non-canonical or malformed field.
std::optional<std::string> decodeField(std::string_view encoded);

// Decimal without sign or leading zeros, at most `max`.
std::optional<std::uint64_t> parseDecimal(std::string_view text, std::uint64_t max = UINT64_MAX);

class RecordWriter {
public:
    RecordWriter(std::string_view magic, std::uint32_t version);
    void add(const std::vector<std::string_view> &fields);
    // Appends the end line and returns the whole text (the writer is then empty).
    std::string finish();

private:
    std::string m_text;
};

// Parses a record file. Errors: Corrupted (detail names the line and what is wrong),
// Unsupported when the version is above maxVersion, TooLarge above maxBytes.
Result<RecordFile> parseRecordFile(std::string_view text, std::string_view magic,
                                   std::uint32_t maxVersion, std::size_t maxBytes);

} // namespace mailstore::core::archive
