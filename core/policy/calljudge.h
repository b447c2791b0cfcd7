#pragma once

#include "domain/approvalgrant.h"
#include "domain/connector.h"
#include "domain/tool.h"
#include "policy/policy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace airlock {

// The argument names that name a call's target when the tool's settings name none.
const QStringList &defaultTargetArguments();

// One call to judge: everything the judge needs is passed in (it reads no store), so the gate,
// airlockctl, the approval queue, the inbox, the simulator and the console all ask the same
// question the same way.
struct CallToJudge
{
    const Connector *connector = nullptr; // null: unknown connector (denied)
    std::optional<Tool> tool;             // the tool as recorded; absent: unknown, or no tool
    bool toolRequired = true;             // a call naming a tool the store does not know is denied
    QString toolName;                     // the tool the call names (grants are per tool)
    // The targets: the values of the tool's target arguments (default: path, uri, url, id)…
    QJsonObject arguments;
    // …or one given explicitly (airlockctl, an approval request), which replaces them.
    std::optional<QString> target;
    // What the caller says the call does. It may only raise the reviewed power, never lower
    // it; without a tool it is the power judged (a write when nothing is said).
    std::optional<Power> assertedPower;
    QString actor;
    // Standing grants that may answer a call that needs approval: the judge picks one that
    // covers every canonical target, is active at `at` (when valid), belongs to this
    // connector and tool (and run, for a run-only grant), and was not given by the actor.
    QList<ApprovalGrant> grants;
    QString runId;
    QDateTime at;
};

// The judge's answer. `decision.power` is the power the call was judged as.
struct CallDecision
{
    PolicyDecision decision;
    QStringList targets; // the canonical targets, in argument order
    // The canonical target the verdict is about (the first one when all agree); the target as
    // written when it could not be made canonical.
    QString target;
    // The scope rules on that target, asked even when another check (status, powers) decided,
    // so that a scope tester can say what the rules alone say.
    ScopeDecision scope;
    // The standing grant that answers the call, when it is not denied and one covers it.
    std::optional<ApprovalGrant> grant;
};

// The one function that judges a call: every target made canonical (a target that cannot be
// is denied, naming why), the asserted power applied as a raise only, decide() for every
// target with the strictest verdict winning (a call with one target out of scope is denied
// as a whole; a call that names no target is judged as such), then the grants.
CallDecision judgeCall(const CallToJudge &call);

// The targets a call names, as written: the values of targetArguments (strings, numbers, or
// arrays of them), in argument order. An argument of another type (an object, a boolean, a
// nested array) cannot be judged: *error names it and the result is empty.
QStringList targetsOf(const QJsonObject &arguments, const QStringList &targetArguments,
                      QString *error = nullptr);

} // namespace airlock
