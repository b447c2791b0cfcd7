#pragma once

#include "domain/connector.h"
#include "readiness.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace airlock {

class Store;

// One row of the connector inventory: the connector as stored and the few aggregates the
// Connectors table shows beside it.
struct ConnectorSummary
{
    Connector connector;
    int toolCount = 0;
    int driftedTools = 0;     // tools whose definition is new or changed since the last review
    int pendingApprovals = 0; // pending and not yet past their expiry
    int blockedLast7Days = 0; // evidence of kind 'blocked' in the last 7 days
    QDateTime lastActivity;   // the newest evidence event of the connector; invalid when none
    // The readiness checklist (seed 002) in brief: the worst result, how many areas fail or
    // warn, and their reasons as one text.
    ReadinessResult readiness = ReadinessResult::Pass;
    int readinessFailures = 0;
    int readinessWarnings = 0;
    QString readinessNotes;
};

// Field-by-field equality, so a live update can tell which rows really changed.
bool operator==(const ConnectorSummary &a, const ConnectorSummary &b);
inline bool operator!=(const ConnectorSummary &a, const ConnectorSummary &b)
{
    return !(a == b);
}

// Reads the inventory's aggregates for all connectors at once: one grouped query per
// table (tools, approvals, evidence), never one query per connector, so the cost does not
// grow with the number of connectors beyond the scans themselves.
class InventoryQuery
{
public:
    explicit InventoryQuery(Store &store)
        : store_(store)
    {}

    // Every connector (in ConnectorStore::list() order) with its aggregates.
    Result<QList<ConnectorSummary>> summaries();

    // Blocked attempts of one connector per UTC day: exactly `days` entries, oldest first,
    // ending today, days without any counting 0. InvalidArgument when days < 1.
    Result<QList<QPair<QDate, int>>> blockedPerDay(const QString &connector, int days);

private:
    Store &store_;
};

} // namespace airlock
