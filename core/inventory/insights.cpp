#include "insights.h"

#include "clock.h"
#include "connectorsummary.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

} // namespace

Result<InventoryInsights> loadInsights(Store &store)
{
    auto summaries = InventoryQuery(store).summaries();
    if (!summaries)
        return summaries.error();

    InventoryInsights in;
    in.connectors = int(summaries->size());
    for (ConnectorStatus s : {ConnectorStatus::Active, ConnectorStatus::Paused,
                              ConnectorStatus::Disconnected, ConnectorStatus::Retired})
        in.byStatus.insert(s, 0);
    in.byHighestPower.insert(-1, 0);
    for (Power p : kAllPowers)
        in.byHighestPower.insert(int(p), 0);
    for (ReadinessResult r : {ReadinessResult::Pass, ReadinessResult::Warn, ReadinessResult::Fail})
        in.byReadiness.insert(r, 0);

    const QDateTime now = currentTime().toUTC();
    const QDate today = now.date();
    in.today = today;
    in.reviewsDue.reserve(kInsightReviewWeeks);
    for (int week = 0; week < kInsightReviewWeeks; ++week)
        in.reviewsDue.append({today.addDays(7 * week), 0});

    for (const ConnectorSummary &s : *summaries) {
        const Connector &c = s.connector;
        ++in.byStatus[c.status];
        const auto highest = c.powers.highest();
        ++in.byHighestPower[highest ? int(*highest) : -1];
        ++in.byReadiness[s.readiness];

        // A retired connector is out of service: nobody reviews it again.
        if (c.status == ConnectorStatus::Retired || !c.nextReviewDue.isValid())
            continue;
        const QDateTime due = c.nextReviewDue.toUTC();
        if (due < now) {
            ++in.reviewsDue[0].second;
            ++in.reviewsOverdue;
            continue;
        }
        const qint64 days = today.daysTo(due.date());
        if (days <= kInsightReviewDays)
            ++in.reviewsDue[int(days / 7)].second;
    }

    // All blocked attempts of the window in one grouped query. Days are UTC days counted as
    // whole days since the epoch on both back ends (integer division of BIGINT milliseconds),
    // as InventoryQuery::blockedPerDay() counts them.
    const qint64 dayNow = now.toMSecsSinceEpoch() / kMsPerDay;
    const qint64 firstDay = dayNow - kInsightBlockedDays + 1;
    auto q = store.exec(u"SELECT connector, at / 86400000, count(*) FROM evidence "
                        u"WHERE kind = 'blocked' AND at >= ? AND at < ? "
                        u"GROUP BY connector, at / 86400000"_s,
                        {firstDay * kMsPerDay, (dayNow + 1) * kMsPerDay});
    if (!q)
        return q.error();
    QHash<QString, QList<int>> counts;
    while ((*q)->next()) {
        const qint64 index = (*q)->value(1).toLongLong() - firstDay;
        if (index < 0 || index >= kInsightBlockedDays)
            continue;
        QList<int> &perDay = counts[(*q)->value(0).toString()];
        if (perDay.isEmpty())
            perDay.fill(0, kInsightBlockedDays);
        perDay[index] += (*q)->value(2).toInt();
    }
    (*q)->finish();

    const QDate first = today.addDays(1 - kInsightBlockedDays);
    const auto take = [&](const QString &name) {
        const QList<int> perDay = counts.take(name);
        QList<QPair<QDate, int>> series;
        series.reserve(kInsightBlockedDays);
        for (int i = 0; i < kInsightBlockedDays; ++i)
            series.append({first.addDays(i), perDay.value(i)});
        in.blockedPerConnector.append({name, series});
    };
    for (const ConnectorSummary &s : *summaries) {
        if (counts.contains(s.connector.name))
            take(s.connector.name);
    }
    QStringList unknown = counts.keys();
    std::sort(unknown.begin(), unknown.end());
    for (const QString &name : std::as_const(unknown))
        take(name);

    auto approvals = loadApprovalInsights(store);
    if (!approvals)
        return approvals.error();
    in.approvals = *approvals;
    return in;
}

} // namespace airlock
