#include "connectorstore.h"

#include "approvalqueue.h"
#include "clock.h"
#include "evidencechain.h"
#include "store.h"
#include "toolstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString kColumns =
    u"name, purpose, owner, target_system, kind, transport, status, lifecycle, trust_stage, "
    u"permission_mode, powers, identity_kind, identity_principal, identity_on_behalf_of, "
    u"identity_approved_by, identity_permissions, identity_shared, identity_credential_owner, "
    u"identity_last_rotated, identity_expires, identity_revoke_path, last_review_at, "
    u"last_review_by, next_review_due, last_sync_at, freshness_limit_s, disable_path, "
    u"rollback_plan, created_at, updated_at, revision"_s;

Connector readConnector(const QSqlQuery &q)
{
    Connector c;
    int i = 0;
    c.name = q.value(i++).toString();
    c.purpose = q.value(i++).toString();
    c.owner = q.value(i++).toString();
    c.targetSystem = q.value(i++).toString();
    c.kind = parseWord<ConnectorKind>(q.value(i++).toString()).value_or(ConnectorKind::BusinessApp);
    c.transport = q.value(i++).toString();
    // An unreadable status fails closed.
    c.status = parseWord<ConnectorStatus>(q.value(i++).toString()).value_or(ConnectorStatus::Disconnected);
    c.lifecycle = parseWord<LifecycleStage>(q.value(i++).toString()).value_or(LifecycleStage::Requested);
    c.trust = parseWord<TrustStage>(q.value(i++).toString()).value_or(TrustStage::Observe);
    c.mode = parseWord<PermissionMode>(q.value(i++).toString()).value_or(PermissionMode::AlwaysAsk);
    c.powers = PowerSet::parse(q.value(i++).toString()).value_or(PowerSet());
    Identity &id = c.identity;
    id.kind = parseWord<IdentityKind>(q.value(i++).toString()).value_or(IdentityKind::ServicePrincipal);
    id.principal = q.value(i++).toString();
    id.onBehalfOf = q.value(i++).toString();
    id.approvedBy = q.value(i++).toString();
    id.permissions = q.value(i++).toString();
    id.shared = q.value(i++).toInt() != 0;
    id.credentialOwner = q.value(i++).toString();
    id.lastRotated = timeFromDb(q.value(i++));
    id.expires = timeFromDb(q.value(i++));
    id.revokePath = q.value(i++).toString();
    c.lastReviewAt = timeFromDb(q.value(i++));
    c.lastReviewBy = q.value(i++).toString();
    c.nextReviewDue = timeFromDb(q.value(i++));
    c.lastSyncAt = timeFromDb(q.value(i++));
    c.freshnessLimitSecs = q.value(i++).toLongLong();
    c.disablePath = q.value(i++).toString();
    c.rollbackPlan = q.value(i++).toString();
    c.createdAt = timeFromDb(q.value(i++));
    c.updatedAt = timeFromDb(q.value(i++));
    c.revision = q.value(i++).toLongLong();
    return c;
}

QStringList describeChanges(const Connector &a, const Connector &b, QList<EventKind> *kinds)
{
    QStringList changes;
    auto note = [&](bool differs, EventKind kind, const QString &what) {
        if (!differs)
            return;
        changes << what;
        if (!kinds->contains(kind))
            kinds->append(kind);
    };
    note(a.scope != b.scope, EventKind::ScopeChanged, u"scope rules"_s);
    note(a.powers != b.powers, EventKind::PowersChanged,
         u"powers %1 → %2"_s.arg(a.powers.toString(), b.powers.toString()));
    note(a.mode != b.mode, EventKind::ModeChanged,
         u"permission mode %1 → %2"_s.arg(wordOf(a.mode), wordOf(b.mode)));
    note(a.triggers != b.triggers, EventKind::ModeChanged, u"approval triggers"_s);
    const QJsonObject ia = connectorToJson(a).value(u"identity"_s).toObject();
    const QJsonObject ib = connectorToJson(b).value(u"identity"_s).toObject();
    note(ia != ib, EventKind::ConnectorChanged, u"identity"_s);
    const QStringList plain = {u"purpose"_s,       u"owner"_s,          u"target_system"_s,
                               u"kind"_s,          u"transport"_s,      u"lifecycle"_s,
                               u"trust_stage"_s,   u"last_sync_at"_s,   u"freshness_limit_s"_s,
                               u"disable_path"_s,  u"rollback_plan"_s,  u"next_review_due"_s};
    const QJsonObject ja = connectorToJson(a);
    const QJsonObject jb = connectorToJson(b);
    for (const QString &field : plain)
        note(ja.value(field) != jb.value(field), EventKind::ConnectorChanged, field);
    return changes;
}

} // namespace

