#include "disconnectimpact.h"

#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

Result<DisconnectImpact> disconnectImpact(Store &store, const QString &connector)
{
    DisconnectImpact impact;
    impact.connector = connector;
    if (auto c = ConnectorStore(store).get(connector); !c)
        return c.error();
    auto pending = ApprovalQueue(store).list(ApprovalStatus::Pending);
    if (!pending)
        return pending.error();
    for (const ApprovalRequest &r : *pending) {
        if (r.connector == connector)
            impact.pendingApprovals << r;
    }
    auto tools = ToolStore(store).forConnector(connector);
    if (!tools)
        return tools.error();
    impact.tools = *tools;
    // Runs not yet ended that have touched this connector.
    auto ids = store.exec(u"SELECT DISTINCT r.id FROM runs r JOIN evidence e ON e.run_id = r.id "
                          u"WHERE r.ended_at IS NULL AND e.connector = ? ORDER BY r.id"_s,
                          {connector});
    if (!ids)
        return ids.error();
    QStringList runIds;
    while ((*ids)->next())
        runIds << (*ids)->value(0).toString();
    (*ids)->finish();
    RunStore runs(store);
    for (const QString &id : runIds) {
        auto run = runs.get(id);
        if (!run)
            return run.error();
        impact.runsInFlight << *run;
    }
    return impact;
}

} // namespace airlock
