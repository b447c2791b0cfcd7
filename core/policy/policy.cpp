#include "policy.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

PolicyDecision deny(PolicyDecision d, QString rule, QString reason)
{
    d.verdict = Verdict::Deny;
    d.rule = std::move(rule);
    d.reason = std::move(reason);
    return d;
}

QString targetWords(const QString &target)
{
    return target.isEmpty() ? u"(no target)"_s : target;
}

// The trigger that makes this call important, if any, in words for the reason.
struct TriggerMatch
{
    ApprovalTrigger trigger;
    QString why;
};

std::optional<TriggerMatch> findTrigger(const Connector &connector, const PolicyRequest &request,
                                        Power power)
{
    // The connector's own trigger rules come first; in list order, the first match wins.
    // Reads and searches change nothing, so only "beyond normal scope" rules apply to them.
    for (qsizetype i = 0; i < connector.triggers.size(); ++i) {
        const TriggerRule &rule = connector.triggers.at(i);
        if (isObserving(power) && rule.trigger != ApprovalTrigger::BeyondNormalScope)
            continue;
        if (globMatch(rule.pattern, request.target))
            return TriggerMatch{rule.trigger, u"the target matches trigger rule %1 (%2)"_s.arg(
                                                  QString::number(i + 1), rule.pattern)};
    }
    if (power == Power::Send)
        return TriggerMatch{ApprovalTrigger::ExternalSend, u"a send leaves the system"_s};
    if (power == Power::Write || power == Power::Trigger) {
        // A call judged by power alone has no annotations: like an unannotated tool, it is
        // taken to be destructive (MCP's default, and the worst case).
        const ToolAnnotations annotations =
            request.tool ? request.tool->annotations : ToolAnnotations{};
        if (annotations.isDestructive()) {
            const QString subject = request.tool ? u"tool '%1'"_s.arg(request.tool->name)
                                                 : u"a call without a known tool"_s;
            return TriggerMatch{ApprovalTrigger::DestructiveChange,
                                annotations.destructive.has_value()
                                    ? subject % u" is marked destructive"_s
                                    : subject % u" is not marked non-destructive"_s};
        }
    }
    return std::nullopt;
}

PolicyDecision byMode(PolicyDecision d, const Connector &connector, const PolicyRequest &request)
{
    const QString action = wordOf(d.power) % u" on "_s % targetWords(request.target);
    const QString mode = wordOf(connector.mode);
    const auto ask = [&](QString rule, const QString &why) {
        d.verdict = Verdict::NeedsApproval;
        d.rule = std::move(rule);
        d.reason = action % u" needs approval: "_s % why;
        return d;
    };
    const auto allow = [&](const QString &why) {
        d.verdict = Verdict::Allow;
        d.rule = u"mode "_s % mode;
        d.reason = action % u" allowed: "_s % why;
        return d;
    };

    switch (connector.mode) {
    case PermissionMode::AlwaysAsk:
        return ask(u"mode "_s % mode, u"mode always_ask asks before every call"_s);
    case PermissionMode::AnyChanges:
        if (isObserving(d.power))
            return allow(u"mode any_changes lets reads and searches run"_s);
        return ask(u"mode "_s % mode, u"mode any_changes asks before every change"_s);
    case PermissionMode::ImportantActions:
        if (const auto match = findTrigger(connector, request, d.power)) {
            d.trigger = match->trigger;
            const QString word = wordOf(match->trigger);
            return ask(u"trigger "_s % word, u"trigger "_s % word % u"; "_s % match->why);
        }
        return allow(u"mode important_actions and no trigger matches"_s);
    case PermissionMode::NeverAsk:
        return allow(u"mode never_ask lets in-scope calls run without a human"_s);
    }
    // An out-of-range mode is a corrupt connector: refuse.
    return deny(d, u"mode"_s, u"connector "_s % connector.name % u" has an unknown mode"_s);
}