QString transitionWord(ConnectorStore::Transition t)
{
    switch (t) {
    case ConnectorStore::Transition::Pause: return u"pause"_s;
    case ConnectorStore::Transition::Resume: return u"resume"_s;
    case ConnectorStore::Transition::Disconnect: return u"disconnect"_s;
    case ConnectorStore::Transition::Reconnect: return u"reconnect"_s;
    case ConnectorStore::Transition::Retire: return u"retire"_s;
    }
    return {};
}

Status ConnectorStore::loadRules(QList<Connector> &connectors)
{
    if (connectors.isEmpty())
        return {};
    QHash<QString, Connector *> byName;
    for (Connector &c : connectors)
        byName.insert(c.name, &c);
    const bool one = connectors.size() == 1;
    const QVariantList binds = one ? QVariantList{connectors.constFirst().name} : QVariantList{};
    const QString where = one ? u" WHERE connector = ?"_s : QString();
    auto q = store_.exec(u"SELECT connector, effect, pattern FROM scope_rules"_s + where
                             + u" ORDER BY connector, position"_s, binds);
    if (!q)
        return q.status();
    while ((*q)->next()) {
        if (Connector *c = byName.value((*q)->value(0).toString())) {
            c->scope << ScopeRule{(*q)->value(1).toString() == u"exclude"_s ? ScopeRule::Effect::Exclude
                                                                            : ScopeRule::Effect::Include,
                                  (*q)->value(2).toString()};
        }
    }
    (*q)->finish();
    auto t = store_.exec(u"SELECT connector, trigger_kind, pattern FROM trigger_rules"_s + where
                             + u" ORDER BY connector, position"_s, binds);
    if (!t)
        return t.status();
    while ((*t)->next()) {
        Connector *c = byName.value((*t)->value(0).toString());
        const auto kind = parseWord<ApprovalTrigger>((*t)->value(1).toString());
        if (c && kind)
            c->triggers << TriggerRule{*kind, (*t)->value(2).toString()};
    }
    (*t)->finish();
    return {};
}

Result<QList<Connector>> ConnectorStore::list()
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM connectors ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Connector> all;
    while ((*q)->next())
        all << readConnector(**q);
    (*q)->finish();
    if (Status s = loadRules(all); !s)
        return s.error();
    return all;
}

Result<std::optional<Connector>> ConnectorStore::find(const QString &name)
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM connectors WHERE name = ?"_s, {name});
    if (!q)
        return q.error();
    QList<Connector> one;
    if ((*q)->next())
        one << readConnector(**q);
    (*q)->finish();
    if (one.isEmpty())
        return std::optional<Connector>();
    if (Status s = loadRules(one); !s)
        return s.error();
    return std::optional<Connector>(one.constFirst());
}

Result<Connector> ConnectorStore::get(const QString &name)
{
    auto found = find(name);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, u"no connector named '%1'"_s.arg(name)};
    return **found;
}

