#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace airlock {

class Store;

// The arguments an approved request may run with, checked against its recorded decision
// (DESIGN §4, "an approval binds the exact call"): the request, read afresh, is approved; its
// approved arguments hash to the approved_arguments_hash it stores; and the decision's own
// evidence event (<id>:decided) is intact in its chain link and records that same hash and an
// approval. The gate runs nothing else. Errors: NotFound, Conflict (not approved), Integrity
// (a hash or the evidence disagrees), naming what was wrong.
Result<QByteArray> checkedApprovedArguments(Store &store, const QString &requestId);

} // namespace airlock
