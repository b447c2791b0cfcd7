#pragma once

// The audit report's content: the data it is made from, read from the store in one go, and
// the HTML that QTextDocument lays out: a title page, then each connector's sections in the
// words of the detail panel. auditreport.cpp prints it.

#include "inventory/connectorsummary.h"
#include "inventory/connectorview.h"
#include "inventory/readiness.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace airlock {

class Store;

// The events a connector's activity section shows: its newest, blocked attempts first.
inline constexpr int kAuditReportEvents = 10;

// One connector's pages.
struct AuditReportConnector
{
    ConnectorView view; // with its kAuditReportEvents newest events
    QList<ReadinessCheck> checks;
    int blockedLast7Days = 0;
};

struct AuditReportData
{
    QString store; // its URL, without a password
    QList<ConnectorSummary> summaries;
    QList<AuditReportConnector> connectors; // by name regardless of case, on both back ends
    qint64 chainHead = 0;
};

// Readiness is judged as of now.
Result<AuditReportData> loadAuditReportData(Store &store, const QDateTime &now);

// The report as one HTML document with its style sheet. Each connector's part opens with an
// <h1> holding only its name that breaks the page before it; each section with an <h2>.
QString auditReportDocument(const AuditReportData &data, const QString &author,
                            const QDateTime &generatedAt);

} // namespace airlock
