#pragma once

#include "domain/connector.h"
#include "domain/tool.h"
#include "scopematcher.h"

#include <optional>

namespace airlock {

enum class Verdict { Allow, NeedsApproval, Deny };
AIRLOCK_VOCABULARY(Verdict, "allow", "needs_approval", "deny")

struct PolicyRequest
{
    const Connector *connector = nullptr; // null: unknown connector
    std::optional<Tool> tool;             // absent: a call judged by power alone
    bool toolRequired = false;            // true when the call names a tool the store must know
    Power power = Power::Read;            // used when no tool is given
    QString target;
    QString actor;
};

struct PolicyDecision
{
    Verdict verdict = Verdict::Deny;
    QString reason; // in words, for reviewers, CLI output and evidence
    QString rule;   // the rule or trigger that decided, e.g. "mode any_changes", "scope rule 2"
    std::optional<ApprovalTrigger> trigger;
    Power power = Power::Read; // the power the call was judged as
    ScopeDecision scope;
};

// The one policy function: allow, needs approval, or deny, failing closed.
PolicyDecision decide(const PolicyRequest &request);

// What a call with `power` gets from the connector's powers and permission mode alone: a call
// without a tool and without a target, judged as if the connector were active and its scope
// covered everything, so that neither its status nor its scope rules decide.
PolicyDecision decideForPower(const Connector &connector, Power power);

// The trigger rules (indexes into connector.triggers) that still ask for a human on their
// targets when decideForPower() lets a call with `power` run; empty when it does not.
QList<qsizetype> triggerRulesAskingFor(const Connector &connector, Power power);

// The power a tool is judged as, from its name and its (untrusted) annotations.
Power derivePower(const QString &toolName, const ToolAnnotations &annotations);

} // namespace airlock
