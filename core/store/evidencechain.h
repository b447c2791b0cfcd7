#pragma once

#include "domain/evidenceevent.h"
#include "result.h"

#include <QList>

class QSqlQuery;
#include <functional>

namespace airlock {

class Store;

// The evidence table's columns in the order readEvidenceEvent() expects, for queries that
// select events with their own WHERE clauses (governance log, exports).
const QString &evidenceColumns();
EvidenceEvent readEvidenceEvent(const QSqlQuery &query);
// The query for the chain's head (seq, hash; no row, or NULLs, when the chain is empty). On a
// shared store it goes through airlock_chain_tip(): an agent sees only its own evidence, yet
// appending needs the head.
QString chainHeadSql(const Store &store);

// The append-only, hash-chained evidence log (DESIGN §5).
class EvidenceChain
{
public:
    explicit EvidenceChain(Store &store) : store_(store) {}

    // Appends one event (joining the caller's write, or in its own). Fills in — when empty —
    // event id, time and actor. Appending an event id that is already recorded returns the
    // recorded event and writes nothing.
    // SQLite: under the file's writer lock, the core takes the head and hashes. PostgreSQL:
    // the event is recorded with no lock, durable at its commit, and the database seals it
    // into the log (seq, hashes) just after — or, inside a caller's write, within it. seq and
    // hashes are filled in; they are 0/empty only when the log cannot be sealed (a head
    // poisoned past the database's guards: verify names it; the event is kept, nothing lost).
    Result<EvidenceEvent> append(EvidenceEvent event);

    Result<EvidenceEvent> bySeq(qint64 seq);
    Result<QList<EvidenceEvent>> forRun(const QString &runId);
    // The last `limit` events of a run, oldest first.
    Result<QList<EvidenceEvent>> lastForRun(const QString &runId, int limit);
    // Newest first, at most limit, optionally only blocked/failed ones first is up to callers.
    Result<QList<EvidenceEvent>> forConnector(const QString &connector, int limit);
    // Events with seq > afterSeq in order, at most limit (keyset paging).
    Result<QList<EvidenceEvent>> page(qint64 afterSeq, int limit);
    Result<qint64> headSeq();
    // Events recorded but not yet sealed into the log (always 0 on SQLite).
    Result<qint64> pendingCount();

    // One thing verify found wrong. The chain walk finds broken links; checking the log
    // against signed checkpoints and witnesses (core/proof/logaudit.h) finds the rest.
    struct Finding
    {
        enum class Kind {
            BrokenLink,       // a row does not match its hash, does not link, or is missing
            Truncated,        // the store has fewer events than a checkpoint or witness saw
            Rewritten,        // events a checkpoint or witness vouches for changed
            Forked,           // two checkpoints disagree about the same log
            SignatureInvalid, // a checkpoint whose signature does not verify
            UnknownKey,       // a checkpoint signed by a key this machine does not trust
            OtherStore,       // a checkpoint or witness of another store
        };
        Kind kind = Kind::BrokenLink;
        qint64 seq = 0; // the first event concerned (0: none in particular)
        QString problem;
    };

    struct VerifyReport
    {
        bool intact = true;
        qint64 checked = 0;     // events checked
        qint64 firstBadSeq = 0; // 0 when intact
        QString problem;        // what is wrong with the first bad link, in words
        bool cancelled = false;
        // Events recorded (durable) but not yet sealed into the log: on a shared store they
        // are ordered and hashed in batches just after their commit (see append()). Verify
        // seals what it can first; what remains is counted here, with the reason.
        qint64 pending = 0;
        QString sealProblem;
        // Everything found, in the order found: the walk does not stop at the first broken
        // link, so a bad row someone inserted cannot hide later tampering. At most
        // kMaxFindings are kept; omitted counts the rest.
        QList<Finding> findings;
        qint64 omitted = 0;
        static constexpr int kMaxFindings = 100;

        void add(Finding::Kind kind, qint64 seq, const QString &problem);
    };
    // Walks the whole chain in order. progress(done, total) may return false to cancel.
    // onEvent(seq, storedHash) sees every row read, in order (the Merkle leaves).
    Result<VerifyReport> verify(const std::function<bool(qint64, qint64)> &progress = {},
                                const std::function<void(qint64, const QByteArray &)> &onEvent = {});
    // The same walk from after event #afterSeq, whose chain hash is afterHash (the point a
    // previous pass verified: core/proof/verifiedpoint.h); progress counts the rows after it.
    Result<VerifyReport> verifyAfter(qint64 afterSeq, const QByteArray &afterHash,
                                     const std::function<bool(qint64, qint64)> &progress = {},
                                     const std::function<void(qint64, const QByteArray &)> &onEvent = {});

private:
    Status noteOnRun(const EvidenceEvent &event);
    // PostgreSQL: records the event for the database to seal into the log (migration 8).
    Result<EvidenceEvent> recordForSealing(EvidenceEvent event, bool idGiven);
    Result<EvidenceEvent> appendAndSeal(EvidenceEvent event);

    Store &store_;
};

} // namespace airlock
