#include "connectorview.h"

#include "clock.h"
#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/grantstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

Result<ConnectorView> loadConnectorView(Store &store, const QString &name, int eventLimit)
{
    ConnectorView v;
    auto c = ConnectorStore(store).get(name);
    if (!c)
        return c.error();
    v.connector = *c;
    auto tools = ToolStore(store).forConnector(name);
    if (!tools)
        return tools.error();
    v.tools = *tools;
    auto review = ConnectorStore(store).latestReview(name);
    if (!review)
        return review.error();
    v.latestReview = *review;
    auto events = EvidenceChain(store).forConnector(name, eventLimit);
    if (!events)
        return events.error();
    v.recentEvents = *events;
    std::stable_sort(v.recentEvents.begin(), v.recentEvents.end(),
                     [](const EvidenceEvent &a, const EvidenceEvent &b) {
                         return (a.kind == EventKind::Blocked) > (b.kind == EventKind::Blocked);
                     });
    auto pending = ApprovalQueue(store).list(ApprovalStatus::Pending);
    if (!pending)
        return pending.error();
    for (const ApprovalRequest &r : *pending) {
        if (r.connector == name)
            v.pendingApprovals << r;
    }
    auto grants = GrantStore(store).forConnector(name, true);
    if (!grants)
        return grants.error();
    v.grants = *grants;
    auto stats = store.exec(u"SELECT count(*) FROM evidence WHERE connector = ? AND at >= ?"_s,
                            {name, currentTime().addDays(-30).toMSecsSinceEpoch()});
    if (!stats)
        return stats.error();
    if ((*stats)->next()) {
        v.eventsLast30Days = (*stats)->value(0).toLongLong();
    }
    (*stats)->finish();
    auto last = store.exec(u"SELECT max(at) FROM evidence WHERE connector = ?"_s, {name});
    if (!last)
        return last.error();
    if ((*last)->next())
        v.lastActivity = timeFromDb((*last)->value(0));
    (*last)->finish();
    return v;
}

} // namespace airlock
