#pragma once

#include "domain/approvalrequest.h"
#include "domain/connector.h"
#include "domain/evidenceevent.h"
#include "domain/run.h"
#include "freshness.h"
#include "policy/policy.h"
#include "result.h"

#include <QList>
#include <optional>

namespace airlock {

class Store;

// One event the agent read before asking: the event, the connector it came from (its source),
// and how fresh it is against that source's freshness limit.
struct EvidenceItem
{
    qint64 seq = 0;
    bool found = false; // false: the request names an event the store does not hold
    EvidenceEvent event;
    QString source; // the connector the content came from ("" when the event names none)
    Freshness freshness;
};

// Everything a reviewer needs to decide one request, read in one go (on a worker thread) so
// that widgets never touch the store: the request, why it needs approval, what the agent
// read, who is asking and in which scope, and the run so far.
struct RequestContext
{
    ApprovalRequest request;
    std::optional<Connector> connector; // absent when the connector is gone
    PolicyDecision policy;              // the policy's answer for this call now
    ScopeDecision scope;                // the target against the connector's scope
    QString scopeRulePattern;           // the deciding scope rule's pattern, "" when none matched
    QList<EvidenceItem> evidence;
    std::optional<Run> run;
    QList<EvidenceEvent> runEvents; // the run so far, oldest first (the last kMaxRunEvents)
    qint64 requestedSeq = 0;        // the approval_requested event among them, 0 when absent
    bool ownRequest = false;        // the acting identity asked for it: it cannot decide it

    static constexpr int kMaxRunEvents = 400;
};

// Reads the context of request id as seen by actor at now. NotFound when there is no such
// request; a missing connector, run or evidence event is reported in the context, not as an
// error, because a reviewer must still see (and reject) such a request.
Result<RequestContext> loadRequestContext(Store &store, const QString &id, const QString &actor,
                                          const QDateTime &now);

} // namespace airlock
