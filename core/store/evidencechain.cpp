#include "evidencechain.h"

#include "canonicaljson.h"
#include "clock.h"
#include "runs/runflags.h"
#include "store.h"
#include "storeroles.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString kColumns = evidenceColumns();

EvidenceEvent readEvent(const QSqlQuery &q)
{
    return readEvidenceEvent(q);
}

} // namespace

const QString &evidenceColumns()
{
    static const QString columns =
        u"seq, event_id, at, kind, actor, connector, run_id, tool, power, target, result, "
        u"summary, payload, prev_hash, hash"_s;
    return columns;
}

EvidenceEvent readEvidenceEvent(const QSqlQuery &q)
{
    EvidenceEvent e;
    e.seq = q.value(0).toLongLong();
    e.eventId = q.value(1).toString();
    e.at = timeFromDb(q.value(2));
    // Unknown words survive a round trip through verify: they are hashed as stored.
    e.kind = parseWord<EventKind>(q.value(3).toString()).value_or(EventKind::Output);
    e.actor = q.value(4).toString();
    e.connector = q.value(5).toString();
    e.runId = q.value(6).toString();
    e.tool = q.value(7).toString();
    e.power = parseWord<Power>(q.value(8).toString());
    e.target = q.value(9).toString();
    e.result = parseWord<EventResult>(q.value(10).toString()).value_or(EventResult::Failure);
    e.summary = q.value(11).toString();
    e.payload = q.value(12).toString().toUtf8();
    e.prevHash = q.value(13).toString().toLatin1();
    e.hash = q.value(14).toString().toLatin1();
    return e;
}

namespace {

// The stored words, exactly: verify must hash what is in the row, not our parse of it.
struct RawWords
{
    QString kind, power, result;
};

QByteArray storedBytesHash(const QByteArray &prev, const QSqlQuery &q)
{
    EvidenceEvent e = readEvent(q);
    QByteArray bytes = canonicalEventBytes(e);
    // If a stored word is not in our vocabulary the parse above changed it; such a row
    // cannot have been written by Airlock, so it must fail verification: hash the raw text.
    const RawWords raw{q.value(3).toString(), q.value(8).toString(), q.value(10).toString()};
    if (raw.kind != wordOf(e.kind) || raw.result != wordOf(e.result)
        || raw.power != (e.power ? wordOf(*e.power) : QString())) {
        bytes += "\x01"; // deliberately unequal
    }
    QByteArray all = prev;
    all += bytes;
    return sha256Hex(all);
}

Result<QList<EvidenceEvent>> collect(Result<QSqlQuery *> q)
{
    return collectRows<EvidenceEvent>(q, readEvidenceEvent);
}

} // namespace

// Keeps the run row's flags and connectors touched (migration 3) in step with its evidence,
// inside the same transaction, so the runs list never reads evidence to show or filter them.
Status EvidenceChain::noteOnRun(const EvidenceEvent &event)
{
    if (event.runId.isEmpty())
        return {};
    if (const int flags = runFlagsOf(event); flags != 0) {
        auto q = store_.exec(u"UPDATE runs SET flags = flags | ? WHERE id = ? AND (flags & ?) <> ?"_s,
                             {flags, event.runId, flags, flags});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() > 0)
            store_.touch(u"runs"_s);
    }
    if (!event.connector.isEmpty()) {
        auto q = store_.exec(u"INSERT INTO run_connectors (run_id, connector, started_at) "
                             u"SELECT id, ?, started_at FROM runs WHERE id = ? "
                             u"ON CONFLICT (run_id, connector) DO NOTHING"_s,
                             {event.connector, event.runId});
        if (!q)
            return q.status();
    }
    return {};
}

