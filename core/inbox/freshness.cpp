#include "freshness.h"

#include "domain/connector.h"

namespace airlock {

Freshness freshnessOf(const QDateTime &readAt, const QDateTime &now, qint64 limitSecs,
                      const QDateTime &sourceLastSync)
{
    Freshness f;
    f.limitSecs = limitSecs > 0 ? limitSecs : 0;
    f.ageSecs = readAt.isValid() ? std::max<qint64>(0, readAt.secsTo(now)) : 0;
    // A sync recorded after the read says nothing about the data the agent saw.
    if (sourceLastSync.isValid() && readAt.isValid() && sourceLastSync <= readAt)
        f.syncLagSecs = sourceLastSync.secsTo(readAt);
    if (f.limitSecs > 0) {
        f.readStale = f.ageSecs > f.limitSecs;
        f.syncStale = f.syncLagSecs > f.limitSecs;
    }
    f.stale = f.readStale || f.syncStale;
    return f;
}

Freshness freshnessOf(const QDateTime &readAt, const QDateTime &now, const Connector &source)
{
    return freshnessOf(readAt, now, source.freshnessLimitSecs, source.lastSyncAt);
}

} // namespace airlock
