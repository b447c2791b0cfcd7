#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace airlock {

class Store;

// One run's evidence as a folder a third party can check with sha256sum:
//   events.jsonl   one event per line, exactly the bytes its hash covers
//   hashes.txt     per line: seq, previous hash, hash (same order as events.jsonl)
//   run.json       the run as recorded
//   manifest.json  what this is, the chain link before the run's first event, the store's
//                  chain head at export time, and the verification recipe
//   verify.sh      the recipe as a script (bash, sha256sum, cut; nothing of Airlock's)
//   SHA256SUMS     the files above, for sha256sum -c
// For every event: sha256(prev_hash ‖ line) = hash. Consecutive events of the run whose
// sequence numbers differ by one are also linked (prev_hash = hash of the one before).
struct EvidenceBundle
{
    QString directory;
    QString runId;
    int events = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray linkBefore; // the hash of event firstSeq - 1 (genesis for #1)
    qint64 headSeq = 0;
    QByteArray headHash;
};

// Writes the bundle into directory, which must not exist or be empty. Nothing is left
// behind on failure: the files are written into a sibling folder and moved into place.
Result<EvidenceBundle> writeEvidenceBundle(Store &store, const QString &runId,
                                           const QString &directory);

// Checks a bundle the way a third party would, from its files alone: every line's hash,
// the links between consecutive events, the link before the first, and SHA256SUMS.
struct BundleCheck
{
    bool intact = false;
    int checked = 0;
    QString problem; // the first problem found, naming the line
};
Result<BundleCheck> checkEvidenceBundle(const QString &directory);

// The recipe written into the manifest and verify.sh.
QByteArray bundleVerifyScript();

} // namespace airlock
