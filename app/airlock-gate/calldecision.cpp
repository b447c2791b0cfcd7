#include "calldecision.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airlock::gate {

const QStringList &defaultTargetArguments()
{
    static const QStringList names{u"path"_s, u"uri"_s, u"url"_s, u"id"_s};
    return names;
}

namespace {
QString normalised(const QString &target)
{
    return target.startsWith(u'/') ? QDir::cleanPath(target) : target;
}

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
} // namespace

QStringList targetsOf(const QJsonObject &arguments, const QStringList &targetArguments)
{
    QStringList targets;
    for (const QString &name : targetArguments) {
        const QJsonValue v = arguments.value(name);
        if (v.isString()) {
            targets << normalised(v.toString());
        } else if (v.isDouble()) {
            targets << QString::number(v.toDouble(), 'g', 17);
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray()) {
                if (item.isString())
                    targets << normalised(item.toString());
            }
        }
    }
    return targets;
}

CallDecision decideCall(const Connector *connector, const std::optional<Tool> &tool,
                        const QJsonObject &arguments, const QString &actor)
{
    CallDecision out;
    const QStringList names =
        tool && !tool->targetArguments.isEmpty() ? tool->targetArguments : defaultTargetArguments();
    out.targets = targetsOf(arguments, names);
    const QStringList asked = out.targets.isEmpty() ? QStringList{QString()} : out.targets;
    bool first = true;
    for (const QString &target : asked) {
        PolicyRequest request;
        request.connector = connector;
        request.tool = tool;
        request.toolRequired = true; // a tool the store has not recorded is refused
        request.target = target;
        request.actor = actor;
        PolicyDecision d = decide(request);
        if (first || strictness(d.verdict) > strictness(out.decision.verdict)) {
            out.decision = d;
            out.target = target;
        }
        first = false;
        if (d.verdict == Verdict::Deny)
            break;
    }
    return out;
}

} // namespace airlock::gate
