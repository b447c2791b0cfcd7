#include "calljudge.h"

#include "policy/canonicaltarget.h"
#include "policy/scopematcher.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

const QStringList &defaultTargetArguments()
{
    static const QStringList names{u"path"_s, u"uri"_s, u"url"_s, u"id"_s};
    return names;
}

namespace {

int strictness(Verdict v)
{
    switch (v) {
    case Verdict::Allow:
        return 0;
    case Verdict::NeedsApproval:
        return 1;
    case Verdict::Deny:
        return 2;
    }
    return 2;
}

QString valueType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    default:
        return u"a value of another kind"_s;
    }
}

// The target an argument's value names, or an error when it names none the judge can read.
std::optional<QString> targetIn(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return std::nullopt;
}

// The power the call is judged as: the reviewed (or derived) power, raised, never lowered, by
// what the caller asserts; without a tool, what the caller asserts, else a write.
Power judgedPower(const std::optional<Tool> &tool, std::optional<Power> asserted)
{
    if (!tool)
        return asserted.value_or(Power::Write);
    const Power reviewed = tool->effectivePower();
    return asserted && *asserted > reviewed ? *asserted : reviewed;
}

bool covers(const ApprovalGrant &g, const CallToJudge &call, const QStringList &targets)
{
    if (g.isRevoked() || (call.at.isValid() && !g.isActiveAt(call.at)))
        return false;
    if (!call.connector || g.connector != call.connector->name || g.tool != call.toolName)
        return false;
    if (g.isRunOnly() && g.runId != call.runId)
        return false;
    if (!call.actor.isEmpty() && g.grantedBy == call.actor)
        return false; // a grant never answers its own granter's request
    const QStringList asked = targets.isEmpty() ? QStringList{QString()} : targets;
    return std::all_of(asked.cbegin(), asked.cend(),
                       [&](const QString &t) { return globMatch(g.targetPattern, t); });
}

} // namespace

QStringList targetsOf(const QJsonObject &arguments, const QStringList &targetArguments,
                      QString *error)
{
    QStringList targets;
    for (const QString &name : targetArguments) {
        const QJsonValue v = arguments.value(name);
        if (v.isUndefined() || v.isNull())
            continue;
        if (auto target = targetIn(v)) {
            targets << *target;
            continue;
        }
        if (!v.isArray()) {
            if (error)
                *error = u"the target argument '%1' is %2, not a target"_s.arg(name, valueType(v));
            return {};
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto target = targetIn(items.at(i));
            if (!target) {
                if (error)
                    *error = u"item %1 of the target argument '%2' is %3, not a target"_s.arg(
                        QString::number(i + 1), name, valueType(items.at(i)));
                return {};
            }
            targets << *target;
        }
    }
    return targets;
}

CallDecision judgeCall(const CallToJudge &call)
{
    CallDecision out;
    out.decision.power = judgedPower(call.tool, call.assertedPower);
    const auto refuse = [&](const QString &target, const QString &reason) {
        out.target = target;
        out.decision.verdict = Verdict::Deny;
        out.decision.rule = u"target"_s;
        out.decision.reason = reason;
        out.scope = ScopeDecision{false, -1, reason};
        return out;
    };

    QStringList written;
    if (call.target) {
        if (!call.target->isEmpty())
            written << *call.target;
    } else {
        const QStringList names = call.tool && !call.tool->targetArguments.isEmpty()
                                      ? call.tool->targetArguments
                                      : defaultTargetArguments();
        QString error;
        written = targetsOf(call.arguments, names, &error);
        if (!error.isEmpty())
            return refuse(QString(), error);
    }
    // Every target canonical before anything is matched: one that cannot be refuses the call.
    for (const QString &target : std::as_const(written)) {
        auto canonical = canonicalTarget(target);
        if (!canonical)
            return refuse(target, u"the target '%1' cannot be made canonical: %2"_s.arg(
                                      target, canonical.message()));
        out.targets << *canonical;
    }

    std::optional<Tool> tool = call.tool;
    if (tool && tool->effectivePower() != out.decision.power)
        tool->powerOverride = out.decision.power;
    const QStringList asked = out.targets.isEmpty() ? QStringList{QString()} : out.targets;
    bool first = true;
    for (const QString &target : asked) {
        PolicyRequest request;
        request.connector = call.connector;
        request.tool = tool;
        request.toolRequired = call.toolRequired;
        request.power = out.decision.power;
        request.target = target;
        request.actor = call.actor;
        const PolicyDecision d = decide(request);
        if (first || strictness(d.verdict) > strictness(out.decision.verdict)) {
            out.decision = d;
            out.target = target;
        }
        first = false;
        if (d.verdict == Verdict::Deny)
            break;
    }
    out.scope = call.connector ? evaluateScope(call.connector->scope, out.target) : ScopeDecision{};
    if (out.decision.verdict == Verdict::Deny)
        return out;

    // The grant that expires last answers it (the one a reviewer meant to last longest).
    for (const ApprovalGrant &g : call.grants) {
        if (covers(g, call, out.targets) && (!out.grant || g.expiresAt > out.grant->expiresAt))
            out.grant = g;
    }
    return out;
}

} // namespace airlock
