#include "governancelog.h"

#include "export/exporter.h"
#include "store/connectorjson.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString &kColumns = evidenceColumns();

// '!' escapes LIKE's wildcards: unlike a backslash it means the same on both back ends.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

QList<EventKind> governanceKinds()
{
    QList<EventKind> kinds;
    for (std::size_t i = 0; i < Vocabulary<EventKind>::words.size(); ++i) {
        const auto kind = EventKind(i);
        if (isGovernanceEvent(kind) || kind == EventKind::ApprovalDecided)
            kinds << kind;
    }
    return kinds;
}

Result<QList<EvidenceEvent>> governanceEvents(Store &store, const GovernanceFilter &filter,
                                              qint64 beforeSeq, int limit)
{
    if (limit <= 0)
        return QList<EvidenceEvent>();
    const QList<EventKind> all = governanceKinds();
    QList<EventKind> kinds = all;
    if (filter.kind) {
        if (!all.contains(*filter.kind))
            return QList<EvidenceEvent>(); // not part of the governance record
        kinds = {*filter.kind};
    }

    // The clauses vary only in which filters are set, so Store::exec caches a handful of
    // statements, not one per search text.
    QString sql = u"SELECT "_s + kColumns + u" FROM evidence WHERE seq < ? AND kind IN ("_s;
    QVariantList binds{beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()};
    for (int i = 0; i < kinds.size(); ++i) {
        sql += i == 0 ? u"?"_s : u", ?"_s;
        binds << wordOf(kinds.at(i));
    }
    sql += u")"_s;
    if (!filter.connector.isEmpty()) {
        sql += u" AND connector = ?"_s;
        binds << filter.connector;
    }
    if (!filter.actor.isEmpty()) {
        sql += u" AND actor = ?"_s;
        binds << filter.actor;
    }
    if (filter.from.isValid()) {
        sql += u" AND at >= ?"_s;
        binds << toDb(filter.from);
    }
    if (filter.to.isValid()) {
        sql += u" AND at < ?"_s;
        binds << toDb(filter.to);
    }
    if (!filter.text.isEmpty()) {
        // Case-insensitive for ASCII on SQLite (LIKE) and for all letters on PostgreSQL.
        sql += store.backend() == Backend::Postgres ? u" AND summary ILIKE ? ESCAPE '!'"_s
                                                    : u" AND summary LIKE ? ESCAPE '!'"_s;
        binds << likePattern(filter.text);
    }
    sql += u" ORDER BY seq DESC LIMIT ?"_s;
    binds << limit;

    return collectRows<EvidenceEvent>(store.exec(sql, binds), readEvidenceEvent);
}

Result<QByteArray> governanceCsv(Store &store, const GovernanceFilter &filter)
{
    QByteArray out = csvRow({u"seq"_s, u"at"_s, u"actor"_s, u"connector"_s, u"kind"_s, u"summary"_s,
                             u"event_id"_s, u"hash"_s});
    constexpr int kPage = 1000;
    qint64 before = 0;
    for (;;) {
        auto page = governanceEvents(store, filter, before, kPage);
        if (!page)
            return page.error();
        for (const EvidenceEvent &e : std::as_const(*page)) {
            out += csvRow({QString::number(e.seq), isoTime(e.at), e.actor, e.connector,
                           wordOf(e.kind), e.summary, e.eventId, QString::fromLatin1(e.hash)});
        }
        if (page->size() < kPage)
            break;
        before = page->constLast().seq;
    }
    return out;
}

Result<QList<EvidenceEvent>> eventsAround(Store &store, qint64 seq, int radius)
{
    const qint64 first = qMax<qint64>(1, seq - radius);
    const qint64 last = seq + radius;
    if (radius < 0 || last < first)
        return QList<EvidenceEvent>();
    auto events = EvidenceChain(store).page(first - 1, int(last - first + 1));
    if (!events)
        return events.error();
    // A chain with a gap (a deleted event) would otherwise run on past the window.
    events->removeIf([last](const EvidenceEvent &e) { return e.seq > last; });
    return events;
}

} // namespace airlock
