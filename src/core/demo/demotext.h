// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Word lists and text generators for the demo store: people, domains, subjects and
// message bodies in English, German and French, so that listings, searches and
// encodings in the console meet the non-ASCII text real stores hold.

#include "demorandom.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace mailstore::core::demo {

struct NamePart {
    std::string_view display; // as people write it, UTF-8
    std::string_view ascii;   // transliterated for the local part of an address
};

struct RoleAccount {
    std::string_view local;
    std::string_view display;
};

struct StoreDomain {
    std::string_view name;
    double weight; // share of the accounts
};

struct AttachmentKind {
    std::string_view extension;
    std::string_view mimeType;
    std::string_view magic; // first bytes, so that `file` recognises the data
    double medianKiB;
};

enum class Language { English, German, French };

std::span<const NamePart> firstNames();
std::span<const NamePart> lastNames();
std::span<const RoleAccount> roleAccounts();
std::span<const StoreDomain> storeDomains();
// Correspondents outside the store (reserved .example names).
std::span<const std::string_view> externalDomains();
std::span<const std::string_view> organisations();
std::span<const AttachmentKind> attachmentKinds();
// Folder names some people create; a few need modified UTF-7 on disk.
std::span<const std::string_view> customFolders();

Language pickLanguage(Rng &rng);
std::string subject(Rng &rng, Language lang);
// An attachment file name without extension, e.g. "Rechnung-2025-0412".
std::string attachmentStem(Rng &rng, Language lang);
// A body of roughly `targetBytes` of wrapped UTF-8 text (LF line ends).
std::string bodyText(Rng &rng, Language lang, std::size_t targetBytes, std::string_view toFirstName,
                     std::string_view signature);
// The same text as a small HTML document.
std::string htmlFromText(std::string_view text);

} // namespace mailstore::core::demo
