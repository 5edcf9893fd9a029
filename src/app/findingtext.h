// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sentence for people behind each stable finding code (docs/admin-api.md and
// core/integrity/integrityscan.h): what it means for the user's mail and what to do.
// One table, so the findings table, the scan results and tooltips say the same thing.

#include <QString>

namespace mailstore::app {

// Translated sentence; a generic one naming the code when the code is unknown.
QString findingSentence(const QString &code);
// True for codes that "Rebuild index…" repairs (index state, not message files).
bool findingRebuildFixes(const QString &code);

} // namespace mailstore::app
