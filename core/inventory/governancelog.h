#pragma once

#include "domain/evidenceevent.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace airlock {

class Store;

// The governance record: who changed what on which connector, when and why. It is the part of
// the evidence chain that records changes to governance (isGovernanceEvent) plus the approval
// decisions, because who decided a held action is governance too.
struct GovernanceFilter
{
    QString connector;             // exact name; empty: every connector
    QString actor;                 // exact identity; empty: everyone
    std::optional<EventKind> kind; // one governance kind; empty: all of them
    QDateTime from, to;            // from <= at < to; an invalid time leaves that side open
    QString text;                  // a case-insensitive substring of the summary
};

// The event kinds the governance record holds, in declaration order.
QList<EventKind> governanceKinds();

// Up to limit governance events older than beforeSeq, newest first (keyset paging by sequence
// number: pass the last seq of a page to get the next; beforeSeq <= 0 starts at the newest).
Result<QList<EvidenceEvent>> governanceEvents(Store &store, const GovernanceFilter &filter,
                                              qint64 beforeSeq, int limit);

// Every governance event that matches, newest first, as CSV (RFC 4180, with a header).
Result<QByteArray> governanceCsv(Store &store, const GovernanceFilter &filter);

// The events seq - radius … seq + radius of the whole chain, in order (fewer at the ends).
Result<QList<EvidenceEvent>> eventsAround(Store &store, qint64 seq, int radius);

} // namespace airlock
