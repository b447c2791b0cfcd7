#include "bundlestorecheck.h"

#include "proof/checkpointlog.h"
#include "proof/merkletree.h"
#include "proof/storeleaves.h"
#include "store/evidencechain.h"
#include "store/store.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

QString shortHex(const QByteArray &hex)
{
    return QString::fromLatin1(hex.left(12)) + u"…"_s;
}

} // namespace

Result<BundleStoreCheck> checkBundleAgainstStore(Store &store, const BundleCheck &bundle)
{
    BundleStoreCheck c;
    auto fail = [&c](const QString &problem) {
        c.problem = problem;
        return c;
    };
    auto head = EvidenceChain(store).headSeq();
    if (!head)
        return head.error();
    c.storeSize = *head;
    const std::optional<Checkpoint> &checkpoint = bundle.checkpoint;

    // 1. The same store, and not shorter than what the bundle saw.
    if (checkpoint) {
        if (store.schemaVersion() < kCheckpointsSchemaVersion)
            return fail(u"another store: the bundle's checkpoint is of store %1, and %2 has no store "
                        u"identity (schema version %3)"_s.arg(checkpoint->storeId, store.url().display(),
                                                              QString::number(store.schemaVersion())));
        auto id = CheckpointLog(store).storeId();
        if (!id)
            return id.error();
        if (*id != checkpoint->storeId)
            return fail(u"another store: the bundle's checkpoint is of store %1, %2 is store %3"_s.arg(
                checkpoint->storeId, store.url().display(), *id));
        if (c.storeSize < checkpoint->size)
            return fail(u"store truncated below the checkpoint: the store has %1 events, the bundle's %2 "
                        u"covers %3"_s.arg(QString::number(c.storeSize), checkpoint->describe(),
                                           QString::number(checkpoint->size)));
    } else if (c.storeSize < bundle.headSeq) {
        return fail(u"store truncated: the store has %1 events, the bundle was exported when it had %2"_s.arg(
            c.storeSize).arg(bundle.headSeq));
    }

    // 2. Each event of the bundle, where the bundle has it; and none of the run's left out.
    auto events = EvidenceChain(store).forRun(bundle.runId);
    if (!events)
        return events.error();
    QHash<qint64, QByteArray> stored;
    for (const EvidenceEvent &e : std::as_const(*events))
        stored.insert(e.seq, e.hash);
    for (qsizetype i = 0; i < bundle.seqs.size(); ++i) {
        const qint64 seq = bundle.seqs.at(i);
        if (!stored.contains(seq)) {
            auto other = EvidenceChain(store).bySeq(seq);
            if (!other)
                return fail(u"event #%1 is not in the store (it has %2 events)"_s.arg(seq).arg(c.storeSize));
            if (other->hash != bundle.hashes.at(i))
                return fail(u"event #%1 rewritten: the store's event #%1 has hash %2, the bundle's %3"_s.arg(
                    QString::number(seq), shortHex(other->hash), shortHex(bundle.hashes.at(i))));
            return fail(u"event #%1 is no longer of run %2 in the store"_s.arg(QString::number(seq), bundle.runId));
        }
        if (stored.value(seq) != bundle.hashes.at(i))
            return fail(u"event #%1 rewritten: the store's event #%1 has hash %2, the bundle's %3"_s.arg(
                QString::number(seq), shortHex(stored.value(seq)), shortHex(bundle.hashes.at(i))));
    }
    // Events of the run after the chain's head at export came later; those before it belong in
    // the bundle.
    const qint64 exportedAt = bundle.headSeq;
    const QSet<qint64> inBundle(bundle.seqs.cbegin(), bundle.seqs.cend());
    for (const EvidenceEvent &e : std::as_const(*events)) {
        if (e.seq > 0 && e.seq <= exportedAt && !inBundle.contains(e.seq))
            return fail(u"the bundle lacks event #%1 of run %2, which the store holds"_s.arg(
                QString::number(e.seq), bundle.runId));
    }

    // 3. The log the checkpoint signed is still the store's first `size` events.
    if (checkpoint) {
        auto root = merkle::subtreeRoot(storeLeafReader(store), 0, checkpoint->size);
        if (!root)
            return fail(u"the store's log no longer holds the checkpoint's %1 events: %2"_s.arg(
                QString::number(checkpoint->size), root.message()));
        if (*root != checkpoint->root)
            return fail(u"the store's log was rewritten: its first %1 events no longer give the root of the "
                        u"bundle's %2 (the run's own events are unchanged; airlockctl verify names the "
                        u"rest)"_s.arg(QString::number(checkpoint->size), checkpoint->describe()));
    } else if (bundle.headSeq > 0) {
        auto headEvent = EvidenceChain(store).bySeq(bundle.headSeq);
        if (!headEvent)
            return fail(u"event #%1 (the chain's head at export) is not in the store"_s.arg(bundle.headSeq));
        if (headEvent->hash != bundle.headHash)
            return fail(u"event #%1 rewritten: the chain's head at export had hash %2, the store's event "
                        u"#%1 has %3"_s.arg(QString::number(bundle.headSeq), shortHex(bundle.headHash),
                                            shortHex(headEvent->hash)));
    }
    c.consistent = true;
    return c;
}

} // namespace airlock
