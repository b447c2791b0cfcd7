#include "witnesskeeper.h"

#include "checkpointlog.h"
#include "localtrust.h"
#include "store/evidencechain.h"
#include "store/store.h"
#include "verifiedpoint.h"

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

using Outcome = WitnessCheck::Outcome;

QString n(qint64 value)
{
    return QString::number(value);
}

// The newest checkpoint row (largest log, then latest), or none.
Result<std::optional<StoredCheckpoint>> newestCheckpoint(Store &store)
{
    auto q = store.exec(u"SELECT id, log_size, envelope FROM checkpoints "
                        u"ORDER BY log_size DESC, made_at DESC, id DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    std::optional<StoredCheckpoint> row;
    if ((*q)->next()) {
        StoredCheckpoint c;
        c.id = (*q)->value(0).toString();
        c.logSize = (*q)->value(1).toLongLong();
        c.envelope = (*q)->value(2).toString().toLatin1();
        c.checkpoint = Checkpoint::parse(c.envelope);
        row = c;
    }
    (*q)->finish();
    return row;
}

WitnessCheck found(Outcome outcome, const QString &message,
                   const std::optional<Checkpoint> &witness)
{
    WitnessCheck check;
    check.outcome = outcome;
    check.message = message;
    check.witness = witness;
    return check;
}

} // namespace

Result<WitnessCheck> keepWitness(Store &store)
{
    auto read = readWitness(store.url());
    if (!read)
        return read.error();
    const std::optional<Checkpoint> w = *read;
    const QString seen = w ? u"this machine's witness (the %1)"_s.arg(w->describe()) : QString();
    auto head = EvidenceChain(store).headSeq();
    if (!head)
        return head.error();

    if (store.schemaVersion() < kCheckpointsSchemaVersion) {
        if (w)
            return found(Outcome::Behind,
                         u"the store at %1 keeps no checkpoints, but %2 vouches for %3 events: it "
                         u"was replaced "
                         u"by an older store"_s.arg(store.url().display(), seen, n(w->size)),
                         w);
        return found(Outcome::NothingToCheck, {}, w);
    }
    CheckpointLog log(store);
    auto storeId = log.storeId();
    if (!storeId)
        return storeId.error();

    // 1. The store against what this machine saw before.
    if (w) {
        if (w->storeId != *storeId)
            return found(Outcome::Contradicts,
                         u"the store at %1 was replaced: %2 is of store %3, this is store %4"_s.arg(
                             store.url().display(), seen, w->storeId, *storeId),
                         w);
        if (*head < w->size)
            return found(
                Outcome::Behind,
                u"truncated: the store has %1 events but %2 vouches for %3: events #%4–#%3 are missing"_s
                    .arg(n(*head), seen, n(w->size), n(*head + 1)),
                w);
        auto hash = storedEventHash(store, w->headSeq);
        if (!hash)
            return hash.error();
        if (!hash->isEmpty() && *hash != w->headHash)
            return found(Outcome::Contradicts,
                         u"rewritten: event #%1 no longer has the hash %2 recorded (%3…, now %4…): "
                         u"events up to "
                         u"#%1 were changed"_s.arg(n(w->headSeq), seen,
                                                   QString::fromLatin1(w->headHash.left(12)),
                                                   QString::fromLatin1(hash->left(12))),
                         w);
    }

    // 2. The store's newest checkpoint.
    auto newest = newestCheckpoint(store);
    if (!newest)
        return newest.error();
    if (!*newest) {
        if (w && w->size > 0)
            return found(Outcome::Behind,
                         u"the store keeps no checkpoint, but %1 vouches for %2 events: its "
                         u"checkpoints were "
                         u"deleted"_s.arg(seen, n(w->size)),
                         w);
        return found(Outcome::NothingToCheck, {}, w);
    }
    const StoredCheckpoint &row = **newest;
    if (!row.checkpoint)
        return found(
            Outcome::Contradicts,
            u"checkpoint signature invalid: the newest checkpoint (row %1, %2 events) cannot be read: %3"_s
                .arg(row.id, n(row.logSize), row.checkpoint.message()),
            w);
    const Checkpoint &c = *row.checkpoint;
    if (!c.signatureValid())
        return found(Outcome::Contradicts,
                     u"checkpoint signature invalid: the newest %1 (row %2) does not carry a valid "
                     u"signature of its "
                     u"text — it was changed or forged"_s.arg(c.describe(), row.id),
                     w);
    auto keys = trustedKeys();
    if (!keys)
        return keys.error();
    if (!keys->trusts(c.publicKey))
        return found(Outcome::Unverifiable,
                     u"the newest %1 is signed by an unknown key %2…: not taken as a witness (a "
                     u"public key under "
                     u"%3/trusted-keys/ would make it trusted)"_s.arg(
                         c.describe(), c.keyId().left(16), trustFolder()),
                     w);
    if (c.storeId != *storeId)
        return found(Outcome::Contradicts,
                     u"the newest %1 is of another store (%2, this one is %3)"_s.arg(
                         c.describe(), c.storeId, *storeId),
                     w);
    if (w && c.size < w->size)
        return found(Outcome::Behind,
                     u"the store's newest checkpoint covers %1 events, but %2 vouches for %3: the "
                     u"newer checkpoints "
                     u"were deleted"_s.arg(n(c.size), seen, n(w->size)),
                     w);
    if (w && c.size == w->size) {
        if (c.root != w->root || c.headHash != w->headHash)
            return found(
                Outcome::Contradicts,
                u"forked: the store's %1 and %2 both cover %3 events but with different roots"_s
                    .arg(c.describe(), seen, n(c.size)),
                w);
        return found(Outcome::Unchanged, {}, w);
    }
    if (*head < c.size)
        return found(Outcome::Behind,
                     u"truncated: the store has %1 events but its newest %2 vouches for %3: events "
                     u"#%4–#%3 are "
                     u"missing"_s.arg(n(*head), c.describe(), n(c.size), n(*head + 1)),
                     w);
    auto hash = storedEventHash(store, c.headSeq);
    if (!hash)
        return hash.error();
    if (!hash->isEmpty() && *hash != c.headHash)
        return found(Outcome::Contradicts,
                     u"rewritten: event #%1 no longer has the hash the newest %2 records: events "
                     u"up to #%1 were "
                     u"changed"_s.arg(n(c.headSeq), c.describe()),
                     w);
    if (hash->isEmpty() && c.size > 0 && w)
        // A login that reads only its own evidence (an agent on a shared store) cannot see the
        // rows that tie the two together; the witness stays where it was.
        return found(
            Outcome::Unverifiable,
            u"the newest %1 cannot be checked against %2: this login cannot read event #%3"_s.arg(
                c.describe(), seen, n(c.headSeq)),
            w);
    if (Status s = rememberWitness(store.url(), c); !s)
        return s.error();
    return found(
        Outcome::Advanced,
        u"the %1 is now this machine's witness for %2"_s.arg(c.describe(), store.url().display()),
        c);
}

} // namespace airlock
