// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one HTTP answer to POST /v1/rpc means for the JSON-RPC client. The agent answers
// 200 with the JSON-RPC answer (also for JSON-RPC errors such as 1011 forbidden) and 204
// for notifications only; a JSON body under any other status is passed on as it is.
// HTTP errors without a JSON body (413, 504, a proxy's 403 page…) become JSON-RPC error
// answers for the ids of the frame, so each waiting call fails alone and the link stays.
// Statuses that end the link (401, 503) are the transport's business, not this one's.

#include <QByteArray>

namespace mailstore::app {

// The bytes to hand to AgentClient (a line ending in '\n'), or empty for nothing.
QByteArray rpcLineForHttpAnswer(int status, const QByteArray &frame, const QByteArray &body);

} // namespace mailstore::app
