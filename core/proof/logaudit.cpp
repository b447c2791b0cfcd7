#include "logaudit.h"

#include "checkpointlog.h"
#include "localtrust.h"
#include "merkletree.h"
#include "store/canonicaljson.h"
#include "store/store.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

using Finding = EvidenceChain::Finding;
using Kind = Finding::Kind;

// A checkpoint the log is checked against, and where it came from.
struct Anchor
{
    Checkpoint checkpoint;
    QString source; // "the checkpoint of 12 events made …" / "this machine's witness (…)"
    bool witness = false;
    bool inStore = false;
    qsizetype status = -1; // its row in LogAudit::anchorStatus
    // Filled by the walk:
    bool reached = false; // the log had at least checkpoint.size events
    bool matches = false;
    QByteArray storeRoot; // the root of the store's first checkpoint.size events
};

QString shortHex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex().left(12)) + u"…"_s;
}

} // namespace

bool LogAudit::anchorsHold() const
{
    return std::none_of(report.findings.cbegin(), report.findings.cend(), [](const Finding &f) {
        return f.kind == Kind::Truncated || f.kind == Kind::Rewritten || f.kind == Kind::Forked
            || f.kind == Kind::OtherStore;
    });
}

QString findingWord(Kind kind)
{
    switch (kind) {
    case Kind::BrokenLink: return u"broken_link"_s;
    case Kind::Truncated: return u"truncated"_s;
    case Kind::Rewritten: return u"rewritten"_s;
    case Kind::Forked: return u"forked"_s;
    case Kind::SignatureInvalid: return u"signature_invalid"_s;
    case Kind::UnknownKey: return u"unknown_key"_s;
    case Kind::OtherStore: return u"other_store"_s;
    }
    return u"broken_link"_s;
}

