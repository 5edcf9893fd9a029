// SPDX-License-Identifier: GPL-3.0-or-later
// layoutFromMailLocation (declared in maillayout.h).
#include "maillayout.h"

#include "../fs/pathtext.h"

namespace mailstore::core::maildir {

Result<LocationGuess> layoutFromMailLocation(std::string_view mailLocation)
{
    std::string_view rest = mailLocation;
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t'))
        rest.remove_suffix(1);
    const std::string shown = fs::escapeForDisplay(mailLocation);

    // "<format>:<path>[:KEY=VALUE...]"; a bare path means Dovecot autodetects the format.
    if (const std::size_t colon = rest.find(':'); colon != std::string_view::npos
        && rest.substr(0, colon).find('/') == std::string_view::npos
        && rest.substr(0, colon).find('=') == std::string_view::npos) {
        const std::string_view format = rest.substr(0, colon);
        if (format != "maildir")
            return fail(ErrorCode::Unsupported,
                        "mail format \"" + fs::escapeForDisplay(format) + "\" is not Maildir", shown);
        rest.remove_prefix(colon + 1);
    }
    const std::size_t optStart = rest.find(':');
    std::string_view pathPart = rest.substr(0, optStart);
    std::string_view options = optStart == std::string_view::npos ? std::string_view()
                                                                  : rest.substr(optStart + 1);
    while (!options.empty()) {
        const std::size_t next = options.find(':');
        const std::string_view opt = options.substr(0, next);
        options = next == std::string_view::npos ? std::string_view() : options.substr(next + 1);
        if (opt.starts_with("LAYOUT=")) {
            if (opt != "LAYOUT=maildir++")
                return fail(ErrorCode::Unsupported,
                            fs::escapeForDisplay(opt) + " is not supported yet (only Maildir++)",
                            shown);
        } else if (opt.starts_with("INBOX=")) {
            return fail(ErrorCode::Unsupported, "a separate INBOX= location is not supported",
                        shown);
        }
        // INDEX=, CONTROL=, VOLATILEDIR= and the like only move Dovecot's own files.
    }

    if (pathPart.starts_with('~') || pathPart.find("%h") != std::string_view::npos)
        return fail(ErrorCode::Unsupported,
                    "home-directory based location; accounts cannot be found from a mail root "
                    "(set the root and layout by hand)",
                    shown);
    if (!pathPart.starts_with('/'))
        return fail(ErrorCode::InvalidArgument, "mail location path is not absolute", shown);

    // Dovecot's long variable names and the %L (lower-case) modifier map onto ours.
    std::string path;
    for (std::size_t i = 0; i < pathPart.size(); ++i) {
        if (pathPart[i] != '%') {
            path += pathPart[i];
            continue;
        }
        std::string_view tail = pathPart.substr(i + 1);
        std::size_t used = 0;
        if (tail.starts_with('L')) {
            tail.remove_prefix(1);
            used = 1;
        }
        static constexpr std::pair<std::string_view, std::string_view> names[] = {
            {"{user}", "%u"}, {"{username}", "%n"}, {"{domain}", "%d"},
            {"u", "%u"},      {"n", "%n"},          {"d", "%d"},
        };
        bool matched = false;
        for (const auto &[from, to] : names) {
            if (tail.starts_with(from)) {
                path += to;
                i += used + from.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            return fail(ErrorCode::Unsupported,
                        "variable %" + fs::escapeForDisplay(tail.substr(0, 1))
                            + " cannot be mapped to a layout",
                        shown);
    }
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();

    const std::size_t firstVar = path.find('%');
    if (firstVar == std::string::npos)
        return fail(ErrorCode::Unsupported, "location names no per-user variable", shown);
    const std::size_t segStart = path.rfind('/', firstVar);
    LocationGuess guess;
    guess.root = segStart == 0 ? std::string("/") : path.substr(0, segStart);
    guess.layout = path.substr(segStart + 1);
    if (auto parsed = MailLayout::parse(guess.layout); !parsed)
        return fail(ErrorCode::Unsupported, "layout \"" + guess.layout + "\": "
                                                + parsed.error().detail, shown);
    return guess;
}

} // namespace mailstore::core::maildir