Result<EvidenceEvent> EvidenceChain::append(EvidenceEvent event)
{
    const bool idGiven = !event.eventId.isEmpty();
    if (!idGiven)
        event.eventId = newId();
    if (!event.at.isValid())
        event.at = currentTime();
    if (event.actor.isEmpty())
        event.actor = store_.actor();
    if (event.actor.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"an evidence event needs an actor"_s};

    if (store_.backend() == Backend::Postgres)
        return recordForSealing(std::move(event), idGiven);

    std::optional<EvidenceEvent> recorded;
    const Status s = store_.write([&]() -> Status {
        Store::ChainHead &head = store_.chainHead();
        if (head.seq < 0) {
            auto q = store_.exec(chainHeadSql(store_));
            if (!q)
                return q.status();
            head = {0, kGenesisHash};
            if ((*q)->next() && !(*q)->value(0).isNull())
                head = {(*q)->value(0).toLongLong(), (*q)->value(1).toString().toLatin1()};
            (*q)->finish();
        }
        event.seq = head.seq + 1;
        event.prevHash = head.hash;
        event.hash = chainHash(event.prevHash, event);
        // A retried event id inserts nothing; then the recorded event is returned instead.
        auto insert = store_.exec(
            u"INSERT INTO evidence (seq, event_id, at, kind, actor, connector, run_id, tool, "
            u"power, target, result, summary, payload, prev_hash, hash) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING"_s,
            {event.seq, event.eventId, toDb(event.at), wordOf(event.kind), event.actor,
             event.connector, event.runId, event.tool,
             event.power ? wordOf(*event.power) : QString(), event.target, wordOf(event.result),
             event.summary, QString::fromUtf8(event.payload), QString::fromLatin1(event.prevHash),
             QString::fromLatin1(event.hash)});
        if (!insert)
            return insert.status();
        if ((*insert)->numRowsAffected() == 0) {
            auto existing = store_.exec(u"SELECT "_s + kColumns + u" FROM evidence WHERE event_id = ?"_s,
                                        {event.eventId});
            if (!existing)
                return existing.status();
            if (!(*existing)->next())
                return Status::failure(ErrorCode::Integrity, u"evidence %1 was neither inserted nor found"_s.arg(event.eventId));
            recorded = readEvent(**existing);
            (*existing)->finish();
            return {};
        }
        head = {event.seq, event.hash};
        store_.touch(u"evidence"_s);
        if (Status noted = noteOnRun(event); !noted)
            return noted;
        recorded = event;
        return {};
    });
    if (!s)
        return s.error();
    return *recorded;
}

namespace {

QVariantList contentBinds(const EvidenceEvent &e)
{
    return {e.eventId, toDb(e.at), wordOf(e.kind), e.actor, e.connector, e.runId, e.tool,
            e.power ? wordOf(*e.power) : QString(), e.target, wordOf(e.result), e.summary,
            QString::fromUtf8(e.payload)};
}

} // namespace

Result<EvidenceEvent> EvidenceChain::recordForSealing(EvidenceEvent event, bool idGiven)
{
    // A retried event id that is in the log already: the recorded event, nothing written.
    // (An id made here is new: no need to look.)
    if (idGiven) {
        auto found = store_.exec(u"SELECT "_s + kColumns + u" FROM evidence WHERE event_id = ?"_s,
                                 {event.eventId});
        if (!found)
            return found.error();
        if ((*found)->next()) {
            EvidenceEvent recorded = readEvent(**found);
            (*found)->finish();
            return recorded;
        }
        (*found)->finish();
    }
    if (!store_.inWrite())
        return appendAndSeal(std::move(event));
    // Inside a caller's write: recorded in it, and sealed within it, so the caller learns the
    // sequence number it may cite (it already holds the writer lock through its commit).
    bool inserted = false;
    const Status s = store_.write(
        [&]() -> Status {
            auto insert = store_.exec(
                u"INSERT INTO evidence_intake (event_id, at, kind, actor, connector, run_id, tool, "
                u"power, target, result, summary, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                u"ON CONFLICT (event_id) DO NOTHING"_s,
                contentBinds(event));
            if (!insert)
                return insert.status();
            inserted = (*insert)->numRowsAffected() > 0;
            if (!inserted)
                return {}; // recorded before and still waiting: the seal below places it
            store_.touch(u"evidence"_s);
            return noteOnRun(event);
        },
        SqlDialect::Lock::None);
    if (!s)
        return s.error();
    event.seq = 0;
    event.prevHash.clear();
    event.hash.clear();
    auto link = store_.seal(event.eventId);
    if (!link)
        return link.error(); // the caller's transaction is lost with the statement
    if (!link->problem.isEmpty())
        qWarning("airlock: evidence %s waits to be sealed: %s", qPrintable(event.eventId),
                 qPrintable(link->problem));
    if (link->seq == 0)
        return event;
    if (!inserted)
        return bySeq(link->seq);
    event.seq = link->seq;
    event.prevHash = link->prevHash;
    event.hash = link->hash;
    return event;
}

