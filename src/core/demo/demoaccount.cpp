// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoaccount.h"

#include "../maildir/mailboxname.h"

#include "demoencode.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace mailstore::core::demo {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHistory = 730 * kDay; // mail spreads over about two years

enum class Kind { Inbox, Sent, Drafts, Trash, Archive, Custom };

struct Message {
    std::int64_t secs = 0;
    std::int64_t usecs = 0;
    Direction direction = Direction::Incoming;
};

struct Mailbox {
    Kind kind = Kind::Inbox;
    std::string name; // IMAP name in UTF-8; empty for INBOX
    int year = 0;     // archives only
    std::int64_t uidValidity = 0;
    std::vector<Message> messages;
};

// Mail arrives mostly in office hours on weekdays, and more of it lately: age is drawn
// as span * u^1.5 and then thinned by a time-of-week weight.
std::int64_t sampleTime(Rng &rng, std::int64_t start, std::int64_t now)
{
    const double span = static_cast<double>(now - start);
    for (;;) {
        const double u = rng.unit();
        const auto t = now - 1 - static_cast<std::int64_t>(span * u * std::sqrt(u));
        const std::int64_t local = t + 3600;
        const std::int64_t hour = (local % kDay) / 3600;
        const std::int64_t weekday = (local / kDay + 4) % 7; // 0 = Sunday
        double weight = hour >= 8 && hour < 18 ? 1.0 : (hour >= 7 && hour < 23 ? 0.35 : 0.06);
        if (weekday == 0 || weekday == 6)
            weight *= 0.3;
        if (rng.chance(weight))
            return std::max(t, start);
    }
}

std::int64_t messageCount(Rng &rng, double scale, bool heavy)
{
    if (!heavy && rng.chance(0.03))
        return 0; // provisioned but never used
    // A few heavy mailboxes with thousands of messages among many with tens: the
    // shape that makes per-account scans and backups differ by orders of magnitude.
    const double base = heavy ? rng.logNormal(1800, 0.45) : rng.logNormal(28, 1.0);
    return static_cast<std::int64_t>(rng.stochasticRound(base * scale));
}

std::vector<Person> contactsFor(Rng &rng, const StorePlan &plan, const AccountPlan &account)
{
    std::vector<Person> contacts;
    const auto &colleagues = plan.byDomain[account.domain];
    const auto count = rng.between(4, 14);
    for (std::int64_t i = 0; i < count; ++i) {
        if (colleagues.size() > 1 && rng.chance(0.35)) {
            const auto other = colleagues[static_cast<std::size_t>(rng.below(colleagues.size()))];
            if (other != account.index) {
                contacts.push_back(plan.accounts[other].person);
                continue;
            }
        }
        const std::string_view domain = rng.pick(externalDomains());
        Person p;
        if (rng.chance(0.15)) {
            static constexpr std::string_view senders[] = {"noreply", "info", "service", "rechnung", "newsletter"};
            p.display = std::string(rng.pick(organisations()));
            p.address = std::string(rng.pick(senders)) + "@" + std::string(domain);
        } else {
            const NamePart &first = rng.pick(firstNames());
            const NamePart &last = rng.pick(lastNames());
            p.display = std::string(first.display) + " " + std::string(last.display);
            p.firstName = std::string(first.display);
            p.address = std::string(first.ascii) + "." + std::string(last.ascii) + "@" + std::string(domain);
        }
        contacts.push_back(std::move(p));
    }
    return contacts;
}

std::vector<Mailbox> mailboxesFor(Rng &rng, std::int64_t created, std::int64_t now, bool dormant)
{
    std::vector<Mailbox> boxes;
    boxes.push_back({Kind::Inbox, {}, 0, created, {}});
    // Nobody ever logged in, so Dovecot never autocreated any folder: INBOX only. This
    // also keeps benchmark stores with tiny scales cheap to create.
    if (dormant)
        return boxes;
    // Dovecot autocreates the special folders at the first login, one UIDVALIDITY apart.
    if (rng.chance(0.92))
        boxes.push_back({Kind::Sent, "Sent", 0, created + 1, {}});
    if (rng.chance(0.75))
        boxes.push_back({Kind::Drafts, "Drafts", 0, created + 2, {}});
    if (rng.chance(0.85))
        boxes.push_back({Kind::Trash, "Trash", 0, created + 3, {}});
    if (rng.chance(0.3)) {
        const int thisYear = utcYear(now);
        for (int year = thisYear - 2; year < thisYear; ++year) {
            const std::int64_t end = startOfYear(year + 1);
            if (created < end)
                boxes.push_back({Kind::Archive,
                                 "Archive." + std::to_string(year),
                                 year,
                                 std::min(end + rng.between(kDay, 20 * kDay), now - 1),
                                 {}});
        }
    }
    if (rng.chance(0.25)) {
        const auto folders = customFolders();
        const auto first = rng.below(folders.size());
        const auto count = static_cast<std::uint64_t>(rng.between(1, 2));
        for (std::uint64_t k = 0; k < count; ++k)
            boxes.push_back({Kind::Custom,
                             std::string(folders[static_cast<std::size_t>((first + k) % folders.size())]),
                             0,
                             created + rng.between(kDay, std::max(now - created, 2 * kDay)),
                             {}});
    }
    // UIDVALIDITY must differ between the mailboxes of one account.
    std::set<std::int64_t> seen;
    for (auto &box : boxes) {
        while (!seen.insert(box.uidValidity).second)
            ++box.uidValidity;
    }
    return boxes;
}

