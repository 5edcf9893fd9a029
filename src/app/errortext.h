// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns an API or client error into a translated sentence for people. The agent's own
// message is technical (docs/admin-api.md); it goes into the details, not the headline.

#include "api/jsonrpc.h"

#include <QString>

namespace mailstore::app {

QString errorHeadline(const api::RpcError &error);
// Headline plus the technical message, for inline error labels.
QString errorText(const api::RpcError &error);

} // namespace mailstore::app
