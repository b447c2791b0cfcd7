#pragma once

// The attacker's tools against a store's evidence log, as the SQLite file's owner or the
// PostgreSQL tables' owner: the append-only guards switched off, raw statements, and every
// hash from an event on recomputed with the published recipe (so the chain walk alone calls
// the result intact).

#include "store/store.h"

#include <QString>

namespace airlock::test {

// Runs sql on store's connection; returns the error, or "".
QString rawExec(Store &store, const QString &sql);
// Drops (SQLite) or disables (PostgreSQL) the evidence and checkpoints tables' append-only
// guards; PostgreSQL's check of each new link stays on (tst_sealed_log attacks that).
QString switchGuardsOff(Store &store);
// hash = sha256(prev_hash ‖ canonical line) from event #from to the head.
QString rehashFrom(Store &store, qint64 from);
// Appends read events numbered from..to to the chain (their summary says which).
bool appendReadEvents(Store &store, int from, int to,
                      const QString &connector = QStringLiteral("crm"));

} // namespace airlock::test