Mailbox *findKind(std::vector<Mailbox> &boxes, Kind kind, int year = 0)
{
    for (auto &b : boxes)
        if (b.kind == kind && b.year == year)
            return &b;
    return nullptr;
}

// Flag letters in ASCII order (D F R S T), as Dovecot keeps them.
std::string flagsFor(Rng &rng, Kind kind, std::int64_t age)
{
    bool d = false, f = false, r = false, s = true;
    switch (kind) {
    case Kind::Inbox:
        s = !(age < 10 * kDay && rng.chance(0.3));
        r = s && rng.chance(0.18);
        f = rng.chance(0.05);
        break;
    case Kind::Archive:
    case Kind::Custom:
        r = rng.chance(0.2);
        f = rng.chance(0.04);
        break;
    case Kind::Drafts:
        d = true;
        s = rng.chance(0.7);
        break;
    case Kind::Trash:
        s = rng.chance(0.9);
        break;
    case Kind::Sent:
        break;
    }
    std::string out;
    if (d)
        out += 'D';
    if (f)
        out += 'F';
    if (r)
        out += 'R';
    if (s)
        out += 'S';
    return out;
}

void distribute(Rng &rng, std::vector<Mailbox> &boxes, std::int64_t count, std::int64_t start, std::int64_t now,
                double scale)
{
    Mailbox *inbox = &boxes.front();
    Mailbox *sent = findKind(boxes, Kind::Sent);
    Mailbox *trash = findKind(boxes, Kind::Trash);
    std::vector<Mailbox *> custom;
    for (auto &b : boxes)
        if (b.kind == Kind::Custom)
            custom.push_back(&b);
    for (std::int64_t i = 0; i < count; ++i) {
        Message m{sampleTime(rng, start, now), static_cast<std::int64_t>(rng.below(1000000)), Direction::Incoming};
        Mailbox *target = inbox;
        if (sent && rng.chance(0.2)) {
            m.direction = Direction::Sent;
            target = sent;
        } else if (Mailbox *archive = findKind(boxes, Kind::Archive, utcYear(m.secs)); archive && rng.chance(0.85)) {
            target = archive;
        } else if (trash && rng.chance(0.05)) {
            target = trash;
        } else if (!custom.empty() && rng.chance(0.12)) {
            target = custom[static_cast<std::size_t>(rng.below(custom.size()))];
        }
        target->messages.push_back(m);
    }
    if (Mailbox *drafts = findKind(boxes, Kind::Drafts)) {
        const auto n = rng.stochasticRound(rng.unit() * 4.0 * scale);
        for (std::uint64_t i = 0; i < n; ++i)
            drafts->messages.push_back({std::max(start, now - rng.between(60, 60 * kDay)),
                                        static_cast<std::int64_t>(rng.below(1000000)), Direction::Draft});
    }
    for (auto &b : boxes) {
        std::sort(b.messages.begin(), b.messages.end(), [](const Message &x, const Message &y) {
            return x.secs != y.secs ? x.secs < y.secs : x.usecs < y.usecs;
        });
        // Equal (secs, usecs) would give equal base names: keep them strictly ordered.
        for (std::size_t i = 1; i < b.messages.size(); ++i) {
            Message &prev = b.messages[i - 1];
            Message &cur = b.messages[i];
            if (cur.secs == prev.secs && cur.usecs <= prev.usecs) {
                cur.usecs = prev.usecs + 1;
                if (cur.usecs >= 1000000) {
                    cur.secs += 1;
                    cur.usecs = 0;
                }
            }
        }
    }
}

struct AccountContext {
    const AccountPlan &account;
    const DemoOptions &options;
    std::vector<Person> contacts;
    std::string host;
    std::string signature;
};

