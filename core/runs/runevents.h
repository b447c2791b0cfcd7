#pragma once

#include "domain/evidenceevent.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// One run's evidence events in sequence order, read for the timeline. On SQLite the rows are
// stepped with the driver's own sqlite3 handle (QSqlDriver::handle()): QtSql's per-value
// QVariant and UTF-16 conversions cost three times the reading itself at 10,000 events
// (tests/bench/bench_runs). Repeated words (actor, connector, tool) share one string.
// Elsewhere a forward-only QSqlQuery reads the same columns with readEvidenceEvent().
Result<QList<EvidenceEvent>> readRunEvents(Store &store, const QString &runId);

} // namespace airlock
