#include "checkpointlog.h"

#include "store/store.h"

using namespace Qt::StringLiterals;

namespace airlock {

Result<QString> CheckpointLog::storeId()
{
    auto q = store_.exec(u"SELECT id FROM store_identity ORDER BY created_at, id LIMIT 1"_s);
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error{ErrorCode::Integrity, u"the store has no identity (its store_identity row is gone)"_s};
    }
    const QString id = (*q)->value(0).toString();
    (*q)->finish();
    return id;
}

Status CheckpointLog::record(const Checkpoint &checkpoint)
{
    return store_.write([&]() -> Status {
        auto q = store_.exec(u"INSERT INTO checkpoints (id, log_size, made_at, key_id, envelope) "
                             u"VALUES (?, ?, ?, ?, ?)"_s,
                             {newId(), checkpoint.size, toDb(checkpoint.time), checkpoint.keyId(),
                              QString::fromLatin1(checkpoint.envelope())});
        if (!q)
            return q.status();
        store_.touch(u"checkpoints"_s);
        return {};
    });
}

Result<QList<StoredCheckpoint>> CheckpointLog::all()
{
    return collectRows<StoredCheckpoint>(
        store_.exec(u"SELECT id, log_size, envelope FROM checkpoints ORDER BY log_size, made_at, id"_s),
        [](const QSqlQuery &q) {
            StoredCheckpoint c;
            c.id = q.value(0).toString();
            c.logSize = q.value(1).toLongLong();
            c.envelope = q.value(2).toString().toLatin1();
            c.checkpoint = Checkpoint::parse(c.envelope);
            return c;
        });
}

} // namespace airlock
