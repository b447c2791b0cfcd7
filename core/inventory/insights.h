#pragma once

#include "domain/connector.h"
#include "approvalinsights.h"
#include "readiness.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace airlock {

class Store;

// The inventory at a glance, as the Insights screen charts it. Every category is present,
// with 0 when nothing falls in it, so a chart keeps its shape from one reload to the next.
struct InventoryInsights
{
    QDate today; // the UTC day the insights were read on
    int connectors = 0;
    QMap<ConnectorStatus, int> byStatus;
    // The riskiest granted power, as int(Power); -1 for a connector without any power.
    QMap<int, int> byHighestPower;
    QMap<ReadinessResult, int> byReadiness;
    // Reviews due per week for the next 90 days: 13 buckets, each dated by its first (UTC)
    // day, the first starting today. Overdue reviews are counted in the first bucket;
    // retired connectors and those without a due date are not counted.
    QList<QPair<QDate, int>> reviewsDue;
    int reviewsOverdue = 0; // how many of reviewsDue's first bucket are already past due
    // Blocked attempts per UTC day over the last 30 days (30 entries, oldest first, ending
    // today), only for connectors with any: inventory order first, then names the inventory
    // does not know (in name order; "" for blocked attempts that named no connector).
    QList<QPair<QString, QList<QPair<QDate, int>>>> blockedPerConnector;
    // How approval requests ended, how fast people decide, and per tool how often they approve.
    ApprovalInsights approvals;
};

inline constexpr int kInsightReviewWeeks = 13;
inline constexpr int kInsightReviewDays = 90;
inline constexpr int kInsightBlockedDays = 30;

// Reads the insights from the inventory's summaries and one grouped query over the blocked
// evidence of the last 30 days (never one query per connector).
Result<InventoryInsights> loadInsights(Store &store);

} // namespace airlock
