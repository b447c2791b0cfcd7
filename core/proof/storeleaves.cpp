#include "storeleaves.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

merkle::LeafReader storeLeafReader(Store &store)
{
    return [&store](qint64 begin, qint64 end) -> Result<QList<QByteArray>> {
        // A plain query per page, like verify's walk: nothing cached stays open between pages.
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT seq, hash FROM evidence WHERE seq > ? AND seq <= ? ORDER BY seq"_s);
        q.addBindValue(begin);
        q.addBindValue(end);
        if (!q.exec())
            return store.errorFrom(q.lastError(), u"cannot read the evidence log"_s);
        QList<QByteArray> leaves;
        leaves.reserve(end - begin);
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const qint64 expected = begin + leaves.size() + 1;
            if (seq != expected)
                return Error{ErrorCode::Integrity,
                             u"event #%1 is missing from the store's log (the log jumps to #%2)"_s.arg(
                                 QString::number(expected), QString::number(seq))};
            leaves << merkle::eventLeafHash(q.value(1).toString().toLatin1());
        }
        return leaves;
    };
}

} // namespace airlock
