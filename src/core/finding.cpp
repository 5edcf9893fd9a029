// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

namespace mailstore::core {

std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "warning";
}

} // namespace mailstore::core