// On its own: one CALL records the event with the run's upkeep, commits (the event is
// durable before the caller acts on it), and seals — one round trip, no lock held by anyone
// across the recording's commit (migration 8, airlock_append).
Result<EvidenceEvent> EvidenceChain::appendAndSeal(EvidenceEvent event)
{
    if (store_.isReadOnly())
        return Error{ErrorCode::StoreUnavailable,
                     u"store %1 is read-only: nothing was written"_s.arg(store_.url().display())};
    // PostgreSQL cannot PREPARE a CALL: the values go in as literals, each escaped by the
    // driver (libpq's PQescapeStringConn), never pasted in by hand.
    QVariantList values = contentBinds(event);
    values << runFlagsOf(event);
    QStringList literals;
    const QSqlDriver *driver = store_.database().driver();
    for (const QVariant &v : std::as_const(values)) {
        QSqlField field(QString(), v.metaType());
        field.setValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
        literals << driver->formatValue(field);
    }
    QSqlQuery q(store_.database());
    q.setForwardOnly(true);
    if (!q.exec(u"CALL airlock_append(%1)"_s.arg(literals.join(u", "_s))))
        return store_.errorFrom(q.lastError(), u"cannot record evidence"_s);
    Store::SealedLink link;
    bool recorded = false;
    if (q.next()) {
        if (!q.value(0).isNull())
            link = {q.value(0).toLongLong(), q.value(1).toString().toLatin1(),
                    q.value(2).toString().toLatin1(), QString()};
        link.problem = q.value(3).toString();
        recorded = q.value(4).toBool();
    }
    q.finish();
    if (recorded)
        store_.announce({u"evidence"_s});
    event.seq = 0;
    event.prevHash.clear();
    event.hash.clear();
    if (!link.problem.isEmpty())
        qWarning("airlock: evidence %s waits to be sealed: %s", qPrintable(event.eventId),
                 qPrintable(link.problem));
    if (link.seq == 0)
        return event; // recorded and durable; its place in the log follows the next seal
    if (!recorded)
        return bySeq(link.seq); // a retry: the event as first recorded
    event.seq = link.seq;
    event.prevHash = link.prevHash;
    event.hash = link.hash;
    return event;
}

