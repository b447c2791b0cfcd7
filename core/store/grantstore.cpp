#include "grantstore.h"

#include "clock.h"
#include "connectorstore.h"
#include "evidencechain.h"
#include "store.h"
#include "toolstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

constexpr int kLongestGrantSecs = 30 * 24 * 3600;

const QString kColumns = u"id, connector, tool, target_pattern, run_id, granted_by, granted_at, "
                         u"expires_at, from_request, note, revoked_by, revoked_at, revoke_reason"_s;

ApprovalGrant readGrant(const QSqlQuery &q)
{
    ApprovalGrant g;
    int i = 0;
    g.id = q.value(i++).toString();
    g.connector = q.value(i++).toString();
    g.tool = q.value(i++).toString();
    g.targetPattern = q.value(i++).toString();
    g.runId = q.value(i++).toString();
    g.grantedBy = q.value(i++).toString();
    g.grantedAt = timeFromDb(q.value(i++));
    g.expiresAt = timeFromDb(q.value(i++));
    g.fromRequest = q.value(i++).toString();
    g.note = q.value(i++).toString();
    g.revokedBy = q.value(i++).toString();
    g.revokedAt = timeFromDb(q.value(i++));
    g.revokeReason = q.value(i++).toString();
    return g;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QByteArray grantPayload(const ApprovalGrant &g)
{
    QJsonObject o{{u"grant_id"_s, g.id},
                  {u"tool"_s, g.tool},
                  {u"target_pattern"_s, g.targetPattern},
                  {u"expires_at"_s, g.expiresAt.toString(Qt::ISODateWithMs)}};
    if (g.isRunOnly())
        o[u"run_id"_s] = g.runId;
    if (!g.fromRequest.isEmpty())
        o[u"from_request"_s] = g.fromRequest;
    if (g.isRevoked())
        o[u"revoke_reason"_s] = g.revokeReason;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString describeGrant(const ApprovalGrant &g)
{
    const QString what = g.targetPattern == u"**"_s
        ? g.tool
        : u"%1 on %2"_s.arg(g.tool, g.targetPattern);
    if (g.isRunOnly())
        return u"%1, in run %2 only, until %3"_s.arg(what, g.runId.left(8), timeText(g.expiresAt));
    return u"%1 until %2"_s.arg(what, timeText(g.expiresAt));
}

Result<ApprovalGrant> GrantStore::grant(const NewGrant &in)
{
    if (in.connector.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"a grant needs a connector"_s};
    if (in.tool.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"a grant needs a tool"_s};
    if (in.targetPattern.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     u"a grant needs a target pattern (\"**\" covers every target)"_s};
    if (in.validForSecs <= 0 || in.validForSecs > kLongestGrantSecs)
        return Error{ErrorCode::InvalidArgument,
                     u"a grant lasts between 1 second and 30 days, not %1 s"_s.arg(in.validForSecs)};

    ApprovalGrant g;
    g.id = in.id.isEmpty() ? newId() : in.id;
    const Status s = store_.write([&]() -> Status {
        // A retry of the same grant returns what was recorded.
        auto existing = get(g.id);
        if (existing) {
            g = *existing;
            return {};
        }
        if (existing.error().code != ErrorCode::NotFound)
            return existing.status();
        auto connector = ConnectorStore(store_).find(in.connector);
        if (!connector)
            return connector.status();
        if (!*connector)
            return Status::failure(ErrorCode::NotFound, u"no connector named '%1'"_s.arg(in.connector));
        auto tool = ToolStore(store_).find(in.connector, in.tool);
        if (!tool)
            return tool.status();
        if (!*tool)
            return Status::failure(ErrorCode::NotFound,
                                   u"%1 has no tool named '%2'"_s.arg(in.connector, in.tool));
        const QDateTime now = currentTime();
        g.connector = in.connector;
        g.tool = in.tool;
        g.targetPattern = in.targetPattern.trimmed();
        g.runId = in.runId;
        g.grantedBy = store_.actor();
        g.grantedAt = now;
        g.expiresAt = now.addSecs(in.validForSecs);
        g.fromRequest = in.fromRequest;
        g.note = in.note;
        auto q = store_.exec(u"INSERT INTO approval_grants (id, connector, tool, target_pattern, "
                             u"run_id, granted_by, granted_at, expires_at, from_request, note) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {g.id, g.connector, g.tool, g.targetPattern, g.runId, g.grantedBy,
                              toDb(g.grantedAt), toDb(g.expiresAt), g.fromRequest, g.note});
        if (!q)
            return q.status();
        store_.touch(u"grants"_s);
        EvidenceEvent e;
        e.kind = EventKind::ApprovalGranted;
        e.eventId = g.id + u":granted"_s;
        e.connector = g.connector;
        e.runId = g.runId;
        e.tool = g.tool;
        e.power = (*tool)->effectivePower();
        e.target = g.targetPattern;
        e.summary = u"approval granted ahead for %1"_s.arg(describeGrant(g));
        if (!g.note.isEmpty())
            e.summary += u": "_s + g.note;
        e.payload = grantPayload(g);
        return EvidenceChain(store_).append(e).status();
    });
    if (!s)
        return s.error();
    return g;
}

Result<ApprovalGrant> GrantStore::revoke(const QString &id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, u"revoking a grant needs a reason"_s};
    std::optional<Error> refusal;
    ApprovalGrant g;
    const Status s = store_.write([&]() -> Status {
        auto current = get(id);
        if (!current)
            return current.status();
        g = *current;
        const QDateTime now = currentTime();
        if (g.isRevoked()) {
            refusal = Error{ErrorCode::Conflict, u"grant %1 was already revoked by %2 at %3"_s.arg(
                                                     id, g.revokedBy, timeText(g.revokedAt))};
            return {};
        }
        if (!g.isActiveAt(now)) {
            refusal = Error{ErrorCode::Expired,
                            u"grant %1 already expired at %2"_s.arg(id, timeText(g.expiresAt))};
            return {};
        }
        auto q = store_.exec(u"UPDATE approval_grants SET revoked_by = ?, revoked_at = ?, "
                             u"revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"_s,
                             {store_.actor(), toDb(now), reason.trimmed(), id});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            return Status::failure(ErrorCode::Conflict, u"grant %1 changed while revoking it"_s.arg(id));
        store_.touch(u"grants"_s);
        g.revokedBy = store_.actor();
        g.revokedAt = now;
        g.revokeReason = reason.trimmed();
        EvidenceEvent e;
        e.kind = EventKind::GrantRevoked;
        e.eventId = g.id + u":revoked"_s;
        e.connector = g.connector;
        e.runId = g.runId;
        e.tool = g.tool;
        e.target = g.targetPattern;
        e.summary = u"grant revoked (%1): %2"_s.arg(describeGrant(g), g.revokeReason);
        e.payload = grantPayload(g);
        return EvidenceChain(store_).append(e).status();
    });
    if (!s)
        return s.error();
    if (refusal)
        return *refusal;
    return g;
}

Result<ApprovalGrant> GrantStore::get(const QString &id)
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM approval_grants WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, u"no grant with id '%1'"_s.arg(id)};
    ApprovalGrant g = readGrant(**q);
    (*q)->finish();
    return g;
}

Result<QList<ApprovalGrant>> GrantStore::forConnector(const QString &connector, bool includeEnded)
{
    QString sql = u"SELECT "_s + kColumns + u" FROM approval_grants WHERE connector = ?"_s;
    QVariantList binds{connector};
    if (!includeEnded) {
        sql += u" AND revoked_at IS NULL AND expires_at > ?"_s;
        binds << toDb(currentTime());
    }
    sql += u" ORDER BY granted_at DESC, id"_s;
    return collectRows<ApprovalGrant>(store_.exec(sql, binds), readGrant);
}

Result<QList<ApprovalGrant>> GrantStore::active()
{
    return collectRows<ApprovalGrant>(
        store_.exec(u"SELECT "_s + kColumns
                        + u" FROM approval_grants WHERE revoked_at IS NULL AND expires_at > ? "
                          u"ORDER BY connector, expires_at DESC, id"_s,
                    {toDb(currentTime())}),
        readGrant);
}

} // namespace airlock
