#pragma once

#include "domain/connector.h"
#include "domain/evidenceevent.h"
#include "domain/tool.h"
#include "policy/policy.h"

#include <QJsonObject>
#include <QStringList>

namespace airlock::gate {

// The argument names that name a call's target when the tool's settings name none.
const QStringList &defaultTargetArguments();

// The targets a call names: the values of the tool's target arguments (strings, or arrays of
// strings), in argument order. Absolute file paths are normalised ("/a/b/../c" → "/a/c") so
// that ".." cannot walk out of a scope rule.
QStringList targetsOf(const QJsonObject &arguments, const QStringList &targetArguments);

// The policy's verdict on one tools/call: decide() for every target the call names (one
// call with an empty target when it names none), the strictest verdict winning, so a call
// that touches one target out of scope is denied as a whole.
struct CallDecision
{
    PolicyDecision decision;
    QStringList targets;
    QString target; // the target the verdict is about (the first one when all agree)
};
CallDecision decideCall(const Connector *connector, const std::optional<Tool> &tool,
                        const QJsonObject &arguments, const QString &actor);

} // namespace airlock::gate
