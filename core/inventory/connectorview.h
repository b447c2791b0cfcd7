#pragma once

#include "domain/approvalgrant.h"
#include "domain/approvalrequest.h"
#include "domain/connector.h"
#include "domain/evidenceevent.h"
#include "domain/review.h"
#include "domain/tool.h"
#include "result.h"

#include <QList>
#include <optional>

namespace airlock {

class Store;

// Everything the console shows about one connector, loaded in one go so that widgets never
// touch the store: the connector, its tools, its latest review (with the snapshot drift is
// measured against), its recent evidence (blocked attempts first) and pending requests
// and the standing approvals (grants) reviewers gave.
struct ConnectorView
{
    Connector connector;
    QList<Tool> tools;
    std::optional<Review> latestReview;
    QList<EvidenceEvent> recentEvents; // blocked attempts first, then newest first
    QList<ApprovalRequest> pendingApprovals;
    QList<ApprovalGrant> grants; // "Approve for…" grants, active and ended, newest first
    qint64 eventsLast30Days = 0;
    QDateTime lastActivity;
};

Result<ConnectorView> loadConnectorView(Store &store, const QString &name, int eventLimit = 200);

} // namespace airlock
