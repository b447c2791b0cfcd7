#include "approvedarguments.h"

#include "canonicaljson.h"
#include "evidencechain.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

Result<QByteArray> checkedApprovedArguments(Store &store, const QString &requestId)
{
    // Read as stored now, not from what a watcher was told: no write, no expiry.
    auto q = store.exec(
        u"SELECT status, approved_arguments, approved_arguments_hash FROM approvals WHERE id = ?"_s,
        {requestId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, u"no approval request with id '%1'"_s.arg(requestId)};
    const QString status = (*q)->value(0).toString();
    const QByteArray arguments = (*q)->value(1).toString().toUtf8();
    const QString storedHash = (*q)->value(2).toString();
    (*q)->finish();
    if (status != u"approved"_s)
        return Error{ErrorCode::Conflict,
                     u"request %1 is %2, not approved"_s.arg(requestId, status)};
    const QString hash = QString::fromLatin1(sha256Hex(arguments));
    if (hash != storedHash)
        return Error{
            ErrorCode::Integrity,
            u"the approved arguments of request %1 do not match the hash recorded with them"_s.arg(
                requestId)};

    const QString decidedId = requestId + u":decided"_s;
    auto e = store.exec(u"SELECT "_s + evidenceColumns() + u" FROM evidence WHERE event_id = ?"_s,
                        {decidedId});
    if (!e)
        return e.error();
    bool found = (*e)->next();
    if (!found && store.backend() == Backend::Postgres) {
        // Decided a moment ago: its evidence may still wait to be sealed into the log.
        (*e)->finish();
        if (auto sealed = store.seal(decidedId); !sealed)
            return sealed.error();
        e = store.exec(u"SELECT "_s + evidenceColumns() + u" FROM evidence WHERE event_id = ?"_s,
                       {decidedId});
        if (!e)
            return e.error();
        found = (*e)->next();
    }
    if (!found)
        return Error{
            ErrorCode::Integrity,
            u"request %1 is approved but its decision is not in the evidence (%1:decided)"_s.arg(
                requestId)};
    const EvidenceEvent decided = readEvidenceEvent(**e);
    (*e)->finish();
    if (chainHash(decided.prevHash, decided) != decided.hash)
        return Error{
            ErrorCode::Integrity,
            u"the evidence of request %1's decision (#%2) was changed after it was recorded"_s.arg(
                requestId, QString::number(decided.seq))};
    const QJsonObject payload = QJsonDocument::fromJson(decided.payload).object();
    if (decided.kind != EventKind::ApprovalDecided ||
        payload.value(u"request_id"_s).toString() != requestId ||
        payload.value(u"decision"_s).toString() != u"approved"_s)
        return Error{
            ErrorCode::Integrity,
            u"the evidence of request %1's decision (#%2) does not record an approval"_s.arg(
                requestId, QString::number(decided.seq))};
    if (payload.value(u"approved_arguments_hash"_s).toString() != hash)
        return Error{
            ErrorCode::Integrity,
            u"the approved arguments of request %1 are not the ones its decision (#%2) approved"_s
                .arg(requestId, QString::number(decided.seq))};
    return arguments;
}

} // namespace airlock
