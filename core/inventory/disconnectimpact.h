#pragma once

#include "domain/approvalrequest.h"
#include "domain/run.h"
#include "domain/tool.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// What disconnecting a connector will do, shown before anything happens: the pending
// approval requests that will be withdrawn, the runs in flight on it, the tools that stop.
struct DisconnectImpact
{
    QString connector;
    QList<ApprovalRequest> pendingApprovals;
    QList<Run> runsInFlight; // running or waiting for approval, with evidence on the connector
    QList<Tool> tools;
};

Result<DisconnectImpact> disconnectImpact(Store &store, const QString &connector);

} // namespace airlock