Result<qint64> EvidenceChain::pendingCount()
{
    if (store_.backend() != Backend::Postgres)
        return qint64(0);
    auto q = store_.exec(u"SELECT count(*) FROM evidence_intake"_s);
    if (!q)
        return q.error();
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

Result<EvidenceEvent> EvidenceChain::bySeq(qint64 seq)
{
    auto events = collect(store_.exec(u"SELECT "_s + kColumns + u" FROM evidence WHERE seq = ?"_s, {seq}));
    if (!events)
        return events.error();
    if (events->isEmpty())
        return Error{ErrorCode::NotFound, u"no evidence event #%1"_s.arg(seq)};
    return events->constFirst();
}

Result<QList<EvidenceEvent>> EvidenceChain::forRun(const QString &runId)
{
    return collect(store_.exec(
        u"SELECT "_s + kColumns + u" FROM evidence WHERE run_id = ? ORDER BY seq"_s, {runId}));
}

Result<QList<EvidenceEvent>> EvidenceChain::lastForRun(const QString &runId, int limit)
{
    auto events = collect(store_.exec(
        u"SELECT "_s + kColumns + u" FROM evidence WHERE run_id = ? ORDER BY seq DESC LIMIT ?"_s,
        {runId, limit}));
    if (events)
        std::reverse(events->begin(), events->end());
    return events;
}

Result<QList<EvidenceEvent>> EvidenceChain::forConnector(const QString &connector, int limit)
{
    return collect(store_.exec(u"SELECT "_s + kColumns
                                   + u" FROM evidence WHERE connector = ? ORDER BY seq DESC LIMIT ?"_s,
                               {connector, limit}));
}

Result<QList<EvidenceEvent>> EvidenceChain::page(qint64 afterSeq, int limit)
{
    return collect(store_.exec(
        u"SELECT "_s + kColumns + u" FROM evidence WHERE seq > ? ORDER BY seq LIMIT ?"_s,
        {afterSeq, limit}));
}

QString chainHeadSql(const Store &store)
{
    return store.isShared() ? u"SELECT seq, hash FROM airlock_chain_tip()"_s
                            : u"SELECT seq, hash FROM evidence ORDER BY seq DESC LIMIT 1"_s;
}

Result<qint64> EvidenceChain::headSeq()
{
    auto q = store_.exec(chainHeadSql(store_));
    if (!q)
        return q.error();
    const qint64 head = (*q)->next() ? (*q)->value(0).toLongLong() : 0; // NULL reads as 0
    (*q)->finish();
    return head;
}

void EvidenceChain::VerifyReport::add(Finding::Kind kind, qint64 seq, const QString &why)
{
    if (intact) {
        intact = false;
        firstBadSeq = seq;
        problem = why;
    }
    if (findings.size() < kMaxFindings)
        findings << Finding{kind, seq, why};
    else
        ++omitted;
}

Result<EvidenceChain::VerifyReport> EvidenceChain::verify(
    const std::function<bool(qint64, qint64)> &progress,
    const std::function<void(qint64, const QByteArray &)> &onEvent)
{
    return verifyAfter(0, kGenesisHash, progress, onEvent);
}

Result<EvidenceChain::VerifyReport> EvidenceChain::verifyAfter(
    qint64 afterSeq, const QByteArray &afterHash,
    const std::function<bool(qint64, qint64)> &progress,
    const std::function<void(qint64, const QByteArray &)> &onEvent)
{
    if (store_.isShared()) {
        // An agent sees only its own evidence: the gaps would read as tampering.
        auto roles = readSessionRoles(store_);
        if (!roles)
            return roles.error();
        const QList<StoreRole> readers = {StoreRole::Investigator, StoreRole::Reviewer,
                                          StoreRole::Lead, StoreRole::Owner};
        if (std::none_of(readers.cbegin(), readers.cend(), [&](StoreRole r) { return roles->has(r); }))
            return Error{ErrorCode::Denied,
                         u"verifying the chain needs a login that reads all evidence: %1"_s.arg(
                             roles->whyNot(u"verify"_s, readers))};
    }
    VerifyReport report;
    // Events recorded but not yet sealed are not tampering; place them first, so the walk
    // covers them, and count what could not be placed (with the database's reason).
    if (auto sealed = store_.seal(); !sealed)
        report.sealProblem = sealed.message();
    else
        report.sealProblem = sealed->problem;
    auto total = headSeq();
    if (!total)
        return total.error();
    const auto broken = [&report](qint64 seq, const QString &why) {
        report.add(Finding::Kind::BrokenLink, seq, why);
    };
    QByteArray prevHash = afterHash;
    qint64 expected = afterSeq + 1; // the sequence number the next row must have
    qint64 lastSeq = afterSeq;      // the last row read: pages continue after it, whatever it was
    const qint64 toCheck = qMax<qint64>(0, *total - afterSeq);
    constexpr int kPage = 2000;
    for (;;) {
        // A plain query per page: verify must not hold a cached statement open for long.
        QSqlQuery q(store_.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + kColumns + u" FROM evidence WHERE seq > ? ORDER BY seq LIMIT ?"_s);
        q.addBindValue(lastSeq);
        q.addBindValue(kPage);
        if (!q.exec())
            return store_.errorFrom(q.lastError(), u"cannot read the evidence chain"_s);
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray storedPrev = q.value(13).toString().toLatin1();
            const QByteArray storedHash = q.value(14).toString().toLatin1();
            // After a broken link the walk goes on from the row as stored, so one bad row is
            // one finding and everything after it is still checked.
            if (seq != expected) {
                broken(expected, u"event #%1 is missing (the chain jumps from #%2 to #%3)"_s.arg(
                                     QString::number(expected), QString::number(expected - 1),
                                     QString::number(seq)));
            } else if (storedPrev != prevHash) {
                broken(seq, seq == 1 ? u"event #1 does not start from the genesis link"_s
                                     : u"event #%1 does not link to event #%2 (its previous hash "
                                       u"is %3…, event #%2's hash is %4…)"_s.arg(
                                           QString::number(seq), QString::number(seq - 1),
                                           QString::fromLatin1(storedPrev.left(12)),
                                           QString::fromLatin1(prevHash.left(12))));
            }
            if (storedPrev == prevHash || seq != expected) {
                // A missing predecessor already explains a link that does not match.
                if (storedBytesHash(storedPrev, q) != storedHash)
                    broken(seq, u"event #%1 does not match its hash: it was changed after it was "
                                u"recorded"_s.arg(seq));
            }
            if (onEvent)
                onEvent(seq, storedHash);
            prevHash = storedHash;
            lastSeq = seq;
            expected = seq < std::numeric_limits<qint64>::max() ? seq + 1 : seq;
            ++report.checked;
        }
        if (progress && !progress(report.checked, toCheck)) {
            report.cancelled = true;
            return report;
        }
        if (rows < kPage || lastSeq == std::numeric_limits<qint64>::max())
            break;
    }
    auto pending = pendingCount();
    if (!pending)
        return pending.error();
    report.pending = *pending;
    return report;
}

} // namespace airlock
