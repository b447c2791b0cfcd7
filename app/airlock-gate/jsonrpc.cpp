#include "jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airlock::gate {

MessageKind kindOf(const QJsonObject &message)
{
    if (message.value(u"jsonrpc"_s).toString() != u"2.0"_s)
        return MessageKind::Invalid;
    const bool hasId = message.contains(u"id"_s);
    if (message.contains(u"method"_s)) {
        if (!message.value(u"method"_s).isString())
            return MessageKind::Invalid;
        return hasId ? MessageKind::Request : MessageKind::Notification;
    }
    if (hasId && (message.contains(u"result"_s) || message.contains(u"error"_s)))
        return MessageKind::Response;
    return MessageKind::Invalid;
}

QString idKey(const QJsonValue &id)
{
    if (id.isString())
        return u"s:"_s + id.toString();
    if (id.isDouble())
        return u"n:"_s + QString::number(id.toDouble(), 'g', 17);
    return u"null"_s;
}

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray errorResponse(const QJsonValue &id, int code, const QString &message)
{
    return encode({{u"jsonrpc"_s, u"2.0"_s},
                   {u"id"_s, id},
                   {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

QByteArray resultResponse(const QJsonValue &id, const QJsonObject &result)
{
    return encode({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}});
}

QJsonObject toolErrorResult(const QString &text)
{
    return {{u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}},
            {u"isError"_s, true}};
}

QJsonObject paramsBesideArguments(const QJsonObject &params)
{
    QJsonObject other;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key() != u"name"_s && it.key() != u"arguments"_s && it.key() != u"_meta"_s)
            other.insert(it.key(), it.value());
    }
    return other;
}

QJsonValue guessId(const QByteArray &head, const QByteArray &tail)
{
    static const QString value = uR"((-?\d+|"(?:[^"\\]|\\.){0,200}"))"_s;
    static const QRegularExpression atEnd(uR"("id"\s*:\s*)"_s + value + uR"(\s*\}\s*$)"_s);
    static const QRegularExpression atStart(
        uR"(^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*)"_s + value);
    for (const auto &[re, text] : {std::pair{&atEnd, &tail}, {&atStart, &head}}) {
        const auto m = re->match(QString::fromUtf8(*text));
        if (!m.hasMatch())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m.captured(1).toUtf8() + "]");
        if (doc.isArray() && !doc.array().isEmpty())
            return doc.array().at(0);
    }
    return QJsonValue::Null;
}

} // namespace airlock::gate
