#include "canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

void appendString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QByteArray &utf8, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
    appendString(out, utf8);
}

void appendNumber(QByteArray &out, const char *key, qint64 n, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
    out += QByteArray::number(n);
}

} // namespace

QByteArray canonicalEventBytes(const EvidenceEvent &e)
{
    QByteArray out;
    out.reserve(256 + e.payload.size() + e.summary.size());
    out += '{';
    appendNumber(out, "seq", e.seq, true);
    appendField(out, "event_id", e.eventId.toUtf8());
    appendNumber(out, "at", e.at.toMSecsSinceEpoch());
    appendField(out, "kind", wordOf(e.kind).toUtf8());
    appendField(out, "actor", e.actor.toUtf8());
    appendField(out, "connector", e.connector.toUtf8());
    appendField(out, "run_id", e.runId.toUtf8());
    appendField(out, "tool", e.tool.toUtf8());
    appendField(out, "power", e.power ? wordOf(*e.power).toUtf8() : QByteArray());
    appendField(out, "target", e.target.toUtf8());
    appendField(out, "result", wordOf(e.result).toUtf8());
    appendField(out, "summary", e.summary.toUtf8());
    appendField(out, "payload", e.payload);
    out += '}';
    return out;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray chainHash(const QByteArray &prevHash, const EvidenceEvent &event)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(canonicalEventBytes(event));
    return h.result().toHex();
}

QByteArray canonicalJson(const QJsonValue &value)
{
    // QJsonObject keeps its keys sorted, so a compact document is already canonical.
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap and strip the brackets.
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

Result<QByteArray> canonicalizeJsonText(const QByteArray &text, const QString &what)
{
    // Wrap so scalars ("42", "\"x\"") parse too.
    QJsonParseError err;
    const QByteArray wrapped = '[' + text + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        const int offset = qMax(0, err.offset - 1);
        return Error{ErrorCode::InvalidArgument,
                     u"%1 is not valid JSON: %2 at character %3"_s.arg(
                         what, err.error == QJsonParseError::NoError ? u"expected one value"_s
                                                                     : err.errorString())
                         .arg(offset)};
    }
    return canonicalJson(doc.array().at(0));
}

} // namespace airlock
