#pragma once

// What makes an evidence bundle prove itself without the rest of the log: a signed checkpoint
// (the newest trusted one in the store that covers every event of the run, or one made on
// export with this machine's key) and, for each event, its RFC 9162 inclusion proof in the
// tree of that checkpoint's size (core/proof/merkletree.h).
//
// In the bundle:
//   checkpoint.txt  the checkpoint's signed text, exactly the bytes the signature covers
//   checkpoint.sig  the 64 raw bytes of its Ed25519 signature
//   signer.pem      the signer's public key (PEM), for `openssl pkeyutl -verify -pubin -rawin`
//   proofs.txt      per event, in events.jsonl's order: seq, then the hex audit path of leaf
//                   seq - 1 in the tree of the checkpoint's size (leaf-side sibling first)

#include "domain/evidenceevent.h"
#include "proof/checkpoint.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

namespace bundlefile {
inline const QString checkpointText = QStringLiteral("checkpoint.txt");
inline const QString checkpointSignature = QStringLiteral("checkpoint.sig");
inline const QString signerKey = QStringLiteral("signer.pem");
inline const QString proofs = QStringLiteral("proofs.txt");
} // namespace bundlefile

struct BundleOptions
{
    QString keyPath;             // the key that signs a checkpoint made on export (default: this machine's)
    bool makeCheckpoint = true;  // false: refuse when no checkpoint covers the run
};

struct RunProofs
{
    Checkpoint checkpoint;
    bool madeOnExport = false;
    bool inStore = true;         // false: made on export, and the store refused to keep it
    QString notInStoreBecause;
    QList<QList<QByteArray>> paths; // per event, in the events' order (raw hashes)
};

// The checkpoint for a run's events (sorted by seq, all sealed) and their inclusion proofs.
// Fails, naming why, when the store no longer gives the checkpoint's root.
Result<RunProofs> proveRunEvents(Store &store, const QList<EvidenceEvent> &events, const BundleOptions &options);

// proofs.txt's text.
QByteArray proofsText(const QList<EvidenceEvent> &events, const QList<QList<QByteArray>> &paths);

} // namespace airlock
