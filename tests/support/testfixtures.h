#pragma once

// Fixtures shared by the store suites (tst_store, tst_connectors, tst_runs): a fixed clock,
// the connector description under tests/data, and short reads of the evidence chain.

#include "domain/evidenceevent.h"
#include "store/connectorjson.h"
#include "store/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace airlock::test {

// The tests' clock: fixed, so stored times can be compared exactly; tests move it.
// A suite installs it in init() with setClockForTesting([] { return g_now; }).
extern const QDateTime kT0;
extern QDateTime g_now;

// The bytes of tests/data/NAME; a fixture that cannot be read ends the run.
QByteArray fixture(const QString &name);
// The store suites' connector, tests/data/store_connector.json.
QJsonObject connectorJson();
QByteArray textOf(const QJsonObject &o);
// o as a parsed connector document; a document that does not parse ends the run.
ConnectorDocument documentOf(const QJsonObject &o);

// The chain's last sequence number, -1 when it cannot be read.
qint64 headOf(Store &store);
// Every event with a sequence number above seq, in order (empty when unreadable).
QList<EvidenceEvent> eventsAfter(Store &store, qint64 seq);
QStringList kindsOf(const QList<EvidenceEvent> &events);
QList<EvidenceEvent> ofKind(const QList<EvidenceEvent> &events, EventKind kind);
// True when the chain verifies; otherwise *problem says why.
bool chainIntact(Store &store, QString *problem);

} // namespace airlock::test
