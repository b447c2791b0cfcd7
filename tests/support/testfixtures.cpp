#include "testfixtures.h"

#include "store/evidencechain.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airlock::test {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 0), Qt::UTC);
QDateTime g_now = kT0;

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(AIRLOCK_TEST_DATA) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject connectorJson()
{
    return QJsonDocument::fromJson(fixture(u"store_connector.json"_s)).object();
}

QByteArray textOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

ConnectorDocument documentOf(const QJsonObject &o)
{
    auto doc = connectorDocumentFromText(textOf(o), u"test.json"_s);
    if (!doc)
        qFatal("test document does not parse: %s", qPrintable(doc.message()));
    return *doc;
}

qint64 headOf(Store &store)
{
    auto head = EvidenceChain(store).headSeq();
    return head ? *head : -1;
}

QList<EvidenceEvent> eventsAfter(Store &store, qint64 seq)
{
    auto page = EvidenceChain(store).page(seq, 1000000);
    return page ? *page : QList<EvidenceEvent>();
}

QStringList kindsOf(const QList<EvidenceEvent> &events)
{
    QStringList kinds;
    for (const EvidenceEvent &e : events)
        kinds << wordOf(e.kind);
    return kinds;
}

QList<EvidenceEvent> ofKind(const QList<EvidenceEvent> &events, EventKind kind)
{
    QList<EvidenceEvent> found;
    for (const EvidenceEvent &e : events) {
        if (e.kind == kind)
            found << e;
    }
    return found;
}

bool chainIntact(Store &store, QString *problem)
{
    auto report = EvidenceChain(store).verify();
    if (!report) {
        *problem = report.message();
        return false;
    }
    *problem = report->problem;
    return report->intact;
}

} // namespace airlock::test
