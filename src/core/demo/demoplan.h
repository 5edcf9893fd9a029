// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is in the demo store: one plan per account (domain, unique address, name,
// language). Made serially up front because unique names depend on the names before;
// everything else about an account is drawn later from its own PRNG stream.

#include "demomessage.h"
#include "demostore.h"
#include "demotext.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mailstore::core::demo {

struct AccountPlan {
    std::uint32_t index = 0;
    std::uint32_t domain = 0; // index into storeDomains()
    std::string local;        // the user part, also the folder name under the domain
    Person person;
    Language language = Language::English;
    std::string organisation;
    bool heavy = false; // one of the few accounts with thousands of messages
};

struct StorePlan {
    std::vector<AccountPlan> accounts;
    std::vector<std::vector<std::uint32_t>> byDomain; // account indexes per domain
};

StorePlan planStore(const DemoOptions &options);

} // namespace mailstore::core::demo
