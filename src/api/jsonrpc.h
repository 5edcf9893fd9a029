// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON-RPC 2.0 messages: decoding a frame into requests (server side) or a response
// (client side), and encoding compact one-line frames. Transport-agnostic; framing is
// LineFramer's job.

#include "../core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <expected>
#include <optional>
#include <variant>
#include <vector>

namespace mailstore::api {

namespace rpccode {
inline constexpr int ParseError = -32700;
inline constexpr int InvalidRequest = -32600;
inline constexpr int MethodNotFound = -32601;
inline constexpr int InvalidParams = -32602;
inline constexpr int InternalError = -32603;
inline constexpr int NotFound = 1001;
inline constexpr int PermissionDenied = 1002;
inline constexpr int Io = 1003;
inline constexpr int Corrupted = 1004;
inline constexpr int NotReady = 1005;
inline constexpr int TooLarge = 1006;
inline constexpr int InvalidArgument = 1007;
inline constexpr int Cancelled = 1008;
inline constexpr int Conflict = 1009;       // e.g. a lock held by someone else
inline constexpr int Unavailable = 1010;    // a tool or service the call needs is missing
inline constexpr int Forbidden = 1011;      // the caller's role may not call this method
inline constexpr int NotResumable = 1012;   // job.resume on a job that cannot (or can no longer) be resumed
inline constexpr int NoSpace = 1013;        // no space left on the device (a backup target, a restored store)
} // namespace rpccode

struct RpcError {
    int code = rpccode::InternalError;
    QString message;
    QJsonValue data; // Undefined when absent
};

struct Request {
    QJsonValue id;     // Undefined for a notification
    QString method;
    QJsonValue params; // object, array or Undefined
    bool isNotification() const { return id.isUndefined(); }
};

// One entry of a decoded frame: a request to dispatch, or an error to send back at once
// (with the id it should carry, Null when the id could not be read).
struct InvalidEntry {
    QJsonValue id;
    RpcError error;
};
using FrameEntry = std::variant<Request, InvalidEntry>;

struct DecodedFrame {
    std::vector<FrameEntry> entries;
    bool batch = false; // the frame was an array: answers go back as one array
};

// Server side: decodes one frame. Never fails; malformed input becomes InvalidEntry.
DecodedFrame decodeRequestFrame(const QByteArray &frame);

struct Response {
    QJsonValue id;
    std::optional<RpcError> error; // set when the call failed
    QJsonValue result;
};

// Client side: decodes a response object; nullopt when it is not a JSON-RPC response
// (a notification from the server has "method" and is not a response).
std::optional<Response> decodeResponse(const QJsonObject &object);

// Encoders: compact JSON, no trailing newline (the transport adds it).
QJsonObject requestObject(const QJsonValue &id, const QString &method, const QJsonValue &params);
QJsonObject resultObject(const QJsonValue &id, const QJsonValue &result);
QJsonObject errorObject(const QJsonValue &id, const RpcError &error);
QByteArray encode(const QJsonObject &object);
QByteArray encode(const QJsonArray &array);

// Maps a core error to its API error (code table in docs/admin-api.md).
RpcError rpcErrorFromCore(const core::Error &error);

// Passes on the error of a failed parameter read: `if (!name) return api::failed(name);`
template <typename T>
std::unexpected<RpcError> failed(const std::expected<T, RpcError> &e)
{
    return std::unexpected(e.error());
}

} // namespace mailstore::api
