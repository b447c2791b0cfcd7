#include "demoseeder.h"

#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace airlock::demo {

namespace {

Status expectVerdict(const PolicyDecision &d, Verdict want, const QString &tool,
                     const QString &target)
{
    if (d.verdict == want)
        return {};
    return storyError(u"%1 on %2 was judged %3 (%4), the story expects %5"_s.arg(
        tool, target, wordOf(d.verdict), d.reason, wordOf(want)));
}

EventKind kindFor(Power p)
{
    switch (p) {
    case Power::Read:
        return EventKind::Read;
    case Power::Search:
        return EventKind::Search;
    case Power::Draft:
        return EventKind::Draft;
    case Power::Write:
        return EventKind::Write;
    case Power::Send:
        return EventKind::Send;
    case Power::Trigger:
        return EventKind::TriggerAction;
    }
    return EventKind::Write;
}

} // namespace

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error storyError(const QString &what)
{
    return Error{ErrorCode::Integrity, u"the demo's story is inconsistent: "_s + what};
}

// ---------------------------------------------------------------------- time, ids, policy

Status Seeder::at(double hoursAgo)
{
    const QDateTime target =
        realNow_.addMSecs(qint64(-hoursAgo * 3600.0 * 1000.0)).addSecs(rng_.bounded(0, 240));
    if (target < now_)
        return storyError(u"the timeline goes backwards at %1 h ago"_s.arg(hoursAgo));
    now_ = target;
    return {};
}

void Seeder::pass(int minSecs, int maxSecs)
{
    now_ = std::min(now_.addSecs(rng_.bounded(minSecs, maxSecs + 1)), realNow_.addSecs(-1));
}

int Seeder::secsUntilRealNowPlus(double hours) const
{
    return int(now_.secsTo(realNow_) + qint64(hours * 3600.0));
}

