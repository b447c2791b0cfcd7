#include "approvalqueue.h"

#include "canonicaljson.h"
#include "clock.h"
#include "connectorstore.h"
#include "evidencechain.h"
#include "holdlease.h"
#include "policy/calljudge.h"
#include "policy/canonicaltarget.h"
#include "runstore.h"
#include "store.h"
#include "toolstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace airlock {

namespace {

const QString kColumns =
    u"id, run_id, connector, tool, power, target, arguments, arguments_hash, proposed_change, "
    u"evidence_seqs, rule, permission_mode, requested_by, requested_at, expires_at, status, "
    u"decided_by, decided_at, decision_note, approved_arguments, approved_arguments_hash, edited, "
    u"outcome, outcome_at, holder, lease_expires_at"_s;

ApprovalRequest readRequest(const QSqlQuery &q)
{
    ApprovalRequest r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.runId = q.value(i++).toString();
    r.connector = q.value(i++).toString();
    r.tool = q.value(i++).toString();
    r.power = parseWord<Power>(q.value(i++).toString()).value_or(Power::Trigger);
    r.target = q.value(i++).toString();
    r.arguments = q.value(i++).toString().toUtf8();
    r.argumentsHash = q.value(i++).toString();
    r.proposedChange = q.value(i++).toString().toUtf8();
    for (const QString &s : q.value(i++).toString().split(u',', Qt::SkipEmptyParts))
        r.evidenceSeqs << s.toLongLong();
    r.rule = q.value(i++).toString();
    r.mode = parseWord<PermissionMode>(q.value(i++).toString()).value_or(PermissionMode::AlwaysAsk);
    r.requestedBy = q.value(i++).toString();
    r.requestedAt = timeFromDb(q.value(i++));
    r.expiresAt = timeFromDb(q.value(i++));
    r.status = parseWord<ApprovalStatus>(q.value(i++).toString()).value_or(ApprovalStatus::Withdrawn);
    r.decidedBy = q.value(i++).toString();
    r.decidedAt = timeFromDb(q.value(i++));
    r.decisionNote = q.value(i++).toString();
    r.approvedArguments = q.value(i++).toString().toUtf8();
    r.approvedArgumentsHash = q.value(i++).toString();
    r.edited = q.value(i++).toInt() != 0;
    r.outcome = parseWord<ApprovalOutcome>(q.value(i++).toString()).value_or(ApprovalOutcome::None);
    r.outcomeAt = timeFromDb(q.value(i++));
    r.holder = q.value(i++).toString();
    r.leaseExpiresAt = timeFromDb(q.value(i++));
    return r;
}

// The request as a reader sees it now: a pending request whose time is up is expired, and one
// whose holder's lease ran out is withdrawn, whether or not a sweep has recorded it yet
// (whichever came first). Reads never write (issue #11: a getter that wrote kept a held
// call's watcher spinning).
ApprovalRequest asOf(ApprovalRequest r, const QDateTime &now)
{
    if (r.status != ApprovalStatus::Pending)
        return r;
    const bool expired = r.expiresAt <= now;
    const bool lapsed = r.leaseLapsed(now);
    if (lapsed && (!expired || r.leaseExpiresAt < r.expiresAt)) {
        r.status = ApprovalStatus::Withdrawn;
        r.decidedAt = r.leaseExpiresAt;
        r.decisionNote = leaseLapseReason(r);
    } else if (expired) {
        r.status = ApprovalStatus::Expired;
        r.decidedAt = r.expiresAt;
    }
    return r;
}

// What differs between a recorded request and a new one that reuses its id, in words; empty
// when it is the same call.
QStringList differences(const ApprovalRequest &recorded, const ApprovalQueue::NewRequest &in,
                        const QString &argumentsHash, const QString &requester)
{
    QStringList d;
    const auto differ = [&d](const QString &what, const QString &was, const QString &now) {
        if (was != now)
            d << u"%1 '%2', not '%3'"_s.arg(what, was, now);
    };
    differ(u"connector"_s, recorded.connector, in.connector);
    differ(u"tool"_s, recorded.tool, in.tool);
    // The request recorded the canonical target: the same target in another spelling is the
    // same call; one that cannot be made canonical is another.
    const Result<QString> target = canonicalTarget(in.target);
    differ(u"target"_s, recorded.target, target ? *target : in.target);
    if (recorded.argumentsHash != argumentsHash)
        d << u"arguments with sha256 %1, not %2"_s.arg(recorded.argumentsHash.left(12), argumentsHash.left(12));
    differ(u"requester"_s, recorded.requestedBy, requester);
    return d;
}

// An evidence event about a request: its connector, run, tool, power and target.
EvidenceEvent eventAbout(const ApprovalRequest &r)
{
    EvidenceEvent e;
    e.connector = r.connector;
    e.runId = r.runId;
    e.tool = r.tool;
    e.power = r.power;
    e.target = r.target;
    return e;
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString describeDecision(const ApprovalRequest &r)
{
    switch (r.status) {
    case ApprovalStatus::Pending: return u"pending"_s;
    case ApprovalStatus::Expired: return u"expired at %1"_s.arg(timeText(r.decidedAt));
    case ApprovalStatus::Withdrawn:
        return u"withdrawn at %1 (%2)"_s.arg(timeText(r.decidedAt), r.decisionNote);
    case ApprovalStatus::Approved:
    case ApprovalStatus::Rejected:
        return u"%1 by %2 at %3"_s.arg(wordOf(r.status), r.decidedBy, timeText(r.decidedAt));
    }
    return {};
}

Result<ApprovalRequest> ApprovalQueue::request(const NewRequest &in)
{
    if (in.connector.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"an approval request needs a connector"_s};
    if (in.tool.isEmpty())
        return Error{ErrorCode::InvalidArgument, u"an approval request needs a tool"_s};
    if (in.expiresInSecs <= 0)
        return Error{ErrorCode::InvalidArgument, u"the expiry must be in the future"_s};
    auto args = canonicalizeJsonText(in.arguments, u"the arguments"_s);
    if (!args)
        return args.error();
    QByteArray change;
    if (!in.proposedChange.isEmpty()) {
        auto c = canonicalizeJsonText(in.proposedChange, u"the proposed change"_s);
        if (!c)
            return c.error();
        change = *c;
    }

    ApprovalRequest req;
    req.id = in.id.isEmpty() ? newId() : in.id;
    std::optional<Error> refusal;
    const Status s = store_.write([&]() -> Status {
        // A retry of the same request returns what was recorded.
        auto existing = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE id = ?"_s, {req.id});
        if (!existing)
            return existing.status();
        if ((*existing)->next()) {
            // A client-made id names one call: only the same call again is a retry.
            req = readRequest(**existing);
            (*existing)->finish();
            const QStringList differ =
                differences(req, in, QString::fromLatin1(sha256Hex(*args)), store_.actor());
            if (!differ.isEmpty())
                return Status::failure(
                    ErrorCode::Conflict,
                    u"id %1 is already request %1 for another call (its %2): a client-made id names "
                    u"one call; nothing was recorded, use a new id"_s.arg(req.id, differ.join(u"; "_s)));
            const QDateTime now = currentTime();
            req = asOf(req, now);
            if (in.holder.isEmpty() || req.status != ApprovalStatus::Pending)
                return {};
            // A retry that will wait takes the lease over (its earlier holder is gone or will
            // find its renewal refused).
            req.holder = in.holder;
            req.leaseExpiresAt = now.addSecs(in.leaseSecs);
            return store_.exec(u"UPDATE approvals SET holder = ?, lease_expires_at = ? WHERE id = ? "
                               u"AND status = 'pending'"_s,
                               {req.holder, toDb(req.leaseExpiresAt), req.id})
                .status();
        }
        auto connector = ConnectorStore(store_).find(in.connector);
        if (!connector)
            return connector.status();
        if (!*connector) {
            // Unknown connectors are refused, and the attempt is evidence like any refusal.
            EvidenceEvent e;
            e.kind = EventKind::Blocked;
            e.result = EventResult::Blocked;
            e.connector = in.connector;
            e.runId = in.runId;
            e.tool = in.tool;
            e.target = in.target;
            e.summary = u"refused: no connector named '%1'"_s.arg(in.connector);
            refusal = Error{ErrorCode::NotFound, u"no connector named '%1'"_s.arg(in.connector)};
            return EvidenceChain(store_).append(e).status();
        }
        auto tool = ToolStore(store_).find(in.connector, in.tool);
        if (!tool)
            return tool.status();
        for (qint64 seq : in.evidenceSeqs) {
            auto ev = EvidenceChain(store_).bySeq(seq);
            if (!ev)
                return Status::failure(ErrorCode::InvalidArgument,
                                       u"evidence #%1 does not exist"_s.arg(seq));
        }
        // The one judge: the target made canonical, the asserted power only raising the
        // tool's, the policy, and the standing grants that may answer it.
        auto grants = GrantStore(store_).forConnector(in.connector);
        if (!grants)
            return grants.status();
        CallToJudge call;
        call.connector = &**connector;
        call.tool = *tool; // a tool the store does not know is refused (DESIGN §1)
        call.toolName = in.tool;
        call.target = in.target;
        call.assertedPower = in.power;
        call.actor = store_.actor();
        call.grants = *grants;
        call.runId = in.runId;
        call.at = currentTime();
        const CallDecision judged = judgeCall(call);
        PolicyDecision d = judged.decision;
        if (d.verdict == Verdict::Deny && !*tool)
            d.reason = u"unknown tool '%1': %2 has no such tool on record"_s.arg(in.tool, in.connector);

        EvidenceEvent e;
        e.connector = in.connector;
        e.runId = in.runId;
        e.tool = in.tool;
        e.power = d.power;
        e.target = judged.target; // the canonical target is recorded and shown
        if (d.verdict == Verdict::Deny) {
            // Fail closed, and keep the refusal as evidence.
            e.kind = EventKind::Blocked;
            e.result = EventResult::Blocked;
            e.summary = d.reason;
            e.payload = compact({{u"arguments"_s, QString::fromUtf8(*args)}, {u"rule"_s, d.rule}});
            refusal = Error{ErrorCode::Denied, d.reason};
            return EvidenceChain(store_).append(e).status();
        }
        const QDateTime now = currentTime();
        req.runId = in.runId;
        req.connector = in.connector;
        req.tool = in.tool;
        req.power = d.power;
        req.target = judged.target;
        req.arguments = *args;
        req.argumentsHash = QString::fromLatin1(sha256Hex(*args));
        req.proposedChange = change;
        req.evidenceSeqs = in.evidenceSeqs;
        req.rule = d.verdict == Verdict::NeedsApproval
            ? d.reason
            : u"asked for by the workflow (policy alone would allow it: %1)"_s.arg(d.reason);
        req.mode = (*connector)->mode;
        req.requestedBy = store_.actor();
        req.requestedAt = now;
        req.expiresAt = now.addSecs(in.expiresInSecs);
        if (!in.holder.isEmpty() && in.leaseSecs > 0) {
            req.holder = in.holder;
            req.leaseExpiresAt = now.addSecs(in.leaseSecs);
        }
        QStringList seqs;
        for (qint64 seq : req.evidenceSeqs)
            seqs << QString::number(seq);
        // A reviewer's standing grant may already answer it — never one the requester gave
        // (the judge matched it on the canonical target).
        const std::optional<ApprovalGrant> &grant = judged.grant;
        auto q = store_.exec(
            u"INSERT INTO approvals (id, run_id, connector, tool, power, target, arguments, "
            u"arguments_hash, proposed_change, evidence_seqs, rule, permission_mode, requested_by, "
            u"requested_at, expires_at, status, holder, lease_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            u"?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
            {req.id, req.runId, req.connector, req.tool, wordOf(req.power), req.target,
             QString::fromUtf8(req.arguments), req.argumentsHash, QString::fromUtf8(req.proposedChange),
             seqs.join(u','), req.rule, wordOf(req.mode), req.requestedBy, toDb(req.requestedAt),
             toDb(req.expiresAt), req.holder, toDb(req.leaseExpiresAt)});
        if (!q) {
            // The id is taken by a request this login cannot read (another agent's, hidden by
            // row-level security): a reused id all the same, and nothing is written.
            const QString why = q.message();
            if (why.contains(u"approvals_pkey"_s) || why.contains(u"approvals.id"_s))
                return Status::failure(ErrorCode::Conflict,
                                       u"id %1 is already in use by another requester's request: a "
                                       u"client-made id names one call; nothing was recorded, use a "
                                       u"new id"_s.arg(req.id));
            return q.status();
        }
        store_.touch(u"approvals"_s);
        e.kind = EventKind::ApprovalRequested;
        e.result = EventResult::ApprovalNeeded;
        e.eventId = req.id + u":requested"_s;
        e.summary = u"%1 on %2 waits for approval: %3"_s.arg(req.tool, req.target, d.reason);
        e.payload = compact({{u"request_id"_s, req.id},
                             {u"arguments_hash"_s, req.argumentsHash},
                             {u"rule"_s, req.rule},
                             {u"expires_at"_s, req.expiresAt.toString(Qt::ISODateWithMs)}});
        if (Status appended = EvidenceChain(store_).append(e).status(); !appended || !grant)
            return appended;
        return approveUnderGrant(req, *grant);
    });
    if (!s)
        return s.error();
    if (refusal)
        return *refusal;
    return req;
}

Result<std::optional<ApprovalRequest>> ApprovalQueue::readStored(const QString &id)
{
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ApprovalRequest>();
    ApprovalRequest r = readRequest(**q);
    (*q)->finish();
    return std::optional<ApprovalRequest>(r);
}

Result<ApprovalRequest> ApprovalQueue::get(const QString &id)
{
    auto r = readStored(id);
    if (!r)
        return r.error();
    if (!*r)
        return Error{ErrorCode::NotFound, u"no approval request with id '%1'"_s.arg(id)};
    return asOf(**r, currentTime());
}

Result<QList<ApprovalRequest>> ApprovalQueue::list(std::optional<ApprovalStatus> status, int limit)
{
    const QDateTime now = currentTime();
    QString sql = u"SELECT "_s + kColumns + u" FROM approvals"_s;
    QVariantList binds;
    // Statuses as readers see them (asOf): a pending row whose time or lease is up is over.
    const QString over = u"(expires_at <= ? OR (holder <> '' AND lease_expires_at <= ?))"_s;
    if (status == ApprovalStatus::Pending) {
        sql += u" WHERE status = 'pending' AND NOT "_s + over;
        binds << toDb(now) << toDb(now);
    } else if (status) {
        sql += u" WHERE status = ? OR (status = 'pending' AND "_s + over + u')';
        binds << wordOf(*status) << toDb(now) << toDb(now);
    }
    // Pending first by time left; decided ones newest first.
    sql += u" ORDER BY CASE WHEN status = 'pending' THEN 0 ELSE 1 END, "
           u"CASE WHEN status = 'pending' THEN expires_at ELSE -requested_at END, id LIMIT ?"_s;
    binds << limit;
    auto rows = collectRows<ApprovalRequest>(store_.exec(sql, binds), readRequest);
    if (!rows)
        return rows;
    QList<ApprovalRequest> seen;
    for (const ApprovalRequest &r : std::as_const(*rows)) {
        const ApprovalRequest now_ = asOf(r, now);
        if (!status || now_.status == *status)
            seen << now_;
    }
    return seen;
}

Status ApprovalQueue::endPending(const ApprovalRequest &r, ApprovalStatus to, const QString &why)
{
    EvidenceEvent e = eventAbout(r);
    e.kind = to == ApprovalStatus::Expired ? EventKind::ApprovalExpired : EventKind::ApprovalWithdrawn;
    e.result = EventResult::Blocked;
    e.eventId = r.id + u":ended"_s;
    e.summary = to == ApprovalStatus::Expired
        ? u"request for %1 on %2 expired undecided"_s.arg(r.tool, r.target)
        : u"request for %1 on %2 withdrawn: %3"_s.arg(r.tool, r.target, why);
    e.payload = compact({{u"request_id"_s, r.id}, {u"status"_s, wordOf(to)}, {u"reason"_s, why}});
    store_.touch(u"approvals"_s);
    return EvidenceChain(store_).append(e).status();
}

Status ApprovalQueue::expireOne(const QString &id, bool *expired)
{
    *expired = false;
    return store_.write([&]() -> Status {
        const QDateTime now = currentTime();
        auto q = store_.exec(u"UPDATE approvals SET status = 'expired', decided_at = expires_at "
                             u"WHERE id = ? AND status = 'pending' AND expires_at <= ?"_s,
                             {id, toDb(now)});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            return {};
        *expired = true;
        auto r = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE id = ?"_s, {id});
        if (!r)
            return r.status();
        if (!(*r)->next())
            return Status::failure(ErrorCode::Integrity, u"request %1 vanished"_s.arg(id));
        const ApprovalRequest req = readRequest(**r);
        (*r)->finish();
        return endPending(req, ApprovalStatus::Expired, QString());
    });
}

Result<int> ApprovalQueue::expireDue()
{
    // Cheap check first so that readers do not take the writer lock for nothing.
    auto due = store_.exec(u"SELECT id FROM approvals WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at"_s,
                           {toDb(currentTime())});
    if (!due)
        return due.error();
    QStringList ids;
    while ((*due)->next())
        ids << (*due)->value(0).toString();
    (*due)->finish();
    int n = 0;
    for (const QString &id : ids) {
        bool expired = false;
        if (Status s = expireOne(id, &expired); !s)
            return s.error();
        n += expired ? 1 : 0;
    }
    return n;
}

Status ApprovalQueue::endLapsedLease(const QString &id, std::optional<ApprovalRequest> *ended)
{
    ended->reset();
    return store_.write([&]() -> Status {
        const QDateTime now = currentTime();
        auto current = readStored(id);
        if (!current)
            return current.status();
        if (!*current || !(*current)->leaseLapsed(now) || (*current)->status != ApprovalStatus::Pending)
            return {};
        ApprovalRequest r = **current;
        const QString reason = leaseLapseReason(r);
        // Guarded like every transition out of pending: whoever notices first ends it, once.
        auto q = store_.exec(u"UPDATE approvals SET status = 'withdrawn', decided_by = ?, decided_at = ?, "
                             u"decision_note = ? WHERE id = ? AND status = 'pending' AND holder = ? "
                             u"AND lease_expires_at <= ?"_s,
                             {store_.actor(), toDb(now), reason, id, r.holder, toDb(now)});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            return {};
        r.status = ApprovalStatus::Withdrawn;
        r.decidedBy = store_.actor();
        r.decidedAt = now;
        r.decisionNote = reason;
        *ended = r;
        return endPending(r, ApprovalStatus::Withdrawn, reason);
    });
}

void ApprovalQueue::stopAbandonedRun(const ApprovalRequest &r)
{
    if (r.runId.isEmpty())
        return;
    if (store_.inWrite())
        return; // never inside another write: a refusal there would abort the whole transaction
    auto run = RunStore(store_).get(r.runId);
    if (!run || run->endedAt.isValid())
        return;
    // Best effort: the request is already ended; a login that may not end runs leaves the run
    // to one that may (the holder's own lease has the same reason on every request).
    (void)RunStore(store_).finish(r.runId, RunStatus::Stopped,
                                  u"approval request %1 was withdrawn: %2"_s.arg(r.id, r.decisionNote));
}

Result<int> ApprovalQueue::endAbandoned()
{
    // Cheap check first so that readers do not take the writer lock for nothing.
    const QVariant now = toDb(currentTime());
    auto due = store_.exec(u"SELECT id FROM approvals WHERE status = 'pending' AND holder <> '' "
                           u"AND lease_expires_at <= ? AND expires_at > ? ORDER BY lease_expires_at"_s,
                           {now, now});
    if (!due)
        return due.error();
    QStringList ids;
    while ((*due)->next())
        ids << (*due)->value(0).toString();
    (*due)->finish();
    int n = 0;
    for (const QString &id : ids) {
        std::optional<ApprovalRequest> ended;
        if (Status s = endLapsedLease(id, &ended); !s)
            return s.error();
        if (ended) {
            ++n;
            stopAbandonedRun(*ended);
        }
    }
    return n;
}

Result<int> ApprovalQueue::sweep()
{
    auto ended = endAbandoned();
    if (!ended)
        return ended;
    auto expired = expireDue();
    if (!expired)
        return expired;
    return *ended + *expired;
}

Status ApprovalQueue::renewLease(const QString &id, const QString &holder, int leaseSecs)
{
    std::optional<Error> refusal;
    const Status s = store_.write([&]() -> Status {
        const QDateTime now = currentTime();
        // Not announced (no touch): a renewal changes nothing anyone shows.
        auto q = store_.exec(u"UPDATE approvals SET lease_expires_at = ? WHERE id = ? AND holder = ? "
                             u"AND status = 'pending' AND lease_expires_at > ?"_s,
                             {toDb(now.addSecs(leaseSecs)), id, holder, toDb(now)});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            refusal = Error{ErrorCode::Conflict,
                            u"request %1 is no longer held by this process (decided, ended, taken over "
                            u"or its lease ran out)"_s.arg(id)};
        return {};
    });
    if (!s)
        return s;
    if (refusal)
        return Status(*refusal);
    return {};
}

Status ApprovalQueue::approveUnderGrant(ApprovalRequest &r, const ApprovalGrant &g)
{
    QDateTime now = currentTime();
    QString note = u"approved ahead by grant %1 (%2)"_s.arg(g.id, describeGrant(g));
    if (store_.isShared()) {
        // The requester may not decide, nor write a decision in the grant's author's name:
        // the database applies the grant itself, only when it really covers this request.
        if (auto q = store_.exec(u"SELECT airlock_apply_grant(?, ?)"_s, {r.id, g.id}); !q)
            return q.status();
        auto stored = store_.exec(u"SELECT decided_at, decision_note FROM approvals WHERE id = ?"_s, {r.id});
        if (!stored)
            return stored.status();
        if (!(*stored)->next())
            return Status::failure(ErrorCode::Integrity, u"request %1 vanished while applying grant %2"_s.arg(r.id, g.id));
        now = timeFromDb((*stored)->value(0));
        note = (*stored)->value(1).toString();
        (*stored)->finish();
    } else {
        auto q = store_.exec(
            u"UPDATE approvals SET status = 'approved', decided_by = ?, decided_at = ?, "
            u"decision_note = ?, approved_arguments = ?, approved_arguments_hash = ?, edited = 0 "
            u"WHERE id = ? AND status = 'pending'"_s,
            {g.grantedBy, toDb(now), note, QString::fromUtf8(r.arguments), r.argumentsHash, r.id});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            return Status::failure(ErrorCode::Conflict, u"request %1 changed while applying grant %2"_s.arg(r.id, g.id));
    }
    r.status = ApprovalStatus::Approved;
    r.decidedBy = g.grantedBy;
    r.decidedAt = now;
    r.decisionNote = note;
    r.approvedArguments = r.arguments;
    r.approvedArgumentsHash = r.argumentsHash;
    EvidenceEvent e = eventAbout(r);
    e.kind = EventKind::ApprovalDecided;
    e.result = EventResult::Success;
    e.eventId = r.id + u":decided"_s;
    e.summary = u"approved %1 on %2 under grant by %3"_s.arg(r.tool, r.target, g.grantedBy);
    e.payload = compact({{u"request_id"_s, r.id},
                         {u"decision"_s, u"approved"_s},
                         {u"grant_id"_s, g.id},
                         {u"approved_arguments_hash"_s, r.approvedArgumentsHash}});
    return EvidenceChain(store_).append(e).status();
}

Result<ApprovalRequest> ApprovalQueue::decide(const QString &id, const Decision &d)
{
    const QString actor = store_.actor();
    if (!d.approve && d.note.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, u"a rejection needs a reason (--note)"_s};
    if (!d.approve && d.editedArguments)
        return Error{ErrorCode::InvalidArgument, u"edited arguments only go with approve"_s};
    if (!d.approve && d.grant)
        return Error{ErrorCode::InvalidArgument, u"a grant only goes with approve"_s};
    QByteArray edited;
    if (d.editedArguments) {
        auto c = canonicalizeJsonText(*d.editedArguments, u"the edited arguments"_s);
        if (!c)
            return c.error();
        edited = *c;
    }
    std::optional<ApprovalRequest> decided;
    std::optional<Error> refusal;
    std::optional<ApprovalRequest> abandoned;
    const Status s = store_.write([&]() -> Status {
        // A request whose time is up becomes expired (committed) before anything else.
        bool expiredNow = false;
        if (Status e = expireOne(id, &expiredNow); !e)
            return e;
        // A request whose holder is gone is never decided: nothing would run it. It is
        // withdrawn (committed) and the reviewer is told why.
        if (Status e = endLapsedLease(id, &abandoned); !e)
            return e;
        if (abandoned) {
            refusal = Error{ErrorCode::Conflict,
                            u"request %1 was withdrawn instead of %2: %3; nothing will run it"_s.arg(
                                id, d.approve ? u"approved"_s : u"rejected"_s, abandoned->decisionNote)};
            return {};
        }
        const QDateTime now = currentTime();
        auto current = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE id = ?"_s, {id});
        if (!current)
            return current.status();
        if (!(*current)->next())
            return Status::failure(ErrorCode::NotFound, u"no approval request with id '%1'"_s.arg(id));
        ApprovalRequest r = readRequest(**current);
        (*current)->finish();
        const QByteArray approvedArgs = d.approve ? (d.editedArguments ? edited : r.arguments) : QByteArray();
        const QVariant nullText = sqlNull();
        // The one guarded transition: only a pending, unexpired request of someone else.
        auto q = store_.exec(
            u"UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?, "
            u"approved_arguments = ?, approved_arguments_hash = ?, edited = ? "
            u"WHERE id = ? AND status = 'pending' AND expires_at > ? AND requested_by <> ?"_s,
            {d.approve ? u"approved"_s : u"rejected"_s, actor, toDb(now), d.note,
             d.approve ? QVariant(QString::fromUtf8(approvedArgs)) : nullText,
             d.approve ? QVariant(QString::fromLatin1(sha256Hex(approvedArgs))) : nullText,
             d.editedArguments ? 1 : 0, id, toDb(now), actor});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1) {
            // Explain why, from what is stored now.
            if (r.status != ApprovalStatus::Pending)
                refusal = Error{r.status == ApprovalStatus::Expired ? ErrorCode::Expired : ErrorCode::Conflict,
                                u"request %1 was already %2"_s.arg(id, describeDecision(r))};
            else if (r.requestedBy == actor)
                refusal = Error{ErrorCode::SelfApproval,
                                u"you (%1) requested %2; someone else must decide it"_s.arg(actor, id)};
            else
                refusal = Error{ErrorCode::Expired, u"request %1 expired at %2"_s.arg(id, timeText(r.expiresAt))};
            return {};
        }
        store_.touch(u"approvals"_s);
        r.status = d.approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
        r.decidedBy = actor;
        r.decidedAt = now;
        if (store_.isShared()) {
            // The database took the decision's time from its own clock.
            auto stored = store_.exec(u"SELECT decided_at FROM approvals WHERE id = ?"_s, {id});
            if (!stored)
                return stored.status();
            if ((*stored)->next())
                r.decidedAt = timeFromDb((*stored)->value(0));
            (*stored)->finish();
        }
        r.decisionNote = d.note;
        r.approvedArguments = approvedArgs;
        r.approvedArgumentsHash = d.approve ? QString::fromLatin1(sha256Hex(approvedArgs)) : QString();
        r.edited = d.editedArguments.has_value();
        EvidenceEvent e = eventAbout(r);
        e.kind = EventKind::ApprovalDecided;
        e.result = d.approve ? EventResult::Success : EventResult::Blocked;
        e.eventId = r.id + u":decided"_s;
        e.summary = u"%1%2 %3 on %4"_s.arg(r.edited ? u"edited and "_s : QString(),
                                          wordOf(r.status), r.tool, r.target);
        if (!d.note.isEmpty())
            e.summary += u": "_s + d.note;
        QJsonObject payload{{u"request_id"_s, r.id}, {u"decision"_s, wordOf(r.status)}, {u"note"_s, d.note}};
        if (d.approve) {
            payload[u"approved_arguments_hash"_s] = r.approvedArgumentsHash;
            if (r.edited)
                payload[u"edited_arguments"_s] = QString::fromUtf8(r.approvedArguments);
        }
        if (d.grant) {
            GrantStore::NewGrant ng = *d.grant;
            ng.connector = r.connector;
            ng.tool = r.tool;
            ng.fromRequest = r.id;
            auto granted = GrantStore(store_).grant(ng);
            if (!granted)
                return granted.status();
            payload[u"grant_id"_s] = granted->id;
        }
        e.payload = compact(payload);
        decided = r;
        return EvidenceChain(store_).append(e).status();
    });
    if (!s)
        return s.error();
    if (abandoned)
        stopAbandonedRun(*abandoned);
    if (refusal)
        return *refusal;
    return *decided;
}

Result<ApprovalRequest> ApprovalQueue::withdraw(const QString &id, const QString &reason)
{
    std::optional<Error> refusal;
    std::optional<ApprovalRequest> abandoned;
    const Status s = store_.write([&]() -> Status {
        // What readers already see as over is recorded as such first (expired, or ended by
        // its lease), so the withdrawal below finds it decided.
        bool expired = false;
        if (Status e = expireOne(id, &expired); !e)
            return e;
        if (Status e = endLapsedLease(id, &abandoned); !e)
            return e;
        auto current = get(id);
        if (!current)
            return current.status();
        auto q = store_.exec(u"UPDATE approvals SET status = 'withdrawn', decided_by = ?, decided_at = ?, "
                             u"decision_note = ? WHERE id = ? AND status = 'pending'"_s,
                             {store_.actor(), toDb(currentTime()), reason, id});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1) {
            refusal = Error{ErrorCode::Conflict, u"request %1 was already %2"_s.arg(id, describeDecision(*current))};
            return {};
        }
        return endPending(*current, ApprovalStatus::Withdrawn, reason);
    });
    if (!s)
        return s.error();
    if (abandoned)
        stopAbandonedRun(*abandoned);
    if (refusal)
        return *refusal;
    return get(id);
}

