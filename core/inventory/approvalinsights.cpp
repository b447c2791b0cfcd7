#include "approvalinsights.h"

#include "clock.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

} // namespace

bool ApprovalInsights::Tool::lighterModeCandidate() const
{
    return decisions() >= kLighterModeMinimum && approved == decisions();
}

bool ApprovalInsights::Tool::ambiguous() const
{
    return decisions() >= kAmbiguousMinimum && (rejected + edited) >= kAmbiguousShare * decisions();
}

Result<ApprovalInsights> loadApprovalInsights(Store &store)
{
    ApprovalInsights in;
    const QDateTime now = currentTime().toUTC();
    // UTC days as whole days since the epoch on both back ends (integer division of BIGINT
    // milliseconds), as loadInsights() counts blocked attempts.
    const qint64 dayNow = now.toMSecsSinceEpoch() / kMsPerDay;
    const qint64 firstDay = dayNow - kApprovalDays + 1;
    const QDate first = now.date().addDays(1 - kApprovalDays);
    in.perDay.reserve(kApprovalDays);
    for (int i = 0; i < kApprovalDays; ++i) {
        ApprovalInsights::Day d;
        d.day = first.addDays(i);
        in.perDay.append(d);
    }
    for (qint64 bound : kDecisionBucketBounds) {
        ApprovalInsights::Bucket b;
        b.upToSecs = bound;
        in.timeToDecision.append(b);
    }

    auto perDay = store.exec(u"SELECT status, decided_at / 86400000, count(*) FROM approvals "
                             u"WHERE status <> 'pending' AND decided_at >= ? AND decided_at < ? "
                             u"GROUP BY status, decided_at / 86400000"_s,
                             {firstDay * kMsPerDay, (dayNow + 1) * kMsPerDay});
    if (!perDay)
        return perDay.error();
    while ((*perDay)->next()) {
        const qint64 index = (*perDay)->value(1).toLongLong() - firstDay;
        if (index < 0 || index >= kApprovalDays)
            continue;
        ApprovalInsights::Day &d = in.perDay[index];
        const QString status = (*perDay)->value(0).toString();
        const int n = (*perDay)->value(2).toInt();
        if (status == u"approved"_s)
            d.approved += n;
        else if (status == u"rejected"_s)
            d.rejected += n;
        else if (status == u"expired"_s)
            d.expired += n;
        else if (status == u"withdrawn"_s)
            d.withdrawn += n;
    }
    (*perDay)->finish();

    // Times to decision: one row per decision of the window (bounded by what people decide in
    // 30 days), for the buckets and the median.
    auto times = store.exec(u"SELECT status, decided_at - requested_at FROM approvals "
                            u"WHERE status IN ('approved', 'rejected') AND decided_at >= ? "
                            u"AND decided_at < ?"_s,
                            {firstDay * kMsPerDay, (dayNow + 1) * kMsPerDay});
    if (!times)
        return times.error();
    QList<qint64> all;
    while ((*times)->next()) {
        const bool approved = (*times)->value(0).toString() == u"approved"_s;
        const qint64 secs = std::max<qint64>(0, (*times)->value(1).toLongLong() / 1000);
        all.append(secs);
        for (ApprovalInsights::Bucket &b : in.timeToDecision) {
            if (b.upToSecs == 0 || secs < b.upToSecs) {
                ++(approved ? b.approved : b.rejected);
                break;
            }
        }
    }
    (*times)->finish();
    in.decisions = int(all.size());
    if (!all.isEmpty()) {
        std::sort(all.begin(), all.end());
        const qsizetype mid = all.size() / 2;
        in.medianSecs = all.size() % 2 ? all[mid] : (all[mid - 1] + all[mid]) / 2;
    }

    const qint64 toolsFrom = (dayNow - kToolWindowDays + 1) * kMsPerDay;
    auto tools =
        store.exec(u"SELECT connector, tool, status, edited, count(*) FROM approvals "
                   u"WHERE status IN ('approved', 'rejected', 'expired') AND decided_at >= ? "
                   u"GROUP BY connector, tool, status, edited"_s,
                   {toolsFrom});
    if (!tools)
        return tools.error();
    QHash<QPair<QString, QString>, ApprovalInsights::Tool> byTool;
    while ((*tools)->next()) {
        const QString connector = (*tools)->value(0).toString();
        const QString tool = (*tools)->value(1).toString();
        ApprovalInsights::Tool &t = byTool[{connector, tool}];
        t.connector = connector;
        t.tool = tool;
        const QString status = (*tools)->value(2).toString();
        const int n = (*tools)->value(4).toInt();
        if (status == u"approved"_s)
            ((*tools)->value(3).toInt() != 0 ? t.edited : t.approved) += n;
        else if (status == u"rejected"_s)
            t.rejected += n;
        else
            t.expired += n;
    }
    (*tools)->finish();
    in.tools = byTool.values();
    std::sort(in.tools.begin(), in.tools.end(), [](const auto &a, const auto &b) {
        const int da = a.decisions() + a.expired, db = b.decisions() + b.expired;
        if (da != db)
            return da > db;
        return std::tie(a.connector, a.tool) < std::tie(b.connector, b.tool);
    });
    return in;
}

} // namespace airlock
