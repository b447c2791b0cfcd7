#pragma once

// Verify, all of it: the chain walk (every broken link, not only the first) and the log
// checked against every checkpoint in the store whose signature verifies with a trusted key
// and against this machine's witness. It names what is wrong — truncated after #N, rewritten
// from #N, forked, checkpoint signature invalid, signed by an unknown key, another store — and,
// when the store still matches them, remembers the newest checkpoint as the witness.

#include "checkpoint.h"
#include "store/evidencechain.h"
#include "verifiedpoint.h"

#include <functional>
#include <optional>

namespace airlock {

class Store;

// What one checkpoint in the store, or this machine's witness, says about the log (the
// console's Audit list and status bar).
struct AnchorStatus
{
    int number = 0;       // its place among the store's checkpoints, smallest log first; 0: the witness
    bool witness = false; // this machine's witness (it may also be one of the store's checkpoints)
    QString rowId;
    qint64 size = 0;
    std::optional<Checkpoint> checkpoint; // none when its text cannot be read
    bool signatureValid = false;
    bool trusted = false;   // signed by this machine's key or one under trusted-keys/
    bool sameStore = true;
    enum class State {
        Matches,     // the store's first `size` events still give its root and head
        Contradicts, // they give another root or head: rewritten or forked
        Beyond,      // the store has fewer events than it vouches for: truncated
        NotChecked,  // its signature is invalid, its key unknown, or it is of another store
    };
    State state = State::NotChecked;
};

struct LogAudit
{
    EvidenceChain::VerifyReport report;
    QString storeId;       // empty before migration 7
    qint64 size = 0;       // events read
    QByteArray root;       // their Merkle root (raw)
    qint64 headSeq = 0;    // the last event read
    QByteArray headHash;   // its stored chain hash (the genesis link when empty)
    qint64 anchors = 0;    // checkpoints and witness the log was checked against
    // The newest trusted checkpoint the log still matches (what the witness now holds).
    std::optional<Checkpoint> newestVouched;
    // True when nothing contradicts a checkpoint or the witness (broken links aside).
    bool anchorsHold() const;

    // Every checkpoint in the store (oldest first), then the witness when it is not one of them.
    QList<AnchorStatus> anchorStatus;
    // Incremental verification (verifiedpoint.h): whether this pass started from a point, the
    // evidence rows it read, and — when the point's own event changed — its number.
    bool incremental = false;
    qint64 rowsRead = 0;
    qint64 changedAtOrBefore = 0;
    // Where the next pass may start; invalid when this pass found anything wrong.
    VerifiedPoint reached;
};

struct AuditOptions
{
    bool rememberWitness = true; // advance this machine's witness when the log matches
    // Verify only what changed since this point (a previous pass of this process over the same
    // store). The pass walks everything when the point does not fit the store or its event changed.
    const VerifiedPoint *since = nullptr;
};

// progress(done, total) may return false to cancel (then the report says cancelled).
Result<LogAudit> auditLog(Store &store, const AuditOptions &options = {},
                          const std::function<bool(qint64, qint64)> &progress = {});

// A word for a finding's kind, as `verify --json` prints it.
QString findingWord(EvidenceChain::Finding::Kind kind);

} // namespace airlock
