#pragma once

#include "export/bundleproofs.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace airlock {

class Store;

// One run's evidence as a folder a third party can check with sha256sum:
//   events.jsonl   one event per line, exactly the bytes its hash covers
//   hashes.txt     per line: seq, previous hash, hash (same order as events.jsonl)
//   run.json       the run as recorded
//   manifest.json  what this is, the chain link before the run's first event, the store's
//                  chain head at export time, and the verification recipe
//   checkpoint.txt, checkpoint.sig, signer.pem, proofs.txt   (bundleproofs.h)
//   verify.sh      the recipe as a script (bash, coreutils, openssl; nothing of Airlock's)
//   SHA256SUMS     the files above, for sha256sum -c
// For every event: sha256(prev_hash ‖ line) = hash. Consecutive events of the run whose
// sequence numbers differ by one are also linked (prev_hash = hash of the one before). Each
// event's leaf (sha256(0x00 ‖ raw hash)) with its audit path reaches the signed checkpoint's
// root, so the events are proven to be in the log the checkpoint commits to.
// Bundles of format /1 (before checkpoints) have no checkpoint and no proofs: they still
// verify, as the chain of their run only.
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
    std::optional<RunProofs> proofs; // absent on a store without checkpoints (before schema 7)
};

// Writes the bundle into directory, which must not exist or be empty. Nothing is left
// behind on failure: the files are written into a sibling folder and moved into place.
Result<EvidenceBundle> writeEvidenceBundle(Store &store, const QString &runId,
                                           const QString &directory, const BundleOptions &options = {});

// Checks a bundle the way a third party would, from its files alone: every line's hash,
// the links between consecutive events, the link before the first, and SHA256SUMS.
// A third party who trusts a key pins it: the checkpoint must be signed by that key (given as
// its raw bytes, or as its fingerprint: hex SHA-256 of the raw key, the checkpoint's `key`).
struct BundlePin
{
    QByteArray publicKey;
    QString fingerprint;
    bool isSet() const { return !publicKey.isEmpty() || !fingerprint.isEmpty(); }
};
struct BundleCheck
{
    bool intact = false;
    int checked = 0;
    QString problem; // the first problem found, naming the line
    QString runId;
    std::optional<Checkpoint> checkpoint; // verified: its signature and every proof hold
    int proofsChecked = 0;
    QList<qint64> seqs;      // the events' sequence numbers, in order
    QList<QByteArray> hashes; // their chain hashes (hex)
    qint64 headSeq = 0;       // the manifest's chain head at export
    QByteArray headHash;
};
Result<BundleCheck> checkEvidenceBundle(const QString &directory, const BundlePin &pin = {});

// The recipe written into the manifest and verify.sh.
QByteArray bundleVerifyScript();

} // namespace airlock