Status ConnectorStore::writeRow(const Connector &c, bool insert)
{
    const Identity &id = c.identity;
    QVariantList values{c.purpose, c.owner, c.targetSystem, wordOf(c.kind), c.transport,
                        wordOf(c.status), wordOf(c.lifecycle), wordOf(c.trust), wordOf(c.mode),
                        c.powers.toString(), wordOf(id.kind), id.principal, id.onBehalfOf,
                        id.approvedBy, id.permissions, id.shared ? 1 : 0, id.credentialOwner,
                        toDb(id.lastRotated), toDb(id.expires), id.revokePath,
                        toDb(c.lastReviewAt), c.lastReviewBy, toDb(c.nextReviewDue),
                        toDb(c.lastSyncAt), c.freshnessLimitSecs, c.disablePath, c.rollbackPlan,
                        toDb(c.updatedAt), c.revision};
    Result<QSqlQuery *> q = Error{};
    if (insert) {
        values.prepend(c.name);
        values << toDb(c.createdAt);
        q = store_.exec(
            u"INSERT INTO connectors (name, purpose, owner, target_system, kind, transport, status, "
            u"lifecycle, trust_stage, permission_mode, powers, identity_kind, identity_principal, "
            u"identity_on_behalf_of, identity_approved_by, identity_permissions, identity_shared, "
            u"identity_credential_owner, identity_last_rotated, identity_expires, "
            u"identity_revoke_path, last_review_at, last_review_by, next_review_due, last_sync_at, "
            u"freshness_limit_s, disable_path, rollback_plan, updated_at, revision, created_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"?, ?, ?, ?, ?)"_s,
            values);
    } else {
        values << c.name;
        q = store_.exec(
            u"UPDATE connectors SET purpose = ?, owner = ?, target_system = ?, kind = ?, "
            u"transport = ?, status = ?, lifecycle = ?, trust_stage = ?, permission_mode = ?, "
            u"powers = ?, identity_kind = ?, identity_principal = ?, identity_on_behalf_of = ?, "
            u"identity_approved_by = ?, identity_permissions = ?, identity_shared = ?, "
            u"identity_credential_owner = ?, identity_last_rotated = ?, identity_expires = ?, "
            u"identity_revoke_path = ?, last_review_at = ?, last_review_by = ?, "
            u"next_review_due = ?, last_sync_at = ?, freshness_limit_s = ?, disable_path = ?, "
            u"rollback_plan = ?, updated_at = ?, revision = ? WHERE name = ?"_s,
            values);
    }
    store_.touch(u"connectors"_s);
    return q.status();
}

Status ConnectorStore::writeRules(const Connector &c)
{
    for (const auto &sql : {u"DELETE FROM scope_rules WHERE connector = ?"_s,
                            u"DELETE FROM trigger_rules WHERE connector = ?"_s}) {
        if (auto q = store_.exec(sql, {c.name}); !q)
            return q.status();
    }
    for (int i = 0; i < c.scope.size(); ++i) {
        auto q = store_.exec(u"INSERT INTO scope_rules (connector, position, effect, pattern) VALUES (?, ?, ?, ?)"_s,
                             {c.name, i, effectWord(c.scope.at(i).effect), c.scope.at(i).pattern});
        if (!q)
            return q.status();
    }
    for (int i = 0; i < c.triggers.size(); ++i) {
        auto q = store_.exec(u"INSERT INTO trigger_rules (connector, position, trigger_kind, pattern) VALUES (?, ?, ?, ?)"_s,
                             {c.name, i, wordOf(c.triggers.at(i).trigger), c.triggers.at(i).pattern});
        if (!q)
            return q.status();
    }
    return {};
}

