// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Composes one RFC 5322 message for the demo store: headers with RFC 2047 words where
// names or subjects are not ASCII, and plain, multipart/alternative or multipart/mixed
// bodies with base64 attachments. LF line ends, as Maildir stores them.

#include "demorandom.h"
#include "demotext.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace mailstore::core::demo {

struct Person {
    std::string display; // UTF-8, may be empty for role addresses without a name
    std::string address;
    std::string firstName;
};

enum class Direction { Incoming, Sent, Draft };

struct MessageRequest {
    Direction direction = Direction::Incoming;
    std::int64_t time = 0; // delivery (or save) time, UTC
    const Person *owner = nullptr;
    std::span<const Person> contacts; // the owner's correspondents, never empty
    Language language = Language::English;
    std::string_view host;      // the mail host's name, for Received:
    std::string_view signature; // owner's signature block
    double messageScale = 1.0;  // below 1 the rare multi-megabyte attachments get rarer
};

std::string composeMessage(Rng &rng, const MessageRequest &request);

} // namespace mailstore::core::demo