Result<void> writeMailbox(Rng &rng, const DemoDir &maildir, const Mailbox &box, const AccountContext &ctx,
                          AccountTotals &totals)
{
    DemoDir sub;
    const bool inbox = box.kind == Kind::Inbox;
    if (!inbox) {
        auto created = maildir.create("." + maildir::encodeModifiedUtf7(box.name), 0700);
        if (!created)
            return std::unexpected(created.error());
        sub = std::move(*created);
        if (auto r = sub.writeFile("maildirfolder", {}, 0600, box.uidValidity); !r)
            return r;
    }
    const DemoDir &dir = inbox ? maildir : sub;
    const std::size_t n = box.messages.size();
    // The newest few INBOX messages were delivered but never looked at: new/, no flags.
    std::size_t unseenNew = 0;
    if (inbox) {
        const auto wanted = static_cast<std::size_t>(rng.between(0, 4));
        while (unseenNew < std::min(n, wanted) && ctx.options.now - box.messages[n - 1 - unseenNew].secs < 21 * kDay)
            ++unseenNew;
    }
    // Folders that get no file are not kept open: with 20,000 accounts every syscall
    // shows in the benchmark set-up time.
    auto openOrLeaf = [&dir](std::string_view name, bool needed) -> Result<DemoDir> {
        if (needed)
            return dir.create(name, 0700);
        if (auto r = dir.createLeaf(name, 0700); !r)
            return std::unexpected(r.error());
        return DemoDir();
    };
    auto cur = openOrLeaf("cur", n > unseenNew);
    if (!cur)
        return std::unexpected(cur.error());
    auto fresh = openOrLeaf("new", unseenNew > 0);
    if (!fresh)
        return std::unexpected(fresh.error());
    if (auto r = dir.createLeaf("tmp", 0700); !r)
        return r;
    std::string uidlist = "3 V" + std::to_string(box.uidValidity) + " N" + std::to_string(n + 1) + " G";
    appendHex(uidlist, rng.next(), 16);
    appendHex(uidlist, rng.next(), 16);
    uidlist += '\n';

    MessageRequest req;
    req.owner = &ctx.account.person;
    req.contacts = ctx.contacts;
    req.language = ctx.account.language;
    req.host = ctx.host;
    req.signature = ctx.signature;
    req.messageScale = ctx.options.messageScale;
    for (std::size_t i = 0; i < n; ++i) {
        const Message &m = box.messages[i];
        req.direction = m.direction;
        req.time = m.secs;
        const std::string text = composeMessage(rng, req);
        const auto lines = static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
        std::string base;
        appendDecimal(base, static_cast<std::uint64_t>(m.secs));
        base += ".M";
        appendDecimal(base, static_cast<std::uint64_t>(m.usecs));
        base += 'P';
        appendDecimal(base, static_cast<std::uint64_t>(rng.between(1200, 64000)));
        base += '.' + ctx.host + ",S=";
        appendDecimal(base, text.size());
        base += ",W=";
        appendDecimal(base, text.size() + lines);

        const bool isNew = i >= n - unseenNew;
        const std::string name = isNew ? base : base + ":2," + flagsFor(rng, box.kind, ctx.options.now - m.secs);
        if (auto r = (isNew ? *fresh : *cur).writeFile(name, text, 0600, m.secs); !r)
            return r;
        uidlist += std::to_string(i + 1) + " :" + base + "\n";
        totals.messages += 1;
        totals.bytes += text.size();
    }
    totals.mailboxes += 1;
    const std::int64_t listTime = n > 0 ? box.messages.back().secs : box.uidValidity;
    return dir.writeFile("dovecot-uidlist", uidlist, 0600, listTime);
}

} // namespace

Result<AccountTotals> writeAccount(const DemoDir &domainDir, const StorePlan &plan, const AccountPlan &account,
                                   const DemoOptions &options)
{
    Rng rng(options.seed, RngStream::Content, account.index);
    const std::int64_t now = options.now;
    // Most accounts predate the two years of history; some were opened during it.
    const std::int64_t created =
        rng.chance(0.2) ? now - rng.between(20 * kDay, kHistory) : now - kHistory - rng.between(kDay, 5 * 365 * kDay);
    const std::int64_t start = std::max(created + 3600, now - kHistory);

    AccountContext ctx{account, options, contactsFor(rng, plan, account), {}, {}};
    ctx.host = "mstore-" + std::to_string(rng.between(1, 2));
    ctx.signature = "-- \n" + account.person.display + "\n" + account.organisation;

    const std::int64_t count = messageCount(rng, options.messageScale, account.heavy);
    std::vector<Mailbox> boxes = mailboxesFor(rng, created, now, count == 0);
    distribute(rng, boxes, count, start, now, options.messageScale);

    auto userDir = domainDir.create(account.local, 0700);
    if (!userDir)
        return std::unexpected(userDir.error());
    auto maildir = userDir->create("Maildir", 0700);
    if (!maildir)
        return std::unexpected(maildir.error());

    AccountTotals totals;
    std::string subscriptions;
    std::int64_t lastUidValidity = 0;
    for (const auto &box : boxes) {
        if (auto r = writeMailbox(rng, *maildir, box, ctx, totals); !r)
            return std::unexpected(r.error());
        if (box.kind != Kind::Inbox)
            subscriptions += maildir::encodeModifiedUtf7(box.name) + "\n";
        lastUidValidity = std::max(lastUidValidity, box.uidValidity);
    }
    std::string hex;
    appendHex(hex, static_cast<std::uint64_t>(lastUidValidity), 8);
    if (auto r = maildir->writeFile("subscriptions", subscriptions, 0600, created); !r)
        return std::unexpected(r.error());
    if (auto r = maildir->writeFile("dovecot-uidvalidity", hex, 0600, lastUidValidity); !r)
        return std::unexpected(r.error());
    // Read-only, like the one Dovecot creates: its name is the value, renamed to change.
    if (auto r = maildir->writeFile("dovecot-uidvalidity." + hex, {}, 0444, lastUidValidity); !r)
        return std::unexpected(r.error());
    return totals;
}

} // namespace mailstore::core::demo
