#pragma once

// The store's checkpoints table (migration 7): signed checkpoints kept as their exact text,
// and the store's own id that each of them names.

#include "checkpoint.h"
#include "result.h"

#include <QList>

namespace airlock {

class Store;

// The schema version that adds the checkpoints table (core/store/migrations.cpp).
constexpr int kCheckpointsSchemaVersion = 7;

struct StoredCheckpoint
{
    QString id;
    qint64 logSize = 0; // as the row says; the signed text is what counts
    QByteArray envelope;
    Result<Checkpoint> checkpoint = Error{}; // the envelope read back, or why it cannot be
};

class CheckpointLog
{
public:
    explicit CheckpointLog(Store &store) : store_(store) {}

    Result<QString> storeId();
    Status record(const Checkpoint &checkpoint);
    // Oldest (smallest log) first.
    Result<QList<StoredCheckpoint>> all();

private:
    Store &store_;
};

} // namespace airlock
