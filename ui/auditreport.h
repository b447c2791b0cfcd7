#pragma once

// The printable audit report of the connector inventory: a title page (the store, when, by
// whom, counts and every connector in one table), then each connector in name order, starting
// on a new page, with the sections of the detail panel. Built as HTML for QTextDocument and
// printed with Qt's own PDF writer: no external tools.

#include "result.h"

#include <QDateTime>
#include <QString>

namespace airlock {

class Store;

// The report as the HTML that writeAuditReport prints, as of generatedAt (readiness, rotation
// and review dates are judged against it). Each connector's part opens with an <h1> holding
// only its name, styled to break the page before it.
Result<QString> auditReportHtml(Store &store, const QString &author, const QDateTime &generatedAt);

// Writes the report to pdfPath (A4, 300 dpi, page numbers in the footer) as of now, all or
// nothing: the PDF is rendered in memory and saved with QSaveFile, so a failure leaves no
// partial file and any earlier file as it was.
Status writeAuditReport(Store &store, const QString &pdfPath, const QString &author);

} // namespace airlock
