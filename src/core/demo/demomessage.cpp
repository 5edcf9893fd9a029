// SPDX-License-Identifier: GPL-3.0-or-later
#include "demomessage.h"

#include "demoencode.h"

#include <algorithm>
#include <vector>

namespace mailstore::core::demo {

namespace {

constexpr int kZones[] = {60, 120, 0, -300, -240, 330, 60, 120, 60};

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

// Display names with specials need quoting; non-ASCII ones become encoded words.
std::string mailbox(Rng &rng, const Person &p, std::size_t column)
{
    if (p.display.empty())
        return p.address;
    std::string out;
    if (!isAscii(p.display)) {
        const bool q = fitsLatin1(p.display) && rng.chance(0.35);
        out = encodeWords(p.display, q, column);
    } else if (p.display.find_first_of(".,&()<>@:;\"") != std::string::npos) {
        out = '"' + p.display + '"';
    } else {
        out = p.display;
    }
    out += " <";
    out += p.address;
    out += '>';
    return out;
}

std::string_view domainOf(std::string_view address)
{
    const auto at = address.rfind('@');
    return at == std::string_view::npos ? address : address.substr(at + 1);
}

std::string messageId(Rng &rng, std::int64_t time, std::string_view domain)
{
    std::string id = "<";
    appendHex(id, static_cast<std::uint64_t>(time), 8);
    id += '.';
    appendHex(id, rng.next(), 16);
    id += '@';
    id += domain;
    id += '>';
    return id;
}

std::string boundary(Rng &rng)
{
    std::string b = "----=_Part_";
    appendHex(b, rng.next(), 16);
    return b;
}

void appendTextPart(Rng &rng, std::string &out, std::string_view text, std::string_view subtype)
{
    out += "Content-Type: text/";
    out += subtype;
    out += "; charset=UTF-8\n";
    if (subtype == "html" || (!isAscii(text) && rng.chance(0.4))) {
        out += "Content-Transfer-Encoding: quoted-printable\n\n";
        appendQuotedPrintable(out, text);
    } else {
        out += isAscii(text) ? "Content-Transfer-Encoding: 7bit\n\n" : "Content-Transfer-Encoding: 8bit\n\n";
        out += text;
    }
    if (out.back() != '\n')
        out += '\n';
}

void appendAlternative(Rng &rng, std::string &out, std::string_view text)
{
    const std::string b = boundary(rng);
    out += "Content-Type: multipart/alternative; boundary=\"" + b + "\"\n\n";
    out += "--" + b + "\n";
    appendTextPart(rng, out, text, "plain");
    out += "\n--" + b + "\n";
    appendTextPart(rng, out, htmlFromText(text), "html");
    out += "\n--" + b + "--\n";
}

std::size_t attachmentBytes(Rng &rng, const AttachmentKind &kind, double scale)
{
    if (rng.chance(0.002 * std::min(scale, 1.0)))
        return static_cast<std::size_t>(rng.between(1 << 20, 5 << 20));
    const double kib = std::clamp(rng.logNormal(kind.medianKiB, 0.8), 1.0, 600.0);
    return static_cast<std::size_t>(kib * 1024.0);
}

void appendAttachment(Rng &rng, std::string &out, Language lang, double scale)
{
    const auto kinds = attachmentKinds();
    const AttachmentKind &kind = kinds[static_cast<std::size_t>(rng.below(kinds.size()))];
    const std::size_t size = std::max(attachmentBytes(rng, kind, scale), kind.magic.size());
    std::vector<unsigned char> data(size);
    std::copy(kind.magic.begin(), kind.magic.end(), data.begin());
    const bool text = startsWith(kind.mimeType, "text/");
    for (std::size_t i = kind.magic.size(); i < size;) {
        std::uint64_t r = rng.next();
        for (int k = 0; k < 8 && i < size; ++k, ++i, r >>= 8) {
            // Text attachments stay text: digits, separators and line ends.
            data[i] = text ? static_cast<unsigned char>("0123456789;.-\n"[(r & 0xff) % 14])
                           : static_cast<unsigned char>(r & 0xff);
        }
    }
    const std::string name = attachmentStem(rng, lang) + "." + std::string(kind.extension);
    out += "Content-Type: ";
    out += kind.mimeType;
    if (isAscii(name)) {
        out += ";\n name=\"" + name + "\"\nContent-Disposition: attachment;\n filename=\"" + name + "\"\n";
    } else {
        out += "\nContent-Disposition: attachment;\n filename*=" + rfc2231Value(name) + "\n";
    }
    out += "Content-Transfer-Encoding: base64\n\n";
    appendBase64(out, data.data(), data.size(), 76);
}

} // namespace

std::string composeMessage(Rng &rng, const MessageRequest &req)
{
    const bool outgoing = req.direction != Direction::Incoming;
    const Person &peer = req.contacts[static_cast<std::size_t>(rng.below(req.contacts.size()))];
    const Person &from = outgoing ? *req.owner : peer;
    const Person &to = outgoing ? peer : *req.owner;
    const int zone = outgoing ? 60 : rng.pick(kZones);
    // Mail is written some seconds to minutes before it is delivered.
    const std::int64_t written = outgoing ? req.time : req.time - rng.between(2, 240);
    const Language lang = rng.chance(0.6) ? req.language : pickLanguage(rng);
    const std::string subj = subject(rng, lang);
    const std::string ownId = messageId(rng, written, domainOf(from.address));

    std::string out;
    out.reserve(4096);
    if (req.direction == Direction::Incoming) {
        out += "Return-Path: <" + from.address + ">\n";
        out += "Delivered-To: " + req.owner->address + "\n";
        out += "Received: from mx" + std::to_string(rng.between(1, 3)) + "." +
               std::string(domainOf(req.owner->address)) + "\n\tby " + std::string(req.host) + " with LMTP\n\tid ";
        appendHex(out, rng.next(), 16);
        out += "\n\t(envelope-from <" + from.address + ">)\n\tfor <" + req.owner->address + ">; " +
               rfc5322Date(req.time, 60) + "\n";
    }
    out += "Message-ID: " + ownId + "\n";
    out += "Date: " + rfc5322Date(written, zone) + "\n";
    out += "From: " + mailbox(rng, from, 6) + "\n";
    out += "To: " + mailbox(rng, to, 4) + "\n";
    if (rng.chance(0.15)) {
        const Person &cc = req.contacts[static_cast<std::size_t>(rng.below(req.contacts.size()))];
        if (&cc != &peer)
            out += "Cc: " + mailbox(rng, cc, 4) + "\n";
    }
    out += "Subject: ";
    if (isAscii(subj))
        out += subj;
    else
        out += encodeWords(subj, fitsLatin1(subj) && rng.chance(0.35), 9);
    out += '\n';
    const bool reply =
        startsWith(subj, "Re:") || startsWith(subj, "RE:") || startsWith(subj, "AW:") || startsWith(subj, "Re: Re:");
    if (reply) {
        const std::string parent = messageId(rng, written - rng.between(600, 400000), domainOf(to.address));
        out += "In-Reply-To: " + parent + "\nReferences: " + parent + "\n";
    }
    if (outgoing)
        out += rng.chance(0.5) ? "User-Agent: Mozilla Thunderbird\n" : "X-Mailer: Microsoft Outlook 16.0\n";
    out += "MIME-Version: 1.0\n";

    const auto target = static_cast<std::size_t>(std::clamp(rng.logNormal(2400, 0.9), 200.0, 40000.0));
    const std::string body = bodyText(rng, lang, target, outgoing ? peer.firstName : req.owner->firstName,
                                      outgoing ? req.signature : std::string_view(from.display));
    static constexpr double kindWeights[] = {0.64, 0.24, 0.12};
    const std::size_t kind = rng.weighted(kindWeights);
    if (kind == 0) {
        appendTextPart(rng, out, body, "plain");
        return out;
    }
    if (kind == 1) {
        appendAlternative(rng, out, body);
        return out;
    }
    const std::string b = boundary(rng);
    out += "Content-Type: multipart/mixed; boundary=\"" + b + "\"\n\n";
    out += "This is a multi-part message in MIME format.\n\n--" + b + "\n";
    if (rng.chance(0.3))
        appendAlternative(rng, out, body);
    else
        appendTextPart(rng, out, body, "plain");
    static constexpr double countWeights[] = {0.8, 0.15, 0.05};
    const std::size_t attachments = rng.weighted(countWeights) + 1;
    for (std::size_t i = 0; i < attachments; ++i) {
        out += "\n--" + b + "\n";
        appendAttachment(rng, out, lang, req.messageScale);
    }
    out += "\n--" + b + "--\n";
    return out;
}

} // namespace mailstore::core::demo
