#pragma once

// Making a checkpoint of the log as it is now — what `airlockctl checkpoint` does, for callers
// that need one on the way (an evidence bundle whose run no checkpoint covers yet): never sign
// a log that contradicts an earlier checkpoint or this machine's witness (the new checkpoint
// would launder the rewrite); keep it in the store, and remember it as the witness.

#include "checkpoint.h"
#include "logaudit.h"

namespace airlock {

class SigningKey;
class Store;

struct MadeCheckpoint
{
    Checkpoint checkpoint;
    LogAudit audit;
    // False when the store refused to keep it (a login without the right to add checkpoints,
    // such as an investigator's): the checkpoint is still signed and is this machine's witness.
    bool recorded = false;
    QString notRecordedBecause;
};

struct CheckpointingOptions
{
    // A store that refuses the INSERT (Denied) is not an error when this is true.
    bool acceptUnrecorded = false;
};

Result<MadeCheckpoint> makeCheckpoint(Store &store, const SigningKey &key, const CheckpointingOptions &options = {});
// The same, for a caller that audited the log itself (to show what it found when it refuses).
Result<MadeCheckpoint> checkpointAudited(Store &store, const LogAudit &audit, const SigningKey &key,
                                         const CheckpointingOptions &options = {});

} // namespace airlock
