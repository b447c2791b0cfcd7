#pragma once

#include "result.h"
#include "store/runstore.h"

#include <QByteArray>

namespace airlock {

class Store;

enum class ExportFormat { Csv, Json };
AIRLOCK_VOCABULARY(ExportFormat, "csv", "json")

// Plain files a third party can read. CSV follows RFC 4180, and cells that a spreadsheet
// would run as a formula (=, +, -, @) are prefixed with an apostrophe.
Result<QByteArray> exportConnectors(Store &store, ExportFormat format);
Result<QByteArray> exportRuns(Store &store, ExportFormat format, const RunStore::Filter &filter,
                              int limit);
// One run's evidence, in chain order, with each event's sequence number and hashes.
Result<QByteArray> exportRunEvidence(Store &store, const QString &runId, ExportFormat format);

QByteArray csvRow(const QStringList &cells);

} // namespace airlock
