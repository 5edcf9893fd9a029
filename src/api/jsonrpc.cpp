// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mailstore::api {

namespace {

const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");
const QString kVersion = QStringLiteral("2.0");

InvalidEntry invalid(const QJsonValue &id, int code, const QString &message)
{
    return InvalidEntry{id, RpcError{code, message, QJsonValue(QJsonValue::Undefined)}};
}

bool validId(const QJsonValue &id)
{
    return id.isString() || id.isDouble() || id.isNull();
}

FrameEntry decodeOne(const QJsonValue &value)
{
    if (!value.isObject())
        return invalid(QJsonValue::Null, rpccode::InvalidRequest,
                       QStringLiteral("request is not an object"));
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(kId);
    if (!id.isUndefined() && !validId(id))
        return invalid(QJsonValue::Null, rpccode::InvalidRequest,
                       QStringLiteral("id must be a string, a number or null"));
    const QJsonValue replyId = id.isUndefined() ? QJsonValue(QJsonValue::Null) : id;
    if (o.value(kJsonRpc) != QJsonValue(kVersion))
        return invalid(replyId, rpccode::InvalidRequest, QStringLiteral("jsonrpc must be \"2.0\""));
    const QJsonValue method = o.value(kMethod);
    if (!method.isString() || method.toString().isEmpty())
        return invalid(replyId, rpccode::InvalidRequest, QStringLiteral("method must be a non-empty string"));
    const QJsonValue params = o.value(kParams);
    if (!params.isUndefined() && !params.isObject() && !params.isArray())
        return invalid(replyId, rpccode::InvalidRequest, QStringLiteral("params must be an object or an array"));
    return Request{id, method.toString(), params};
}

} // namespace

DecodedFrame decodeRequestFrame(const QByteArray &frame)
{
    DecodedFrame out;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError) {
        out.entries.push_back(invalid(QJsonValue::Null, rpccode::ParseError,
                                      QStringLiteral("parse error at offset %1: %2")
                                          .arg(err.offset)
                                          .arg(err.errorString())));
        return out;
    }
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        if (array.isEmpty()) {
            out.entries.push_back(invalid(QJsonValue::Null, rpccode::InvalidRequest,
                                          QStringLiteral("empty batch")));
            return out;
        }
        out.batch = true;
        out.entries.reserve(size_t(array.size()));
        for (const QJsonValue &v : array)
            out.entries.push_back(decodeOne(v));
        return out;
    }
    if (doc.isObject())
        out.entries.push_back(decodeOne(doc.object()));
    else
        out.entries.push_back(invalid(QJsonValue::Null, rpccode::InvalidRequest,
                                      QStringLiteral("request is not an object")));
    return out;
}

std::optional<Response> decodeResponse(const QJsonObject &object)
{
    if (object.value(kJsonRpc) != QJsonValue(kVersion) || object.contains(kMethod))
        return std::nullopt;
    const bool hasResult = object.contains(kResult);
    const bool hasError = object.contains(kError);
    if (hasResult == hasError)
        return std::nullopt;
    Response r;
    r.id = object.value(kId);
    if (hasError) {
        const QJsonObject e = object.value(kError).toObject();
        r.error = RpcError{e.value(QStringLiteral("code")).toInt(rpccode::InternalError),
                           e.value(QStringLiteral("message")).toString(),
                           e.value(QStringLiteral("data"))};
    } else {
        r.result = object.value(kResult);
    }
    return r;
}

QJsonObject requestObject(const QJsonValue &id, const QString &method, const QJsonValue &params)
{
    QJsonObject o{{kJsonRpc, kVersion}, {kMethod, method}};
    if (!id.isUndefined())
        o.insert(kId, id);
    if (!params.isUndefined() && !params.isNull())
        o.insert(kParams, params);
    return o;
}

QJsonObject resultObject(const QJsonValue &id, const QJsonValue &result)
{
    return QJsonObject{{kJsonRpc, kVersion}, {kId, id}, {kResult, result}};
}

QJsonObject errorObject(const QJsonValue &id, const RpcError &error)
{
    QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.data.isUndefined())
        e.insert(QStringLiteral("data"), error.data);
    return QJsonObject{{kJsonRpc, kVersion}, {kId, id}, {kError, e}};
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray encode(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

RpcError rpcErrorFromCore(const core::Error &error)
{
    using core::ErrorCode;
    int code = rpccode::Io;
    switch (error.code) {
    case ErrorCode::NotFound: code = rpccode::NotFound; break;
    case ErrorCode::PermissionDenied: code = rpccode::PermissionDenied; break;
    case ErrorCode::Corrupted: code = rpccode::Corrupted; break;
    case ErrorCode::TooLarge: code = rpccode::TooLarge; break;
    case ErrorCode::InvalidArgument: code = rpccode::InvalidArgument; break;
    case ErrorCode::Conflict: code = rpccode::Conflict; break;
    case ErrorCode::Cancelled: code = rpccode::Cancelled; break;
    case ErrorCode::NoSpace: code = rpccode::NoSpace; break;
    case ErrorCode::Io:
    case ErrorCode::Unsupported: code = rpccode::Io; break;
    }
    QJsonObject data{{QStringLiteral("reason"), QString::fromUtf8(core::errorCodeName(error.code))}};
    if (!error.path.empty())
        data.insert(QStringLiteral("path"), QString::fromUtf8(error.path));
    return RpcError{code, QString::fromUtf8(error.detail), data};
}

} // namespace mailstore::api