Result<ConnectorStore::ApplyResult> ConnectorStore::apply(const ConnectorDocument &doc,
                                                          const QString &reason,
                                                          std::optional<qint64> expectedRevision)
{
    ApplyResult result;
    const Status s = store_.write([&]() -> Status {
        auto existing = find(doc.connector.name);
        if (!existing)
            return existing.status();
        Connector next = doc.connector;
        const QDateTime now = currentTime();
        next.updatedAt = now;
        QList<EventKind> kinds;
        if (!*existing) {
            if (expectedRevision && *expectedRevision != 0)
                return Status::failure(ErrorCode::Conflict,
                                       u"connector %1 no longer exists"_s.arg(next.name));
            next.createdAt = now;
            next.revision = 1;
            // Review facts come only from recorded reviews, never from a description file.
            next.lastReviewAt = {};
            next.lastReviewBy.clear();
            if (Status w = writeRow(next, true); !w)
                return w;
            result.applied = Applied::Added;
            kinds << EventKind::ConnectorAdded;
        } else {
            const Connector &old = **existing;
            if (expectedRevision && *expectedRevision != old.revision)
                return Status::failure(ErrorCode::Conflict,
                                       u"connector %1 was changed by someone else (revision %2, "
                                       u"you edited %3): reload and try again"_s.arg(
                                           old.name, QString::number(old.revision),
                                           QString::number(*expectedRevision)));
            if (!doc.hasStatus)
                next.status = old.status;
            if (next.status != old.status)
                return Status::failure(ErrorCode::InvalidArgument,
                                       u"'status' of %1 is %2 and cannot be changed by apply: use "
                                       u"connector pause, resume, disconnect, reconnect or retire"_s.arg(
                                           old.name, wordOf(old.status)));
            // Review facts come from recorded reviews, not from a description file.
            next.lastReviewAt = old.lastReviewAt;
            next.lastReviewBy = old.lastReviewBy;
            if (!next.nextReviewDue.isValid())
                next.nextReviewDue = old.nextReviewDue;
            next.createdAt = old.createdAt;
            result.changes = describeChanges(old, next, &kinds);
            if (!result.changes.isEmpty()) {
                next.revision = old.revision + 1;
                if (Status w = writeRow(next, false); !w)
                    return w;
                result.applied = Applied::Changed;
            }
        }
        if (result.applied != Applied::Unchanged) {
            if (Status w = writeRules(next); !w)
                return w;
        }
        ToolStore tools(store_);
        for (Tool tool : doc.tools) {
            tool.connector = next.name;
            auto seen = tools.recordDefinition(tool);
            if (!seen)
                return seen.status();
            if (*seen != ToolStore::Seen::Unchanged)
                result.changes << u"tool %1 %2"_s.arg(tool.name, *seen == ToolStore::Seen::New
                                                                   ? u"added"_s : u"changed"_s);
        }
        if (result.applied == Applied::Unchanged && !result.changes.isEmpty()) {
            result.applied = Applied::Changed;
            kinds << EventKind::ConnectorChanged; // tools only: keep the reason as evidence too
        }
        const QByteArray payload = QJsonDocument(connectorToJson(next)).toJson(QJsonDocument::Compact);
        for (EventKind kind : kinds) {
            EvidenceEvent e;
            e.kind = kind;
            e.connector = next.name;
            e.summary = kind == EventKind::ConnectorAdded
                ? u"connector %1 added"_s.arg(next.name)
                : u"%1 changed: %2"_s.arg(next.name, result.changes.join(u"; "));
            if (!reason.isEmpty())
                e.summary += u" — "_s + reason;
            e.payload = payload;
            if (auto r = EvidenceChain(store_).append(e); !r)
                return r.status();
        }
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

Result<int> ConnectorStore::transition(const QString &name, Transition t, const QString &reason)
{
    int withdrawn = 0;
    const Status s = store_.write([&]() -> Status {
        auto found = get(name);
        if (!found)
            return found.status();
        Connector c = *found;
        const ConnectorStatus from = c.status;
        ConnectorStatus to = from;
        EventKind kind = EventKind::ConnectorChanged;
        bool allowed = false;
        switch (t) {
        case Transition::Pause:
            allowed = from == ConnectorStatus::Active;
            to = ConnectorStatus::Paused;
            kind = EventKind::ConnectorPaused;
            break;
        case Transition::Resume:
            allowed = from == ConnectorStatus::Paused;
            to = ConnectorStatus::Active;
            kind = EventKind::ConnectorResumed;
            break;
        case Transition::Disconnect:
            allowed = from == ConnectorStatus::Active || from == ConnectorStatus::Paused;
            to = ConnectorStatus::Disconnected;
            kind = EventKind::ConnectorDisconnected;
            break;
        case Transition::Reconnect:
            allowed = from == ConnectorStatus::Disconnected;
            to = ConnectorStatus::Active;
            kind = EventKind::ConnectorReconnected;
            break;
        case Transition::Retire:
            allowed = from != ConnectorStatus::Retired;
            to = ConnectorStatus::Retired;
            kind = EventKind::ConnectorRetired;
            break;
        }
        if (!allowed)
            return Status::failure(ErrorCode::Conflict,
                                   u"cannot %1 connector %2: it is %3"_s.arg(
                                       transitionWord(t), name, wordOf(from)));
        c.status = to;
        if (to == ConnectorStatus::Retired)
            c.lifecycle = LifecycleStage::Retired;
        c.updatedAt = currentTime();
        c.revision += 1;
        if (Status w = writeRow(c, false); !w)
            return w;
        EvidenceEvent e;
        e.kind = kind;
        e.connector = name;
        e.result = EventResult::Success;
        e.summary = u"%1 %2 → %3"_s.arg(name, wordOf(from), wordOf(to));
        if (!reason.isEmpty())
            e.summary += u": "_s + reason;
        e.payload = QJsonDocument(QJsonObject{{u"from"_s, wordOf(from)},
                                              {u"to"_s, wordOf(to)},
                                              {u"reason"_s, reason}})
                        .toJson(QJsonDocument::Compact);
        if (auto r = EvidenceChain(store_).append(e); !r)
            return r.status();
        if (to == ConnectorStatus::Disconnected || to == ConnectorStatus::Retired) {
            auto n = ApprovalQueue(store_).withdrawForConnector(
                name, u"connector %1 was %2"_s.arg(name, wordOf(to)));
            if (!n)
                return n.status();
            withdrawn = *n;
        }
        return {};
    });
    if (!s)
        return s.error();
    return withdrawn;
}

Result<Review> ConnectorStore::recordReview(const QString &name, const QString &note, int nextDueDays)
{
    Review review;
    const Status s = store_.write([&]() -> Status {
        auto found = get(name);
        if (!found)
            return found.status();
        ToolStore tools(store_);
        if (Status m = tools.markReviewed(name); !m)
            return m;
        auto reviewedTools = tools.forConnector(name);
        if (!reviewedTools)
            return reviewedTools.status();
        Connector c = *found;
        const QDateTime now = currentTime();
        c.lastReviewAt = now;
        c.lastReviewBy = store_.actor();
        c.nextReviewDue = now.addDays(nextDueDays);
        c.updatedAt = now;
        c.revision += 1;
        if (Status w = writeRow(c, false); !w)
            return w;
        QJsonArray toolArray;
        for (const Tool &t : *reviewedTools)
            toolArray.append(toolToJson(t));
        QJsonObject snapshot = connectorToJson(c);
        snapshot[u"tools"_s] = toolArray;
        review.id = newId();
        review.connector = name;
        review.reviewedAt = now;
        review.reviewedBy = store_.actor();
        review.note = note;
        review.snapshot = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
        auto q = store_.exec(u"INSERT INTO reviews (id, connector, reviewed_at, reviewed_by, note, snapshot) VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {review.id, name, toDb(now), review.reviewedBy, note,
                              QString::fromUtf8(review.snapshot)});
        if (!q)
            return q.status();
        EvidenceEvent e;
        e.kind = EventKind::ReviewRecorded;
        e.connector = name;
        e.summary = u"review of %1 recorded; next due %2"_s.arg(name, c.nextReviewDue.date().toString(Qt::ISODate));
        if (!note.isEmpty())
            e.summary += u": "_s + note;
        e.payload = QJsonDocument(QJsonObject{{u"review_id"_s, review.id},
                                              {u"snapshot_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(review.snapshot, QCryptographicHash::Sha256).toHex())}})
                        .toJson(QJsonDocument::Compact);
        return EvidenceChain(store_).append(e).status();
    });
    if (!s)
        return s.error();
    return review;
}

Result<std::optional<Review>> ConnectorStore::latestReview(const QString &name)
{
    auto q = store_.exec(u"SELECT id, connector, reviewed_at, reviewed_by, note, snapshot FROM reviews "
                         u"WHERE connector = ? ORDER BY reviewed_at DESC, id DESC LIMIT 1"_s,
                         {name});
    if (!q)
        return q.error();
    std::optional<Review> r;
    if ((*q)->next()) {
        r = Review{(*q)->value(0).toString(), (*q)->value(1).toString(), timeFromDb((*q)->value(2)),
                   (*q)->value(3).toString(), (*q)->value(4).toString(),
                   (*q)->value(5).toString().toUtf8()};
    }
    (*q)->finish();
    return r;
}

} // namespace airlock