Result<LogAudit> auditLog(Store &store, const AuditOptions &options,
                          const std::function<bool(qint64, qint64)> &progress)
{
    LogAudit audit;
    QList<Finding> anchorFindings; // reported after the walk's own, in a fixed order
    auto note = [&anchorFindings](Kind kind, qint64 seq, const QString &why) {
        anchorFindings << Finding{kind, seq, why};
    };

    // 1. What to check against: the store's checkpoints that a trusted key signed, and the witness.
    QList<Anchor> anchors;
    const bool hasCheckpoints = store.schemaVersion() >= kCheckpointsSchemaVersion;
    auto keys = trustedKeys();
    if (!keys)
        return keys.error();
    if (hasCheckpoints) {
        CheckpointLog log(store);
        auto id = log.storeId();
        if (!id)
            return id.error();
        audit.storeId = *id;
        auto stored = log.all();
        if (!stored)
            return stored.error();
        int number = 0;
        for (const StoredCheckpoint &row : std::as_const(*stored)) {
            AnchorStatus status;
            status.number = ++number;
            status.rowId = row.id;
            status.size = row.logSize;
            if (row.checkpoint) {
                status.checkpoint = *row.checkpoint;
                status.size = row.checkpoint->size;
                status.signatureValid = row.checkpoint->signatureValid();
                status.trusted = keys->trusts(row.checkpoint->publicKey);
                status.sameStore = row.checkpoint->storeId == audit.storeId;
            }
            audit.anchorStatus << status;
            if (!row.checkpoint) {
                note(Kind::SignatureInvalid, 0, u"checkpoint %1 (%2 events) cannot be checked: %3"_s.arg(
                                                    row.id, QString::number(row.logSize), row.checkpoint.message()));
                continue;
            }
            const Checkpoint &c = *row.checkpoint;
            if (!c.signatureValid()) {
                note(Kind::SignatureInvalid, 0,
                     u"checkpoint signature invalid: the %1 (row %2) does not carry a valid signature of "
                     u"its text — it was changed or forged"_s.arg(c.describe(), row.id));
            } else if (!keys->trusts(c.publicKey)) {
                note(Kind::UnknownKey, 0,
                     u"the %1 is signed by an unknown key %2…: it is not trusted (a public key under "
                     u"trusted-keys/ would make it so)"_s.arg(c.describe(), c.keyId().left(16)));
            } else if (c.storeId != audit.storeId) {
                note(Kind::OtherStore, 0, u"the %1 is of another store (%2, this one is %3)"_s.arg(
                                              c.describe(), c.storeId, audit.storeId));
            } else {
                Anchor a;
                a.checkpoint = c;
                a.source = u"the "_s + c.describe();
                a.inStore = true;
                a.status = audit.anchorStatus.size() - 1;
                anchors << a;
            }
        }
    }
    auto witness = readWitness(store.url());
    const Checkpoint *seen = witness && *witness ? &**witness : nullptr;
    if (!witness) {
        note(Kind::SignatureInvalid, 0, witness.message());
    } else if (*witness) {
        const Checkpoint &w = **witness;
        const QString source = u"this machine's witness (the %1, in %2)"_s.arg(w.describe(), witnessPath(store.url()));
        if (!w.signatureValid()) {
            note(Kind::SignatureInvalid, 0, u"checkpoint signature invalid: %1 does not carry a valid signature"_s.arg(source));
        } else if (hasCheckpoints && w.storeId != audit.storeId) {
            note(Kind::OtherStore, 0,
                 u"the store at %1 was replaced: %2 saw store %3 with %4 events, this is store %5"_s.arg(
                     store.url().display(), source, w.storeId, QString::number(w.size), audit.storeId));
        } else if (!hasCheckpoints) {
            note(Kind::Truncated, 1,
                 u"truncated after #0: %1 covers %2 events, but this store has no checkpoints table "
                 u"(it was replaced by an older one)"_s.arg(source, QString::number(w.size)));
        } else {
            const bool inStore = std::any_of(anchors.cbegin(), anchors.cend(), [&](const Anchor &a) {
                return a.checkpoint.envelope() == w.envelope();
            });
            Anchor a;
            a.checkpoint = w;
            a.source = source;
            a.witness = true;
            a.inStore = inStore;
            if (!inStore) {
                AnchorStatus status;
                status.witness = true;
                status.size = w.size;
                status.checkpoint = w;
                status.signatureValid = true;
                status.trusted = keys->trusts(w.publicKey);
                audit.anchorStatus << status;
                a.status = audit.anchorStatus.size() - 1;
            } else {
                for (AnchorStatus &status : audit.anchorStatus) {
                    if (status.checkpoint && status.checkpoint->envelope() == w.envelope())
                        status.witness = true;
                }
            }
            anchors << a;
        }
    }
    std::stable_sort(anchors.begin(), anchors.end(),
              [](const Anchor &a, const Anchor &b) { return a.checkpoint.size < b.checkpoint.size; });
    audit.anchors = anchors.size();

    // 2. One pass: the chain walk feeds the Merkle tree; at each anchor's size, compare.
    merkle::CompactRange range;
    QByteArray lastHash = kGenesisHash;
    qsizetype next = 0;
    auto reach = [&]() {
        while (next < anchors.size() && anchors.at(next).checkpoint.size == range.size()) {
            Anchor &a = anchors[next++];
            a.reached = true;
            a.storeRoot = range.root();
            a.matches = a.checkpoint.root == range.root() && a.checkpoint.headHash == lastHash
                && a.checkpoint.headSeq == audit.headSeq;
        }
    };
    // From a point this process verified before: the point's own event must still have the
    // hash it had (each chain hash commits to every event before it), and every checkpoint
    // below it must be one already matched; then only the events after it are read.
    const VerifiedPoint *since = options.since;
    if (since && (!since->isValid() || since->storeId != audit.storeId))
        since = nullptr;
    if (since) {
        for (const Anchor &a : std::as_const(anchors)) {
            if (a.checkpoint.size < since->size && !since->anchorsMatched.contains(a.checkpoint.envelope())) {
                since = nullptr; // a checkpoint or witness of the past this process never compared
                break;
            }
        }
    }
    if (since && since->headSeq > 0) {
        auto hash = storedEventHash(store, since->headSeq);
        if (!hash)
            return hash.error();
        audit.rowsRead = 1;
        if (*hash != since->headHash) {
            audit.changedAtOrBefore = since->headSeq;
            note(hash->isEmpty() ? Kind::Truncated : Kind::Rewritten, since->headSeq,
                 hash->isEmpty()
                     ? u"truncated: event #%1, verified before, is gone"_s.arg(since->headSeq)
                     : u"rewritten: event #%1 no longer has the hash it had when it was verified (%2…, now %3…): "
                       u"events up to #%1 were changed since"_s.arg(QString::number(since->headSeq),
                                                                    QString::fromLatin1(since->headHash.left(12)),
                                                                    QString::fromLatin1(hash->left(12))));
            since = nullptr; // the whole walk names the rest
        }
    }
    std::function<void(qint64, const QByteArray &)> onEvent = [&](qint64 seq, const QByteArray &hash) {
        range.add(merkle::eventLeafHash(hash));
        lastHash = hash;
        audit.headSeq = seq;
        reach();
    };
    Result<EvidenceChain::VerifyReport> walked = Error{};
    if (since) {
        audit.incremental = true;
        range = since->range;
        lastHash = since->headHash;
        audit.headSeq = since->headSeq;
        while (next < anchors.size() && anchors.at(next).checkpoint.size < since->size) {
            Anchor &a = anchors[next++];
            a.reached = a.matches = true;
            a.storeRoot = a.checkpoint.root;
        }
        reach();
        walked = walkChainAfter(store, since->headSeq, since->headHash, progress, onEvent);
    } else {
        reach();
        walked = EvidenceChain(store).verify(progress, onEvent);
    }
    if (!walked)
        return walked.error();
    audit.report = *walked;
    audit.rowsRead += walked->checked;
    audit.size = range.size();
    audit.root = range.root();
    audit.headHash = lastHash;
    if (audit.report.cancelled)
        return audit;

    // 3. Name what the anchors say.
    qint64 lastGood = 0; // the largest log size an anchor still vouches for
    for (const Anchor &a : std::as_const(anchors)) {
        if (a.matches)
            lastGood = qMax(lastGood, a.checkpoint.size);
    }
    bool rewrittenNamed = false;
    for (const Anchor &a : std::as_const(anchors)) {
        const Checkpoint &c = a.checkpoint;
        if (!a.reached) {
            QString why = u"truncated after #%1: %2 covers %3 events (up to #%4), the store has %1"_s.arg(
                QString::number(audit.size), a.source, QString::number(c.size), QString::number(c.headSeq));
            const bool storeForgot = a.witness && !a.inStore;
            if (store.backend() == Backend::Sqlite && storeForgot)
                why += u" — WAL lost? if the machine or the process crashed, the store's write-ahead log "
                       u"(%1-wal) may have been lost with events #%2…#%3 in it, which were committed"_s.arg(
                           store.url().path, QString::number(audit.size + 1), QString::number(c.size));
            note(Kind::Truncated, audit.size + 1, why);
            continue;
        }
        if (a.matches)
            continue;
        if (lastGood > c.size) {
            note(Kind::Forked, c.size,
                 u"forked: %1 says the first %2 events had root %3, but a later checkpoint vouches for "
                 u"the store's log, whose first %2 events have a different history: the log was "
                 u"rewritten and checkpointed again"_s.arg(a.source, QString::number(c.size), shortHex(c.root)));
            continue;
        }
        if (rewrittenNamed)
            continue; // the smallest mismatch names the rewrite; larger ones add nothing
        rewrittenNamed = true;
        qint64 from = 0;
        for (const Anchor &b : std::as_const(anchors)) {
            if (b.matches && b.checkpoint.size < c.size)
                from = qMax(from, b.checkpoint.size);
        }
        from += 1;
        QString why = u"rewritten from #%1: events #%1…#%2 no longer match %3 (its root %4, the "
                      u"store's first %2 events now give %5)"_s.arg(
                          QString::number(from), QString::number(c.size), a.source, shortHex(c.root),
                          shortHex(a.storeRoot));
        if (from < c.size)
            why += u"; the first changed event is one of #%1…#%2 (no checkpoint vouches for a point in "
                   u"between)"_s.arg(QString::number(from), QString::number(c.size));
        note(Kind::Rewritten, from, why);
    }
    // Two trusted checkpoints of one size that disagree: two different logs were signed.
    for (qsizetype i = 0; i + 1 < anchors.size(); ++i) {
        const Checkpoint &a = anchors.at(i).checkpoint, &b = anchors.at(i + 1).checkpoint;
        if (a.size == b.size && (a.root != b.root || a.headHash != b.headHash))
            note(Kind::Forked, a.size, u"forked: %1 and %2 both cover %3 events but with different roots "
                                       u"(%4, %5)"_s.arg(anchors.at(i).source, anchors.at(i + 1).source,
                                                         QString::number(a.size), shortHex(a.root), shortHex(b.root)));
    }
    // What a checkpoint says comes first: the walk's broken links may be its consequence.
    if (!anchorFindings.isEmpty()) {
        audit.report.findings = anchorFindings + audit.report.findings;
        audit.report.intact = false;
        audit.report.firstBadSeq = anchorFindings.constFirst().seq;
        audit.report.problem = anchorFindings.constFirst().problem;
    }

    // 4. Remember the newest checkpoint the log matches, when nothing contradicts it.
    for (const Anchor &a : std::as_const(anchors)) {
        if (a.matches && (!audit.newestVouched || a.checkpoint.size > audit.newestVouched->size
                          || (a.checkpoint.size == audit.newestVouched->size && a.checkpoint.time > audit.newestVouched->time)))
            audit.newestVouched = a.checkpoint;
    }
    if (options.rememberWitness && audit.anchorsHold() && audit.newestVouched) {
        if (!seen || (audit.newestVouched->envelope() != seen->envelope()
                      && audit.newestVouched->size >= seen->size)) {
            if (Status s = rememberWitness(store.url(), *audit.newestVouched); !s)
                return s.error();
        }
    }

    // 5. What each checkpoint says, and where the next pass may start.
    for (const Anchor &a : std::as_const(anchors)) {
        if (a.status < 0)
            continue;
        AnchorStatus &status = audit.anchorStatus[a.status];
        status.state = !a.reached ? AnchorStatus::State::Beyond
            : a.matches           ? AnchorStatus::State::Matches
                                  : AnchorStatus::State::Contradicts;
    }
    const bool clean = std::all_of(audit.report.findings.cbegin(), audit.report.findings.cend(),
                                   [](const Finding &f) { return f.kind == Kind::UnknownKey; });
    if (clean && audit.report.omitted == 0) {
        VerifiedPoint &p = audit.reached;
        p.storeId = audit.storeId;
        p.size = range.size();
        p.headSeq = audit.headSeq;
        p.headHash = lastHash;
        p.range = range;
        for (const Anchor &a : std::as_const(anchors)) {
            if (a.matches)
                p.anchorsMatched << a.checkpoint.envelope();
        }
    }
    return audit;
}

} // namespace airlock
