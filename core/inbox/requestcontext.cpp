#include "requestcontext.h"

#include "policy/calljudge.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace airlock {

Result<RequestContext> loadRequestContext(Store &store, const QString &id, const QString &actor,
                                          const QDateTime &now)
{
    RequestContext c;
    auto request = ApprovalQueue(store).get(id);
    if (!request)
        return request.error();
    c.request = *request;
    c.ownRequest = !actor.isEmpty() && c.request.requestedBy == actor;

    QHash<QString, std::optional<Connector>> connectors;
    auto connectorNamed = [&](const QString &name) -> Result<std::optional<Connector>> {
        if (auto it = connectors.constFind(name); it != connectors.cend())
            return *it;
        auto found = ConnectorStore(store).find(name);
        if (!found)
            return found.error();
        connectors.insert(name, *found);
        return *found;
    };

    auto connector = connectorNamed(c.request.connector);
    if (!connector)
        return connector.error();
    c.connector = *connector;
    if (c.connector) {
        auto tool = ToolStore(store).find(c.request.connector, c.request.tool);
        if (!tool)
            return tool.error();
        // The same question the queue asked when it held the call, asked again now: the
        // connector may have changed since (a reviewer should know).
        CallToJudge call;
        call.connector = &*c.connector;
        call.tool = *tool;
        call.toolName = c.request.tool;
        call.target = c.request.target;
        call.assertedPower = c.request.power; // as recorded: it can only raise the tool's
        call.actor = c.request.requestedBy;
        const CallDecision judged = judgeCall(call);
        c.policy = judged.decision;
        c.scope = judged.scope;
        if (c.scope.ruleIndex >= 0 && c.scope.ruleIndex < c.connector->scope.size())
            c.scopeRulePattern = c.connector->scope.at(c.scope.ruleIndex).pattern;
    } else {
        c.policy.verdict = Verdict::Deny;
        c.policy.reason = u"the connector '%1' no longer exists"_s.arg(c.request.connector);
        c.scope.reason = c.policy.reason;
    }

    EvidenceChain chain(store);
    for (qint64 seq : c.request.evidenceSeqs) {
        EvidenceItem item;
        item.seq = seq;
        auto event = chain.bySeq(seq);
        if (!event && event.code() != ErrorCode::NotFound)
            return event.error();
        if (event) {
            item.found = true;
            item.event = *event;
            item.source = event->connector;
            std::optional<Connector> source;
            if (!item.source.isEmpty()) {
                auto s = connectorNamed(item.source);
                if (!s)
                    return s.error();
                source = *s;
            }
            item.freshness =
                source ? freshnessOf(event->at, now, *source) : freshnessOf(event->at, now, 0);
        }
        c.evidence << item;
    }

    if (!c.request.runId.isEmpty()) {
        auto run = RunStore(store).get(c.request.runId);
        if (!run && run.code() != ErrorCode::NotFound)
            return run.error();
        if (run)
            c.run = *run;
        // Only the run's last events are shown: read just those, not the whole run.
        auto events = chain.lastForRun(c.request.runId, RequestContext::kMaxRunEvents);
        if (!events)
            return events.error();
        c.runEvents = *events;
        const QString requestedId = c.request.id + u":requested"_s;
        for (const EvidenceEvent &e : std::as_const(c.runEvents)) {
            if (e.eventId == requestedId)
                c.requestedSeq = e.seq;
        }
    }
    return c;
}

} // namespace airlock