// A call with a power alone (no tool) on target, judged by the connector's powers and mode:
// as if the connector were active and its scope covered everything.
PolicyDecision decideByPowersAndMode(const Connector &connector, Power power, const QString &target)
{
    Connector probe = connector;
    probe.status = ConnectorStatus::Active;
    probe.scope = {ScopeRule{ScopeRule::Effect::Include, u"**"_s}};
    PolicyRequest request;
    request.connector = &probe;
    request.power = power;
    request.target = target;
    return decide(request);
}

// A path the pattern matches, for asking decide() about a trigger rule's targets: each run
// of '*' becomes one segment name. Empty when that does not give a match.
QString sampleTarget(const QString &pattern)
{
    QString sample;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != u'*') {
            sample += pattern.at(i);
            continue;
        }
        sample += u'x';
        while (i + 1 < pattern.size() && pattern.at(i + 1) == u'*')
            ++i;
    }
    return globMatch(pattern, sample) ? sample : QString();
}

} // namespace

PolicyDecision decide(const PolicyRequest &request)
{
    PolicyDecision d;
    d.power = request.tool ? request.tool->effectivePower() : request.power;

    const Connector *connector = request.connector;
    if (!connector)
        return deny(d, u"connector"_s, u"unknown connector"_s);
    const QString name = connector->name;

    if (connector->status != ConnectorStatus::Active) {
        const QString status = wordOf(connector->status);
        return deny(d, u"status "_s % status,
                    u"connector "_s % name % u" is "_s %
                        (status.isEmpty() ? u"not active"_s : status));
    }

    if (request.toolRequired && !request.tool)
        return deny(d, u"tool"_s, u"unknown tool: "_s % name % u" has no such tool on record"_s);

    if (const auto &tool = request.tool) {
        if (!tool->connector.isEmpty() && tool->connector != name)
            return deny(
                d, u"tool"_s,
                u"tool '%1' belongs to %2, not %3"_s.arg(tool->name, tool->connector, name));
        if (tool->reviewState == ToolReviewState::New)
            return deny(d, u"tool review"_s,
                        u"tool '%1' is new and has not been reviewed"_s.arg(tool->name));
        if (tool->hasDrifted())
            return deny(d, u"tool review"_s,
                        u"tool '%1' changed since its last review"_s.arg(tool->name));
    }

    if (!connector->powers.has(d.power)) {
        const QString granted =
            connector->powers.isEmpty() ? u"none"_s : connector->powers.words().join(u", ");
        return deny(
            d, u"powers"_s,
            u"power '%1' is not granted to %2 (granted: %3)"_s.arg(wordOf(d.power), name, granted));
    }

    d.scope = evaluateScope(connector->scope, request.target);
    if (!d.scope.inScope) {
        const QString rule =
            d.scope.ruleIndex >= 0 ? u"scope rule %1"_s.arg(d.scope.ruleIndex + 1) : u"scope"_s;
        return deny(d, rule,
                    targetWords(request.target) % u" is out of scope for "_s % name % u": "_s %
                        d.scope.reason);
    }

    return byMode(d, *connector, request);
}

PolicyDecision decideForPower(const Connector &connector, Power power)
{
    return decideByPowersAndMode(connector, power, QString());
}

QList<qsizetype> triggerRulesAskingFor(const Connector &connector, Power power)
{
    if (decideForPower(connector, power).verdict != Verdict::Allow)
        return {};
    // Under important_actions a trigger rule can still ask for a human on some targets: ask
    // again with a target each rule matches.
    QList<qsizetype> rules;
    for (qsizetype i = 0; i < connector.triggers.size(); ++i) {
        const QString target = sampleTarget(connector.triggers.at(i).pattern);
        if (!target.isEmpty() &&
            decideByPowersAndMode(connector, power, target).verdict == Verdict::NeedsApproval)
            rules << i;
    }
    return rules;
}

} // namespace airlock