QString Seeder::uuid()
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng_.generate();
        for (int b = 0; b < 4; ++b)
            bytes[i + b] = char((v >> (8 * b)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString Seeder::invoice(int offset) const
{
    return u"INV-%1"_s.arg(invoiceBase_ + offset);
}

Result<PolicyDecision> Seeder::judge(const QString &connector, const QString &tool,
                                     const QString &target)
{
    auto c = ConnectorStore(store_).get(connector);
    if (!c)
        return c.error();
    auto t = ToolStore(store_).find(connector, tool);
    if (!t)
        return t.error();
    if (!*t)
        return storyError(u"%1 has no tool '%2'"_s.arg(connector, tool));
    PolicyRequest request;
    request.connector = &*c;
    request.tool = *t;
    request.toolRequired = true;
    request.target = target;
    request.actor = store_.actor();
    return airlock::decide(request);
}

// ------------------------------------------------------------------------------ run helpers

Result<RunHandle> Seeder::startRun(const Workflow &w, const QString &trigger,
                                   const QJsonObject &details)
{
    store_.setActor(w.agent);
    Run run;
    run.id = uuid();
    run.workflow = w.name;
    run.trigger = trigger;
    run.identity = w.identity;
    run.model = w.model;
    auto started = RunStore(store_).start(run);
    if (!started)
        return started.error();
    ++summary_.runs;
    RunHandle handle{started->id, &w, {}};
    pass(1, 4);
    if (auto t = note(handle, EventKind::Trigger, trigger, details); !t)
        return t.error();
    return handle;
}

Result<qint64> Seeder::note(RunHandle &run, EventKind kind, const QString &summary,
                            const QJsonObject &payload, EventResult result)
{
    EvidenceEvent e;
    e.kind = kind;
    e.runId = run.id;
    e.result = result;
    e.summary = summary;
    e.payload = compact(payload);
    auto recorded = EvidenceChain(store_).append(e);
    if (!recorded)
        return recorded.error();
    pass(2, 30);
    return recorded->seq;
}

Result<qint64> Seeder::call(RunHandle &run, const Call &c)
{
    auto d = judge(c.connector, c.tool, c.target);
    if (!d)
        return d.error();
    if (Status s = expectVerdict(*d, c.expect, c.tool, c.target); !s)
        return s.error();
    QJsonObject args = c.arguments;
    args.insert(u"path"_s, c.target);
    EvidenceEvent e;
    e.runId = run.id;
    e.connector = c.connector;
    e.tool = c.tool;
    e.power = d->power;
    e.target = c.target;
    if (d->verdict == Verdict::Deny) {
        e.kind = EventKind::Blocked;
        e.result = EventResult::Blocked;
        e.summary = d->reason;
        e.payload = compact(
            {{u"arguments"_s, args}, {u"rule"_s, d->rule}, {u"verdict"_s, wordOf(d->verdict)}});
    } else {
        e.kind = kindFor(d->power);
        e.result = c.result;
        e.summary = c.summary;
        QJsonObject payload{{u"arguments"_s, args}};
        if (!c.content.isEmpty())
            payload.insert(u"content"_s, c.content);
        e.payload = compact(payload);
    }
    auto recorded = EvidenceChain(store_).append(e);
    if (!recorded)
        return recorded.error();
    if (e.kind == EventKind::Read || e.kind == EventKind::Search)
        run.evidence << recorded->seq;
    pass(3, 45);
    return recorded->seq;
}

Result<ApprovalRequest> Seeder::ask(RunHandle &run, const Ask &a, int expiresInSecs)
{
    auto d = judge(a.connector, a.tool, a.target);
    if (!d)
        return d.error();
    if (Status s = expectVerdict(*d, Verdict::NeedsApproval, a.tool, a.target); !s)
        return s.error();
    QJsonObject args = a.arguments;
    args.insert(u"path"_s, a.target);
    ApprovalQueue::NewRequest r;
    r.id = uuid();
    r.runId = run.id;
    r.connector = a.connector;
    r.tool = a.tool;
    r.target = a.target;
    r.arguments = compact(args);
    if (!a.before.isEmpty() || !a.after.isEmpty())
        r.proposedChange = compact({{u"before"_s, a.before}, {u"after"_s, a.after}});
    r.evidenceSeqs = run.evidence;
    r.expiresInSecs = expiresInSecs;
    auto request = ApprovalQueue(store_).request(r);
    if (!request)
        return request.error();
    ++summary_.approvals;
    if (Status s = RunStore(store_).setStatus(run.id, RunStatus::WaitingApproval); !s)
        return s.error();
    return request;
}

// A reviewer decides a few minutes later; returns the decision's evidence sequence number.
Result<qint64> Seeder::decide(RunHandle &run, const QString &reviewer, const ApprovalRequest &r,
                              const ApprovalQueue::Decision &d)
{
    pass(3 * 60, 25 * 60);
    store_.setActor(reviewer);
    auto decided = ApprovalQueue(store_).decide(r.id, d);
    if (!decided)
        return decided.error();
    auto head = EvidenceChain(store_).headSeq();
    store_.setActor(run.workflow->agent);
    if (!head)
        return head.error();
    if (Status s = RunStore(store_).setStatus(run.id, RunStatus::Running); !s)
        return s.error();
    pass(5, 40);
    return *head;
}

Status Seeder::executed(RunHandle &run, const ApprovalRequest &r, const QString &summary)
{
    store_.setActor(run.workflow->agent); // the gateway runs the approved call as the workflow
    const Status s = ApprovalQueue(store_).recordOutcome(r.id, true, summary);
    pass(2, 20);
    return s;
}

Status addUsage(Store &store, QRandomGenerator &rng, const RunHandle &run)
{
    const Workflow &w = *run.workflow;
    const qint64 in = qint64(w.tokensIn * (0.6 + rng.bounded(0.9)));
    const qint64 out = qint64(w.tokensOut * (0.6 + rng.bounded(0.9)));
    const double cost = std::round((in * w.inPerMTok + out * w.outPerMTok) / 1e6 * 1e4) / 1e4;
    return RunStore(store).addUsage(run.id, in, out, cost);
}

Status Seeder::finish(RunHandle &run, RunStatus status, const QString &reason, qint64 stoppedAtSeq)
{
    if (Status s = addUsage(store_, rng_, run); !s)
        return s;
    const Status s = RunStore(store_).finish(run.id, status, reason, stoppedAtSeq);
    pass(60, 300);
    return s;
}

Status Seeder::leaveWaiting(RunHandle &run)
{
    if (Status s = addUsage(store_, rng_, run); !s)
        return s;
    return RunStore(store_).setStatus(run.id, RunStatus::WaitingApproval);
}

} // namespace airlock::demo
