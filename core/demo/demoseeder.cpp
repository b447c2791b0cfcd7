#include "demoseeder.h"

#include "store/approvalqueue.h"
#include "store/connectorstore.h"
#include "store/evidencechain.h"
#include "store/runstore.h"
#include "store/store.h"
#include "store/toolstore.h"

#include <algorithm>

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

} // namespace

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
    return uuidFrom(rng_);
}

QString Seeder::invoice(int offset) const
{
    return u"INV-%1"_s.arg(invoiceBase_ + offset);
}

Result<PolicyDecision> Seeder::judge(const QString &connector, const QString &tool,
                                     const QString &target)
{
    auto t = ToolStore(store_).find(connector, tool);
    if (!t)
        return t.error();
    if (!*t)
        return storyError(u"%1 has no tool '%2'"_s.arg(connector, tool));
    return judgeStep(store_, connector, tool, target);
}

// ------------------------------------------------------------------------------ run helpers

Result<RunHandle> Seeder::startRun(const Workflow &w, const QString &trigger,
                                   const QJsonObject &details)
{
    const QString id = uuid();
    auto handle = openRun(store_, w, id, trigger, details);
    if (!handle)
        return handle;
    ++summary_.runs;
    // The run's start and its trigger now share one time; the clock (and the seed's draws)
    // move on as they always did.
    pass(1, 4);
    pass(2, 30);
    return handle;
}

Result<qint64> Seeder::note(RunHandle &run, EventKind kind, const QString &summary,
                            const QJsonObject &payload, EventResult result)
{
    auto seq = noteEvent(store_, run, kind, summary, payload, result);
    pass(2, 30);
    return seq;
}

Result<qint64> Seeder::call(RunHandle &run, const Call &c)
{
    auto d = judge(c.connector, c.tool, c.target);
    if (!d)
        return d.error();
    if (Status s = expectVerdict(*d, c.expect, c.tool, c.target); !s)
        return s.error();
    auto seq = recordCall(store_, run, c, *d);
    pass(3, 45);
    return seq;
}

Result<ApprovalRequest> Seeder::ask(RunHandle &run, const Ask &a, int expiresInSecs)
{
    auto d = judge(a.connector, a.tool, a.target);
    if (!d)
        return d.error();
    if (Status s = expectVerdict(*d, Verdict::NeedsApproval, a.tool, a.target); !s)
        return s.error();
    auto request = requestApproval(store_, run, a, uuid(), expiresInSecs);
    if (request)
        ++summary_.approvals;
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
