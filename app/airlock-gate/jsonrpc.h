#pragma once

// JSON-RPC 2.0 as MCP's stdio transport carries it: one message per line. The gate builds
// only the few messages it answers itself; everything else is relayed as the peer sent it.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace airlock::gate {

enum RpcError : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
};

// What a parsed line is, by its members (JSON-RPC 2.0 §4–5).
enum class MessageKind { Request, Notification, Response, Invalid };
MessageKind kindOf(const QJsonObject &message);

// A request id as a hash key that keeps 7 and "7" apart.
QString idKey(const QJsonValue &id);

// One line to send (compact JSON, no newline: the channel frames it).
QByteArray encode(const QJsonObject &message);
QByteArray errorResponse(const QJsonValue &id, int code, const QString &message);
QByteArray resultResponse(const QJsonValue &id, const QJsonObject &result);
// A tools/call result the client's model reads as a failed call (MCP: isError true).
QJsonObject toolErrorResult(const QString &text);

// The parameters of a tools/call beside name, arguments and _meta (requestState,
// inputResponses, …): what an approval of the tool and its arguments does not bind.
QJsonObject paramsBesideArguments(const QJsonObject &params);

// The id of a message that was too large to parse, read from its first and last bytes
// (clients put "id" first or last); null when it cannot be told.
QJsonValue guessId(const QByteArray &head, const QByteArray &tail);

} // namespace airlock::gate
