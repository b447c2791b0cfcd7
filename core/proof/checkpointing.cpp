#include "checkpointing.h"

#include "checkpointlog.h"
#include "clock.h"
#include "localtrust.h"
#include "signingkey.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace airlock {

Result<MadeCheckpoint> checkpointAudited(Store &store, const LogAudit &audit, const SigningKey &key,
                                         const CheckpointingOptions &options)
{
    if (!audit.anchorsHold())
        return Error{ErrorCode::Integrity,
                     u"refusing to checkpoint %1: it contradicts what was checkpointed before: %2"_s.arg(
                         store.url().display(), audit.report.problem)};
    MadeCheckpoint made;
    made.audit = audit;
    Checkpoint &c = made.checkpoint;
    c.storeId = audit.storeId;
    c.size = audit.size;
    c.root = audit.root;
    c.headSeq = audit.headSeq;
    c.headHash = audit.headHash;
    c.time = currentTime();
    if (Status s = c.signWith(key); !s)
        return s.error();
    if (Status s = CheckpointLog(store).record(c); !s) {
        if (!options.acceptUnrecorded || s.code() != ErrorCode::Denied)
            return s.error();
        made.notRecordedBecause = s.message();
    } else {
        made.recorded = true;
    }
    if (Status s = rememberWitness(store.url(), c); !s)
        return s.error();
    return made;
}

Result<MadeCheckpoint> makeCheckpoint(Store &store, const SigningKey &key, const CheckpointingOptions &options)
{
    if (store.schemaVersion() < kCheckpointsSchemaVersion)
        return Error{ErrorCode::StoreUnavailable,
                     u"the store %1 has no checkpoints table yet (schema version %2): run 'airlockctl init' as "
                     u"its owner"_s.arg(store.url().display(), QString::number(store.schemaVersion()))};
    auto audit = auditLog(store);
    if (!audit)
        return audit.error();
    return checkpointAudited(store, *audit, key, options);
}

} // namespace airlock
