#pragma once

// Verify costs what changed. A process that verified a store's log remembers where it got to:
// event #N, the chain hash it read there, and the compact Merkle range of leaves 1..N (O(log N)
// hashes). The next pass reads event #N once — a rewrite of anything before it, with every
// later hash recomputed, changes #N's hash because each chain hash commits to all before it —
// and walks only the events after #N. The full walk stays: at start and on demand, and
// whenever the short pass finds anything wrong.
//
// What the short pass does not see: a row before #N changed WITHOUT its hash (a broken link
// the chain walk names); that needs the full walk.

#include "merkletree.h"
#include "store/evidencechain.h"

#include <QByteArrayList>
#include <QString>
#include <functional>

namespace airlock {

class Store;

struct VerifiedPoint
{
    QString storeId;
    qint64 size = 0;            // leaves verified: events #1..#headSeq, in order
    qint64 headSeq = 0;         // event #N
    QByteArray headHash;        // its chain hash as stored, hex (empty: no point yet)
    merkle::CompactRange range; // the Merkle range of leaves 1..size
    // Checkpoints and witnesses (their envelopes) the log was found to match, up to size.
    QByteArrayList anchorsMatched;

    bool isValid() const { return !headHash.isEmpty(); }
};

// The stored chain hash of event #seq, or empty when there is no such row.
Result<QByteArray> storedEventHash(Store &store, qint64 seq);

// The chain walk of EvidenceChain::verify, from after event #afterSeq whose hash is prevHash:
// every later row's link and hash, every broken link reported. report.checked counts the rows
// read. progress and onEvent as for EvidenceChain::verify.
Result<EvidenceChain::VerifyReport>
walkChainAfter(Store &store, qint64 afterSeq, const QByteArray &prevHash,
               const std::function<bool(qint64, qint64)> &progress = {},
               const std::function<void(qint64, const QByteArray &)> &onEvent = {});

} // namespace airlock
