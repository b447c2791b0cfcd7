#pragma once

// Verify, all of it: the chain walk (every broken link, not only the first) and the log
// checked against every checkpoint in the store whose signature verifies with a trusted key
// and against this machine's witness. It names what is wrong — truncated after #N, rewritten
// from #N, forked, checkpoint signature invalid, signed by an unknown key, another store — and,
// when the store still matches them, remembers the newest checkpoint as the witness.

#include "checkpoint.h"
#include "store/evidencechain.h"

#include <functional>
#include <optional>

namespace airlock {

class Store;

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
};

struct AuditOptions
{
    bool rememberWitness = true; // advance this machine's witness when the log matches
};

// progress(done, total) may return false to cancel (then the report says cancelled).
Result<LogAudit> auditLog(Store &store, const AuditOptions &options = {},
                          const std::function<bool(qint64, qint64)> &progress = {});

// A word for a finding's kind, as `verify --json` prints it.
QString findingWord(EvidenceChain::Finding::Kind kind);

} // namespace airlock
