#include "bundleproofs.h"

#include "proof/checkpointing.h"
#include "proof/checkpointlog.h"
#include "proof/localtrust.h"
#include "proof/merkletree.h"
#include "proof/signingkey.h"
#include "proof/storeleaves.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

// The newest checkpoint in the store that covers lastSeq and that this machine can vouch
// for: readable, signed by a trusted key, of this store. Others are not offered to a third
// party: a checkpoint nobody here trusts proves nothing.
Result<std::optional<Checkpoint>> newestCovering(Store &store, qint64 lastSeq)
{
    if (store.schemaVersion() < kCheckpointsSchemaVersion)
        return std::optional<Checkpoint>();
    auto keys = trustedKeys();
    if (!keys)
        return keys.error();
    CheckpointLog log(store);
    auto id = log.storeId();
    if (!id)
        return id.error();
    auto stored = log.all();
    if (!stored)
        return stored.error();
    std::optional<Checkpoint> best;
    for (const StoredCheckpoint &row : std::as_const(*stored)) {
        if (!row.checkpoint)
            continue;
        const Checkpoint &c = *row.checkpoint;
        if (c.size < lastSeq || c.storeId != *id || !c.signatureValid() || !keys->trusts(c.publicKey))
            continue;
        if (!best || c.size > best->size || (c.size == best->size && c.time > best->time))
            best = c;
    }
    return best;
}

} // namespace

Result<RunProofs> proveRunEvents(Store &store, const QList<EvidenceEvent> &events, const BundleOptions &options)
{
    RunProofs proofs;
    QList<qint64> indices;
    indices.reserve(events.size());
    for (const EvidenceEvent &e : events) {
        // On a shared store an event is durable before it is sealed (ordered and hashed): a
        // bundle holds only sealed events, whose place in the log is fixed.
        if (e.seq <= 0 || e.hash.isEmpty())
            return Error{ErrorCode::Integrity,
                         u"event %1 of run %2 is not sealed yet (no sequence number or hash): export the "
                         u"bundle once it is"_s.arg(e.eventId, e.runId)};
        indices << e.seq - 1;
    }
    const qint64 lastSeq = events.isEmpty() ? 0 : events.constLast().seq;
    auto covering = newestCovering(store, lastSeq);
    if (!covering)
        return covering.error();
    if (*covering) {
        proofs.checkpoint = **covering;
    } else {
        if (!options.makeCheckpoint)
            return Error{ErrorCode::NotFound,
                         u"no trusted checkpoint covers event #%1 yet ('airlockctl checkpoint' makes one)"_s.arg(lastSeq)};
        auto key = SigningKey::loadOrCreate(options.keyPath.isEmpty() ? SigningKey::defaultPath() : options.keyPath);
        if (!key)
            return key.error();
        auto made = makeCheckpoint(store, *key, CheckpointingOptions{true});
        if (!made)
            return made.error();
        proofs.checkpoint = made->checkpoint;
        proofs.madeOnExport = true;
        proofs.inStore = made->recorded;
        proofs.notInStoreBecause = made->notRecordedBecause;
        if (proofs.checkpoint.size < lastSeq)
            return Error{ErrorCode::Integrity,
                         u"the checkpoint made now covers %1 events, but the run has event #%2: the log "
                         u"read short, run airlockctl verify"_s.arg(proofs.checkpoint.size).arg(lastSeq)};
    }
    const Checkpoint &c = proofs.checkpoint;
    auto proven = merkle::inclusionProofs(storeLeafReader(store), indices, c.size);
    if (!proven)
        return proven.error();
    if (proven->root != c.root)
        return Error{ErrorCode::Integrity,
                     u"the store no longer matches the %1: its first %2 events give another root "
                     u"(run airlockctl verify)"_s.arg(c.describe(), QString::number(c.size))};
    // Each proof checked as the third party will check it, from the event's own hash: a
    // store whose row changed under the walk must not produce a bundle that fails later.
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!merkle::verifyInclusion(indices.at(i), c.size, merkle::eventLeafHash(events.at(i).hash),
                                     proven->paths.at(i), c.root))
            return Error{ErrorCode::Integrity,
                         u"event #%1 is not in the %2 (run airlockctl verify)"_s.arg(
                             QString::number(events.at(i).seq), c.describe())};
    }
    proofs.paths = proven->paths;
    return proofs;
}

QByteArray proofsText(const QList<EvidenceEvent> &events, const QList<QList<QByteArray>> &paths)
{
    QByteArray text;
    for (qsizetype i = 0; i < events.size(); ++i) {
        text += QByteArray::number(events.at(i).seq);
        for (const QByteArray &h : paths.at(i))
            text += ' ' + h.toHex();
        text += '\n';
    }
    return text;
}

} // namespace airlock
