// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoplan.h"

#include "demoencode.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace mailstore::core::demo {

namespace {

std::string localPart(Rng &rng, const NamePart &first, const NamePart &last)
{
    static constexpr double styles[] = {0.48, 0.2, 0.08, 0.06, 0.06, 0.06, 0.06};
    std::string out;
    switch (rng.weighted(styles)) {
    case 0: // anna.mueller
        out = std::string(first.ascii) + "." + std::string(last.ascii);
        break;
    case 1: // a.mueller
        out = std::string(first.ascii.substr(0, 1)) + "." + std::string(last.ascii);
        break;
    case 2: // annam
        out = std::string(first.ascii) + std::string(last.ascii.substr(0, 1));
        break;
    case 3: // anna
        out = std::string(first.ascii);
        break;
    case 4: // anna_mueller
        out = std::string(first.ascii) + "_" + std::string(last.ascii);
        break;
    case 5: // mueller
        out = std::string(last.ascii);
        break;
    default: // am, initials as some admins hand them out
        out = std::string(first.ascii.substr(0, 1)) + std::string(last.ascii.substr(0, 2));
        break;
    }
    return out;
}

Language languageFor(Rng &rng, std::string_view domain)
{
    if (domain.ends_with(".de"))
        return rng.chance(0.75) ? Language::German : Language::English;
    if (domain.ends_with(".fr"))
        return rng.chance(0.75) ? Language::French : Language::English;
    return rng.chance(0.85) ? Language::English : pickLanguage(rng);
}

} // namespace

StorePlan planStore(const DemoOptions &options)
{
    const auto domains = storeDomains();
    const auto roles = roleAccounts();
    std::vector<double> weights;
    for (const auto &d : domains)
        weights.push_back(d.weight);

    StorePlan plan;
    plan.accounts.reserve(options.accounts);
    plan.byDomain.resize(domains.size());
    std::unordered_set<std::string> used;
    std::unordered_map<std::string, std::uint32_t> nextSuffix;
    used.reserve(options.accounts * 2);

    for (std::uint32_t i = 0; i < options.accounts; ++i) {
        Rng rng(options.seed, RngStream::Names, i);
        AccountPlan a;
        a.index = i;
        // The first accounts cover every domain, so small demos still show them all.
        a.domain = i < domains.size() ? i : static_cast<std::uint32_t>(rng.weighted(weights));
        const std::string domain(domains[a.domain].name);
        a.language = languageFor(rng, domain);
        a.organisation = std::string(rng.pick(organisations()));

        std::string local;
        if (rng.chance(0.1)) {
            const RoleAccount &role = rng.pick(roles);
            if (!used.contains(std::string(role.local) + "@" + domain)) {
                local = role.local;
                a.person.display = std::string(role.display);
            }
        }
        if (local.empty()) {
            const NamePart &first = rng.pick(firstNames());
            const NamePart &last = rng.pick(lastNames());
            local = localPart(rng, first, last);
            a.person.display = std::string(first.display) + " " + std::string(last.display);
            a.person.firstName = std::string(first.display);
        }
        if (used.contains(local + "@" + domain)) {
            // Lists run out long before 100,000 accounts: number the repeats, as
            // admins do.
            std::uint32_t &suffix = nextSuffix[local + "@" + domain];
            if (suffix < 2)
                suffix = 2;
            std::string candidate;
            do {
                candidate = local;
                appendDecimal(candidate, suffix++);
            } while (used.contains(candidate + "@" + domain));
            local = candidate;
        }
        a.local = local;
        a.person.address = local + "@" + domain;
        used.insert(a.person.address);
        plan.byDomain[a.domain].push_back(i);
        plan.accounts.push_back(std::move(a));
    }

    // A fixed share of heavy accounts rather than a per-account coin: with 60 accounts
    // a coin gives anything from none to five, and the demo's size would swing by 4x.
    const std::uint32_t n = options.accounts;
    const std::uint32_t heavy = n < 5 ? 0 : std::max<std::uint32_t>(1, (n * 35 + 500) / 1000);
    Rng rng(options.seed, RngStream::Layout, 0);
    for (std::uint32_t chosen = 0; chosen < heavy;) {
        AccountPlan &a = plan.accounts[static_cast<std::size_t>(rng.below(n))];
        if (!a.heavy) {
            a.heavy = true;
            ++chosen;
        }
    }
    return plan;
}

} // namespace mailstore::core::demo
