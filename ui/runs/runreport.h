#pragma once

// The printable report of one run: what it was, its story in plain words, the totals, its
// approval waits and every event with its chain place. HTML printed by QTextDocument into
// Qt's own PDF writer, written all or nothing.

#include "result.h"

#include <QDateTime>
#include <QString>

namespace airlock {

class RunTimeline;

QString runReportHtml(const RunTimeline &timeline, const QString &author, const QString &storeName,
                      const QDateTime &generatedAt);
Status writeRunReport(const RunTimeline &timeline, const QString &pdfPath, const QString &author,
                      const QString &storeName);

} // namespace airlock
