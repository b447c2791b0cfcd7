#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace airlock {

// Checks arguments a reviewer edited before approving them. A tool call's arguments are a
// JSON object (MCP); the error names what is wrong and where, by line and column, e.g.
// "line 3, column 14: missing ',' between members". Returns the canonical form on success.
Result<QByteArray> checkEditedArguments(const QString &text);

// JSON (arguments, an event's payload) indented for reading and editing; "{}" and "[]" stay
// on one line, and text that is not JSON comes back as it is.
QString indentedJson(const QByteArray &json);

} // namespace airlock
