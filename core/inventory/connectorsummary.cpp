#include "connectorsummary.h"

#include "clock.h"
#include "store/connectorstore.h"
#include "store/toolstore.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

bool sameIdentity(const Identity &a, const Identity &b)
{
    return a.kind == b.kind && a.principal == b.principal && a.onBehalfOf == b.onBehalfOf &&
           a.approvedBy == b.approvedBy && a.permissions == b.permissions && a.shared == b.shared &&
           a.credentialOwner == b.credentialOwner && a.lastRotated == b.lastRotated &&
           a.expires == b.expires && a.revokePath == b.revokePath;
}

bool sameConnector(const Connector &a, const Connector &b)
{
    return a.revision == b.revision && a.name == b.name && a.status == b.status &&
           a.lifecycle == b.lifecycle && a.trust == b.trust && a.mode == b.mode &&
           a.powers == b.powers && a.kind == b.kind && a.scope == b.scope &&
           a.triggers == b.triggers && sameIdentity(a.identity, b.identity) &&
           a.purpose == b.purpose && a.owner == b.owner && a.targetSystem == b.targetSystem &&
           a.transport == b.transport && a.lastReviewAt == b.lastReviewAt &&
           a.lastReviewBy == b.lastReviewBy && a.nextReviewDue == b.nextReviewDue &&
           a.lastSyncAt == b.lastSyncAt && a.freshnessLimitSecs == b.freshnessLimitSecs &&
           a.disablePath == b.disablePath && a.rollbackPlan == b.rollbackPlan &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}

} // namespace

bool operator==(const ConnectorSummary &a, const ConnectorSummary &b)
{
    return a.toolCount == b.toolCount && a.driftedTools == b.driftedTools &&
           a.pendingApprovals == b.pendingApprovals && a.blockedLast7Days == b.blockedLast7Days &&
           a.lastActivity == b.lastActivity && a.readiness == b.readiness &&
           a.readinessNotes == b.readinessNotes && sameConnector(a.connector, b.connector);
}

Result<QList<ConnectorSummary>> InventoryQuery::summaries()
{
    auto connectors = ConnectorStore(store_).list();
    if (!connectors)
        return connectors.error();

    QList<ConnectorSummary> rows;
    rows.reserve(connectors->size());
    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(connectors->size());
    for (Connector &c : *connectors) {
        rowOf.insert(c.name, rows.size());
        rows.append(ConnectorSummary{std::move(c), 0, 0, 0, 0, {}, ReadinessResult::Pass, 0, 0, {}});
    }

    // Runs one grouped query; each result row starts with the connector's name.
    const auto grouped =
        [&](const QString &sql, const QVariantList &binds,
            const std::function<void(ConnectorSummary &, const QSqlQuery &)> &take) -> Status {
        auto q = store_.exec(sql, binds);
        if (!q)
            return q.status();
        while ((*q)->next()) {
            const auto it = rowOf.constFind((*q)->value(0).toString());
            if (it != rowOf.constEnd())
                take(rows[*it], **q);
        }
        (*q)->finish();
        return {};
    };

    const qint64 now = currentTime().toMSecsSinceEpoch();

    if (Status s = grouped(u"SELECT connector, count(*), "
                           u"sum(CASE WHEN review_state <> 'reviewed' THEN 1 ELSE 0 END) "
                           u"FROM tools GROUP BY connector"_s,
                           {},
                           [](ConnectorSummary &row, const QSqlQuery &q) {
                               row.toolCount = q.value(1).toInt();
                               row.driftedTools = q.value(2).toInt();
                           });
        !s)
        return s;

    // A pending request past its expiry is not waiting for anyone any more, even before
    // ApprovalQueue::expireDue() has marked it (a read-only store never does).
    if (Status s = grouped(u"SELECT connector, count(*) FROM approvals "
                           u"WHERE status = 'pending' AND expires_at > ? GROUP BY connector"_s,
                           {now},
                           [](ConnectorSummary &row, const QSqlQuery &q) {
                               row.pendingApprovals = q.value(1).toInt();
                           });
        !s)
        return s;

    // All evidence aggregates in one pass: the evidence table is the big one.
    QHash<QString, qint64> eventsLast30Days;
    if (Status s = grouped(u"SELECT connector, max(at), "
                           u"sum(CASE WHEN kind = 'blocked' AND at >= ? THEN 1 ELSE 0 END), "
                           u"sum(CASE WHEN at >= ? THEN 1 ELSE 0 END) "
                           u"FROM evidence WHERE connector <> '' GROUP BY connector"_s,
                           {now - 7 * kMsPerDay, now - 30 * kMsPerDay},
                           [&](ConnectorSummary &row, const QSqlQuery &q) {
                               row.lastActivity = timeFromDb(q.value(1));
                               row.blockedLast7Days = q.value(2).toInt();
                               eventsLast30Days.insert(row.connector.name, q.value(3).toLongLong());
                           });
        !s)
        return s;

    // Readiness needs each connector's tools: one read of the tools table for all of them.
    auto tools = ToolStore(store_).all();
    if (!tools)
        return tools.error();
    QHash<QString, QList<Tool>> toolsOf;
    for (Tool &t : *tools)
        toolsOf[t.connector].append(std::move(t));
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    for (ConnectorSummary &row : rows) {
        const auto checks = readinessChecklist({row.connector, toolsOf.value(row.connector.name),
                                                eventsLast30Days.value(row.connector.name),
                                                row.lastActivity, nowTime});
        row.readiness = overall(checks);
        QStringList notes;
        for (const ReadinessCheck &c : checks) {
            row.readinessFailures += c.result == ReadinessResult::Fail;
            row.readinessWarnings += c.result == ReadinessResult::Warn;
            if (c.result != ReadinessResult::Pass)
                notes << u"%1 (%2): %3"_s.arg(c.area, wordOf(c.result), c.reason);
        }
        row.readinessNotes = notes.join(u'\n');
    }
    return rows;
}

Result<QList<QPair<QDate, int>>> InventoryQuery::blockedPerDay(const QString &connector, int days)
{
    if (days < 1)
        return Error{ErrorCode::InvalidArgument,
                     u"blocked attempts per day need at least one day, not %1"_s.arg(days)};

    // Days are UTC days, counted as whole multiples of a day since the epoch on both back
    // ends (integer division of BIGINT milliseconds).
    const qint64 today = currentTime().toMSecsSinceEpoch() / kMsPerDay;
    const qint64 firstDay = today - days + 1;
    auto q = store_.exec(u"SELECT at / 86400000, count(*) FROM evidence "
                         u"WHERE connector = ? AND kind = 'blocked' AND at >= ? "
                         u"GROUP BY at / 86400000"_s,
                         {connector, firstDay * kMsPerDay});
    if (!q)
        return q.error();
    QList<QPair<QDate, int>> perDay;
    perDay.reserve(days);
    const QDate first = QDateTime::fromMSecsSinceEpoch(firstDay * kMsPerDay, Qt::UTC).date();
    for (int i = 0; i < days; ++i)
        perDay.append({first.addDays(i), 0});
    while ((*q)->next()) {
        const qint64 index = (*q)->value(0).toLongLong() - firstDay;
        if (index >= 0 && index < days)
            perDay[index].second = (*q)->value(1).toInt();
    }
    (*q)->finish();
    return perDay;
}

} // namespace airlock
