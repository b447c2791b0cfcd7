#include "verifiedpoint.h"

#include "store/canonicaljson.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace airlock {

Result<QByteArray> storedEventHash(Store &store, qint64 seq)
{
    auto q = store.exec(u"SELECT hash FROM evidence WHERE seq = ?"_s, {seq});
    if (!q)
        return q.error();
    const QByteArray hash = (*q)->next() ? (*q)->value(0).toString().toLatin1() : QByteArray();
    (*q)->finish();
    return hash;
}

Result<EvidenceChain::VerifyReport>
walkChainAfter(Store &store, qint64 afterSeq, const QByteArray &prevHashIn,
               const std::function<bool(qint64, qint64)> &progress,
               const std::function<void(qint64, const QByteArray &)> &onEvent)
{
    return EvidenceChain(store).verifyAfter(afterSeq, prevHashIn, progress, onEvent);
}

} // namespace airlock