Result<int> ApprovalQueue::withdrawForConnector(const QString &connector, const QString &reason)
{
    int n = 0;
    const Status s = store_.write([&]() -> Status {
        auto pending = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE connector = ? AND status = 'pending'"_s,
                                   {connector});
        if (!pending)
            return pending.status();
        QList<ApprovalRequest> all;
        while ((*pending)->next())
            all << readRequest(**pending);
        (*pending)->finish();
        for (const ApprovalRequest &r : all) {
            auto q = store_.exec(u"UPDATE approvals SET status = 'withdrawn', decided_by = ?, decided_at = ?, "
                                 u"decision_note = ? WHERE id = ? AND status = 'pending'"_s,
                                 {store_.actor(), toDb(currentTime()), reason, r.id});
            if (!q)
                return q.status();
            if ((*q)->numRowsAffected() == 1) {
                ++n;
                if (Status e = endPending(r, ApprovalStatus::Withdrawn, reason); !e)
                    return e;
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    return n;
}

Status ApprovalQueue::recordOutcome(const QString &id, bool executed, const QString &summary)
{
    return store_.write([&]() -> Status {
        auto r = get(id);
        if (!r)
            return r.status();
        auto q = store_.exec(u"UPDATE approvals SET outcome = ?, outcome_at = ? WHERE id = ? AND outcome = 'none'"
                             u" AND status = 'approved'"_s,
                             {executed ? u"executed"_s : u"not_executed"_s, toDb(currentTime()), id});
        if (!q)
            return q.status();
        if ((*q)->numRowsAffected() != 1)
            return Status::failure(ErrorCode::Conflict,
                                   r->status != ApprovalStatus::Approved
                                       ? u"request %1 is %2, not approved: it must not run"_s.arg(id, wordOf(r->status))
                                       : u"request %1 already ran (%2): an approval runs once"_s.arg(id, wordOf(r->outcome)));
        EvidenceEvent e = eventAbout(*r);
        e.kind = EventKind::ActionExecuted;
        e.result = executed ? EventResult::Success : EventResult::Failure;
        e.eventId = id + u":outcome"_s;
        e.summary = summary.isEmpty() ? (executed ? u"approved action ran"_s : u"approved action did not run"_s) : summary;
        e.payload = compact({{u"request_id"_s, id}, {u"arguments_hash"_s, r->approvedArgumentsHash}});
        store_.touch(u"approvals"_s);
        return EvidenceChain(store_).append(e).status();
    });
}

} // namespace airlock
