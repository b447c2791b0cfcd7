#pragma once

#include "domain/connector.h"
#include "domain/tool.h"
#include "result.h"

#include <QJsonObject>

namespace airlock {

// A connector's full description as JSON: the format of `airlockctl connector apply`,
// `connector show --json`, exports and review snapshots. Field names are DESIGN's words.
struct ConnectorDocument
{
    Connector connector;
    QList<Tool> tools; // may be empty: tools are also discovered by the gateway
    bool hasTools = false; // the document listed "tools" (even an empty list)
    bool hasStatus = false; // the document said "status"; without it an existing one is kept
};

QJsonObject connectorToJson(const Connector &c);
QJsonObject toolToJson(const Tool &t);
QJsonObject annotationsToJson(const ToolAnnotations &a);
ToolAnnotations annotationsFromJson(const QJsonObject &o);

// Validates every field; the error names the field and what was wrong with it.
Result<ConnectorDocument> connectorDocumentFromJson(const QJsonObject &o);
Result<ConnectorDocument> connectorDocumentFromText(const QByteArray &text, const QString &source);

QString isoTime(const QDateTime &t); // "" for an invalid time

} // namespace airlock
