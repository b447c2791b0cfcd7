#include "approvalqueue.h"

#include "canonicaljson.h"
#include "clock.h"
#include "connectorstore.h"
#include "evidencechain.h"
#include "policy/calljudge.h"
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
    u"outcome, outcome_at"_s;

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
    return r;
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
            req = readRequest(**existing);
            (*existing)->finish();
            if (req.argumentsHash != QString::fromLatin1(sha256Hex(*args)))
                return Status::failure(ErrorCode::Conflict,
                                       u"request %1 already exists with other arguments"_s.arg(req.id));
            return {};
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
        QStringList seqs;
        for (qint64 seq : req.evidenceSeqs)
            seqs << QString::number(seq);
        // A reviewer's standing grant may already answer it — never one the requester gave
        // (the judge matched it on the canonical target).
        const std::optional<ApprovalGrant> &grant = judged.grant;
        auto q = store_.exec(
            u"INSERT INTO approvals (id, run_id, connector, tool, power, target, arguments, "
            u"arguments_hash, proposed_change, evidence_seqs, rule, permission_mode, requested_by, "
            u"requested_at, expires_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"'pending')"_s,
            {req.id, req.runId, req.connector, req.tool, wordOf(req.power), req.target,
             QString::fromUtf8(req.arguments), req.argumentsHash, QString::fromUtf8(req.proposedChange),
             seqs.join(u','), req.rule, wordOf(req.mode), req.requestedBy, toDb(req.requestedAt),
             toDb(req.expiresAt)});
        if (!q)
            return q.status();
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

Result<ApprovalRequest> ApprovalQueue::get(const QString &id)
{
    bool expired = false;
    if (!store_.isReadOnly()) {
        // A login whose roles may not write (an investigator on a shared store) leaves
        // expiring to others: the request is read as it stands.
        if (Status s = expireOne(id, &expired); !s && s.code() != ErrorCode::Denied)
            return s.error();
    }
    auto q = store_.exec(u"SELECT "_s + kColumns + u" FROM approvals WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{ErrorCode::NotFound, u"no approval request with id '%1'"_s.arg(id)};
    ApprovalRequest r = readRequest(**q);
    (*q)->finish();
    return r;
}

Result<QList<ApprovalRequest>> ApprovalQueue::list(std::optional<ApprovalStatus> status, int limit)
{
    if (!store_.isReadOnly()) {
        if (auto n = expireDue(); !n && n.code() != ErrorCode::Denied)
            return n.error();
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM approvals"_s;
    QVariantList binds;
    if (status) {
        sql += u" WHERE status = ?"_s;
        binds << wordOf(*status);
    }
    // Pending first by time left; decided ones newest first.
    sql += u" ORDER BY CASE WHEN status = 'pending' THEN 0 ELSE 1 END, "
           u"CASE WHEN status = 'pending' THEN expires_at ELSE -requested_at END, id LIMIT ?"_s;
    binds << limit;
    return collectRows<ApprovalRequest>(store_.exec(sql, binds), readRequest);
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
    const Status s = store_.write([&]() -> Status {
        // A request whose time is up becomes expired (committed) before anything else.
        bool expiredNow = false;
        if (Status e = expireOne(id, &expiredNow); !e)
            return e;
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
    if (refusal)
        return *refusal;
    return *decided;
}

Result<ApprovalRequest> ApprovalQueue::withdraw(const QString &id, const QString &reason)
{
    std::optional<Error> refusal;
    const Status s = store_.write([&]() -> Status {
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
