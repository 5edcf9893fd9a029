// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Realistic index damage for a few demo accounts, so the index health features have
// something to find: the kinds the outage left behind (a garbage line in a uidlist, a
// repeated UID, a lost uidlist, a transaction log cut mid-record, interrupted deliveries
// in tmp/, a message whose size no longer matches its name).

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mailstore::core::demo {

struct DamagedAccount {
    std::string account;
    std::string kind; // the finding code the damage produces
};

// Damages `count` accounts (chosen by seed among those with mail) of a demo store in the
// default layout. Deterministic for a seed.
Result<std::vector<DamagedAccount>> damageDemoAccounts(const std::filesystem::path &root, std::uint32_t count,
                                                       std::uint64_t seed, std::int64_t now);

} // namespace mailstore::core::demo
