#pragma once

#include <QDateTime>

namespace airlock {

struct Connector;

// How fresh a piece of evidence is for a decision taken now, against the freshness limit of
// the connector it came from. Stale when it was read longer ago than the limit allows, or
// when the source had not synced within the limit when it was read (the agent read old data).
struct Freshness
{
    qint64 ageSecs = 0;      // now − when it was read
    qint64 limitSecs = 0;    // the source connector's limit; 0 = none stated
    qint64 syncLagSecs = -1; // read time − the source's last sync, when both are known
    bool stale = false;
    bool readStale = false; // stale because it is older than the limit now
    bool syncStale = false; // stale because the source's data was old when read
};

Freshness freshnessOf(const QDateTime &readAt, const QDateTime &now, qint64 limitSecs,
                      const QDateTime &sourceLastSync = {});
Freshness freshnessOf(const QDateTime &readAt, const QDateTime &now, const Connector &source);

} // namespace airlock
